/// The engine's rejection reasons by the names scenarios write them (`rejected.all_taken`, `expect: {rejected:
/// all_taken}`), each with one line of meaning. The engine's `Rejection.name` gives exactly these (a test keeps
/// the two in step), so a misspelt name is an error at `check`, not an expectation that can never fail.
public enum RejectionNames {
    /// Every reason, in the order of the flow, with what it means.
    public static let all: [(name: String, meaning: String)] = [
        ("unknown_region", "the region is not hosted by the platform"),
        ("locality_not_allowed", "this user kind may pre-select only in its home region (异地预选 not allowed)"),
        ("counter_signing_required", "an organisation must first sign at the office counter (面签)"),
        ("blacklisted_until", "the user is blacklisted until a date (a reservation lapsed)"),
        ("outside_service_hours", "phase 2 is closed now (service hours, holidays)"),
        ("wrong_step", "the step does not fit where the application is"),
        ("unknown_application", "no such application (or another session's)"),
        ("unknown_office", "no such office"),
        ("vehicle_kind_not_offered", "the office offers no pool for this vehicle kind"),
        ("invalid_vin", "the VIN is malformed (length, letters I O Q, check digit)"),
        ("credential_format", "the certificate or import-certificate number is malformed"),
        ("vehicle_not_found", "the registry has no record for this VIN"),
        ("credential_mismatch", "the credential does not match the registry's record for the VIN"),
        ("vehicle_kind_mismatch", "the VIN's vehicle is of another kind than the one selected"),
        ("already_registered", "the vehicle is already registered (上牌)"),
        ("already_reserved", "the VIN holds a valid reservation, which cannot be changed"),
        ("already_succeeded", "the VIN already succeeded online once"),
        ("vin_belongs_to_another_user", "the VIN is being pre-selected by another account"),
        ("no_code_requested", "an SMS code was entered before one was sent"),
        ("sms_code_wrong", "the SMS code is wrong"),
        ("sms_code_expired", "the SMS code has expired"),
        ("sms_locked_out", "too many wrong codes: locked out for a while"),
        ("sms_resend_too_soon", "a new code was asked for before the resend interval"),
        ("countdown_running", "a countdown is running; the button is not usable yet"),
        ("incomplete_number", "an entered number is not complete"),
        ("repeated_number", "the same number entered twice in one confirm: refused before the check, no chance used"),
        ("too_many_numbers", "more numbers than may be entered at once (or than remain)"),
        ("no_numbers", "a confirm without any number"),
        ("not_in_pool", "an entry is not a number of the pool at all (shape, withheld, segment)"),
        ("not_offered", "a number of the pool this office does not offer to self-compose now"),
        ("all_taken", "every entered number was taken: the self-compose count dropped by the numbers tried"),
        ("self_compose_used_up", "no self-compose chance left"),
        ("draws_used_up", "no random draw left"),
        ("go_to_office", "both quotas are used up: go to the office (到车管所办理)"),
        ("without_four_not_offered", "this pool offers no draw without 4 (不含4)"),
        ("no_batch", "no drawn batch to choose from"),
        ("batch_expired", "the drawn batch's countdown ran out"),
        ("not_in_batch", "the number chosen is not in the drawn batch"),
        ("backup_already_kept", "a backup number is already kept"),
        ("no_backup", "no backup number kept"),
        ("backup_expired", "the kept backup number's time ran out"),
        ("number_no_longer_available", "the number was taken by someone else in the meantime"),
        ("pool_exhausted", "no number is available in this mode now"),
        ("no_reservation", "registration without a reservation"),
        ("reservation_lapsed", "registration after the reservation lapsed"),
    ]

    /// The names alone.
    public static let names = all.map(\.name)

    /// A Markdown table of every reason and its meaning, for the scenario format's reference.
    public static var markdown: String {
        "## Rejection names\n\nWritten in `expect: {rejected: NAME}` of a scripted step and as `rejected.NAME` in run expectations.\n\n"
            + "| name | meaning |\n|---|---|\n" + all.map { "| `\($0.name)` | \($0.meaning) |\n" }.joined()
    }
}
