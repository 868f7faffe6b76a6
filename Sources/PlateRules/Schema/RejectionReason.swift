/// Why the engine refuses a step, by the names scenarios write them (`rejected.all_taken`, `expect: {rejected:
/// all_taken}`), each with one line of meaning: the one home of these names. The engine's `Rejection` gives each
/// of its cases one of these (`Rejection.reason`, an exhaustive switch), the scenario schema, the linter, the
/// tally, reports and the docs read them from here, so a misspelt name is an error at `check`, not an
/// expectation that can never fail. Adding a reason is a case here, its meaning, and the engine's case.
public enum RejectionReason: String, CaseIterable, Sendable, Hashable {
    case unknownRegion = "unknown_region"
    case localityNotAllowed = "locality_not_allowed"
    case counterSigningRequired = "counter_signing_required"
    case blacklistedUntil = "blacklisted_until"
    case outsideServiceHours = "outside_service_hours"
    case wrongStep = "wrong_step"
    case unknownApplication = "unknown_application"
    case unknownOffice = "unknown_office"
    case vehicleKindNotOffered = "vehicle_kind_not_offered"
    case invalidVIN = "invalid_vin"
    case credentialFormat = "credential_format"
    case vehicleNotFound = "vehicle_not_found"
    case credentialMismatch = "credential_mismatch"
    case vehicleKindMismatch = "vehicle_kind_mismatch"
    case alreadyRegistered = "already_registered"
    case alreadyReserved = "already_reserved"
    case alreadySucceeded = "already_succeeded"
    case vinBelongsToAnotherUser = "vin_belongs_to_another_user"
    case noCodeRequested = "no_code_requested"
    case smsCodeWrong = "sms_code_wrong"
    case smsCodeExpired = "sms_code_expired"
    case smsLockedOut = "sms_locked_out"
    case smsResendTooSoon = "sms_resend_too_soon"
    case countdownRunning = "countdown_running"
    case incompleteNumber = "incomplete_number"
    case repeatedNumber = "repeated_number"
    case tooManyNumbers = "too_many_numbers"
    case noNumbers = "no_numbers"
    case notInPool = "not_in_pool"
    case notOffered = "not_offered"
    case allTaken = "all_taken"
    case selfComposeUsedUp = "self_compose_used_up"
    case drawsUsedUp = "draws_used_up"
    case goToOffice = "go_to_office"
    case withoutFourNotOffered = "without_four_not_offered"
    case noBatch = "no_batch"
    case batchExpired = "batch_expired"
    case notInBatch = "not_in_batch"
    case backupAlreadyKept = "backup_already_kept"
    case noBackup = "no_backup"
    case backupExpired = "backup_expired"
    case numberNoLongerAvailable = "number_no_longer_available"
    case poolExhausted = "pool_exhausted"
    case noReservation = "no_reservation"
    case reservationLapsed = "reservation_lapsed"

    /// What the reason means, in one line.
    public var meaning: String {
        switch self {
        case .unknownRegion: "the region is not hosted by the platform"
        case .localityNotAllowed: "this user kind may pre-select only in its home region (异地预选 not allowed)"
        case .counterSigningRequired: "an organisation must first sign at the office counter (面签)"
        case .blacklistedUntil: "the user is blacklisted until a date (a reservation lapsed)"
        case .outsideServiceHours: "phase 2 is closed now (service hours, holidays)"
        case .wrongStep: "the step does not fit where the application is"
        case .unknownApplication: "no such application (or another session's)"
        case .unknownOffice: "no such office"
        case .vehicleKindNotOffered: "the office offers no pool for this vehicle kind"
        case .invalidVIN: "the VIN is malformed (length, letters I O Q, check digit)"
        case .credentialFormat: "the certificate or import-certificate number is malformed"
        case .vehicleNotFound: "the registry has no record for this VIN"
        case .credentialMismatch: "the credential does not match the registry's record for the VIN"
        case .vehicleKindMismatch: "the VIN's vehicle is of another kind than the one selected"
        case .alreadyRegistered: "the vehicle is already registered (上牌)"
        case .alreadyReserved: "the VIN holds a valid reservation, which cannot be changed"
        case .alreadySucceeded: "the VIN already succeeded online once"
        case .vinBelongsToAnotherUser: "the VIN is being pre-selected by another account"
        case .noCodeRequested: "an SMS code was entered before one was sent"
        case .smsCodeWrong: "the SMS code is wrong"
        case .smsCodeExpired: "the SMS code has expired"
        case .smsLockedOut: "too many wrong codes: locked out for a while"
        case .smsResendTooSoon: "a new code was asked for before the resend interval"
        case .countdownRunning: "a countdown is running; the button is not usable yet"
        case .incompleteNumber: "an entered number is not complete"
        case .repeatedNumber: "the same number entered twice in one confirm: refused before the check, no chance used"
        case .tooManyNumbers: "more numbers than may be entered at once (or than remain)"
        case .noNumbers: "a confirm without any number"
        case .notInPool: "an entry is not a number of the pool at all (shape, withheld, segment)"
        case .notOffered: "a number of the pool this office does not offer to self-compose now"
        case .allTaken: "every entered number was taken: the self-compose count dropped by the numbers tried"
        case .selfComposeUsedUp: "no self-compose chance left"
        case .drawsUsedUp: "no random draw left"
        case .goToOffice: "both quotas are used up: go to the office (到车管所办理)"
        case .withoutFourNotOffered: "this pool offers no draw without 4 (不含4)"
        case .noBatch: "no drawn batch to choose from"
        case .batchExpired: "the drawn batch's countdown ran out"
        case .notInBatch: "the number chosen is not in the drawn batch"
        case .backupAlreadyKept: "a backup number is already kept"
        case .noBackup: "no backup number kept"
        case .backupExpired: "the kept backup number's time ran out"
        case .numberNoLongerAvailable: "the number was taken by someone else in the meantime"
        case .poolExhausted: "no number is available in this mode now"
        case .noReservation: "registration without a reservation"
        case .reservationLapsed: "registration after the reservation lapsed"
        }
    }

    /// The dotted rule paths whose values decide a refusal of this reason (empty when no rule value does): what
    /// `explain` quotes beside it. A test checks that each is a path of the rule-set schema.
    public var rulePaths: [RulePath] {
        switch self {
        case .localityNotAllowed: [.localityHomeOnly, .localityCrossRegion]
        case .counterSigningRequired: [.localityCounterSigning]
        case .blacklistedUntil: [.blacklistLasts]
        case .outsideServiceHours: [.serviceHours]
        case .credentialFormat: [.verificationCredentials]
        case .smsCodeWrong: [.verificationSmsMaxAttempts]
        case .smsCodeExpired: [.verificationSmsValidFor]
        case .smsLockedOut: [.verificationSmsMaxAttempts, .verificationSmsLockout]
        case .smsResendTooSoon: [.verificationSmsResendAfter]
        case .countdownRunning: [.verificationIdentityCountdown, .selfComposeConfirmInterval]
        case .tooManyNumbers: [.selfComposePerConfirm]
        case .allTaken, .selfComposeUsedUp: [.selfComposeTotal, .selfComposePerConfirm]
        case .notOffered: [.selfComposeKeyboard]
        case .drawsUsedUp: [.randomDraws]
        case .goToOffice: [.selfComposeTotal, .randomDraws]
        case .withoutFourNotOffered: [.randomWithoutFourOption]
        case .batchExpired: [.randomBatchExpires]
        case .backupExpired: [.randomBackupExpires]
        case .reservationLapsed: [.reservationValidFor]
        default: []
        }
    }

    /// The name as written in scenarios and reports (`all_taken`).
    public var name: String { rawValue }

    /// Every name, in the order of the flow.
    public static let names = allCases.map(\.rawValue)

    /// A Markdown table of every reason and its meaning, for the scenario format's reference.
    public static var markdown: String {
        "## Rejection names\n\nWritten in `expect: {rejected: NAME}` of a scripted step and as `rejected.NAME` in run expectations.\n\n"
            + "| name | meaning |\n|---|---|\n" + allCases.map { "| `\($0.name)` | \($0.meaning) |\n" }.joined()
    }
}
