/// The rule-set format `platelab/rules/v1`: every key, its type, default and meaning.
public enum RuleSetSchema {
    /// The `schema:` value a rule-set file carries.
    public static let version = "platelab/rules/v1"

    static let clock: SchemaType = .duration([.clock])
    static let weekdays: SchemaType = .list(.choice(Weekday.allCases.map(\.rawValue)), minItems: 0, keyed: false)
    static let userKinds: SchemaType = .list(.choice(UserKind.allCases.map(\.rawValue)), minItems: 0, keyed: false)

    /// The root object of a rule-set file.
    public static let root = SchemaObject(
        "A regional rule set for online plate pre-selection.",
        [
            SchemaField("schema", .text(.exact(version)), "Format version; always `\(version)`.", example: version),
            SchemaField(
                "region", .object(region), "The region, its province abbreviation and issuing-authority letter."),
            SchemaField(
                "offices", .list(.object(office), minItems: 1, keyed: true),
                "Vehicle-management offices (车管所) and the pools each offers."),
            SchemaField("notice", .text(.free), "Business notice (业务须知) shown before the applicant agrees."),
            SchemaField("service_hours", .object(serviceHours), "When phase 2 (selection) is open."),
            SchemaField("calendar", .object(calendar), "Weekend, public holidays and make-up working days (调休)."),
            SchemaField(
                "locality", .object(locality), "Which user kinds may pre-select outside their home region (异地预选)."),
            SchemaField(
                "verification", .object(verification), "SMS codes, the identity-check countdown and credential formats."
            ),
            SchemaField("self_compose", .object(selfCompose), "Self-composed numbers (自编)."),
            SchemaField("random", .object(random), "Random draws (随机)."),
            SchemaField(
                "reservation", .object(reservation),
                "How long a reserved number stays valid and when a lapsed one returns."),
            SchemaField("blacklist", .object(blacklist), "Blacklisting after lapsed reservations."),
            SchemaField("pools", .list(.object(pool), minItems: 1, keyed: true), "Number pools (号池) by vehicle kind."),
            SchemaField(
                "changes", .list(.object(change), minItems: 0, keyed: false), optional: nil,
                "Dated rule changes, in date order."),
        ])

    static let region = SchemaObject(
        "The region.",
        [
            SchemaField(
                "id", .text(.identifier), "Identifier used by scenarios and home regions.", example: "hebei-chengde"),
            SchemaField("name", .text(.free), "Display name.", example: "承德市"),
            SchemaField(
                "province",
                .text(
                    .singleCharacter(
                        hint: "one Chinese character such as 冀",
                        allowed: { $0.unicodeScalars.first.map { $0.value >= 0x4E00 && $0.value <= 0x9FFF } ?? false })),
                "Province abbreviation printed first on the plate.", example: "冀"),
            SchemaField(
                "authority",
                .text(.singleCharacter(hint: "one capital letter A-Z", allowed: { $0.isASCII && $0.isUppercase })),
                "Issuing-authority letter printed second on the plate.", example: "H"),
            SchemaField(
                "utc_offset", .utcOffset, optional: "+08:00", "Local time zone offset (China Standard Time).",
                example: "+08:00"),
        ])

    static let office = SchemaObject(
        "A vehicle-management office.",
        [
            SchemaField("id", .text(.identifier), "Identifier.", example: "chengde-main"),
            SchemaField("name", .text(.free), "Display name.", example: "承德市车管所"),
            SchemaField(
                "pools", .list(.text(.identifier), minItems: 1, keyed: false), "Ids of the pools it offers.",
                example: "[small-car, small-nev]"),
            SchemaField("address", .text(.free), optional: nil, "Street address shown to applicants."),
        ])

    static let serviceHours = SchemaObject(
        "Phase-2 service hours.",
        [
            SchemaField("open", .timeOfDay, "Opening time, local.", example: "\"08:00\""),
            SchemaField("close", .timeOfDay, "Closing time, local (exclusive).", example: "\"23:00\""),
            SchemaField(
                "days", weekdays, "Weekdays on which selection is open.", example: "[mon, tue, wed, thu, fri, sat, sun]"
            ),
            SchemaField("closed_on_holidays", .boolean, optional: "false", "Closed on calendar holidays too."),
        ])

    static let calendar = SchemaObject(
        "The working-day calendar.",
        [
            SchemaField("weekend", weekdays, optional: "[sat, sun]", "Days off in a normal week."),
            SchemaField(
                "holidays", .list(.dateOrRange, minItems: 0, keyed: false), optional: "[]",
                "Public holidays: dates or ranges `2027-02-10..2027-02-16`.",
                example: "[2027-01-01, 2027-02-10..2027-02-16]"),
            SchemaField(
                "extra_workdays", .list(.date, minItems: 0, keyed: false), optional: "[]",
                "Make-up working days (调休) that fall on the weekend.", example: "[2027-02-07]"),
        ])

    static let locality = SchemaObject(
        "Registration-locality limits per user kind.",
        [
            SchemaField(
                "home_only", userKinds, "User kinds that may pre-select only in their home region.",
                example: "[new_vehicle_owner, organisation]"),
            SchemaField(
                "cross_region", userKinds, "User kinds that may jump to another region's platform.",
                example: "[owner_driver, counter_registered]"),
            SchemaField(
                "counter_signing", userKinds, optional: "[]",
                "User kinds that must first sign at the office counter (面签).",
                example: "[organisation]"),
        ])

    static let sms = SchemaObject(
        "SMS verification codes.",
        [
            SchemaField("digits", .integer(min: 4, max: 10), "Digits in a code.", example: "6"),
            SchemaField("valid_for", clock, "How long a code stays valid.", example: "5m"),
            SchemaField("resend_after", clock, "Wait before another code may be requested.", example: "60s"),
            SchemaField(
                "max_attempts", .integer(min: 1, max: 100), "Wrong entries allowed before lock-out.", example: "5"),
            SchemaField(
                "lockout", clock, "How long requests are refused after too many wrong entries.", example: "30m"),
        ])

    static let credentials = SchemaObject(
        "Selection-credential formats (选号凭证), as regular expressions.",
        [
            SchemaField(
                "certificate", .regex, "Certificate-of-conformity number (合格证编号).", example: "\"[A-Z0-9]{15}\""),
            SchemaField(
                "import_certificate", .regex, "Import certificate number (货物进口证明书编号).", example: "\"[A-Z0-9]{14,18}\""),
        ])

    static let verification = SchemaObject(
        "Verification rules.",
        [
            SchemaField("sms", .object(sms), "SMS code rules."),
            SchemaField(
                "identity_countdown", clock, "Countdown before the phase-2 identity check may be confirmed.",
                example: "10s"),
            SchemaField("credentials", .object(credentials), "Credential formats."),
        ])

    static let selfCompose = SchemaObject(
        "Self-compose quota and pace.",
        [
            SchemaField(
                "total", .integer(min: 0, max: 1000), "Self-composed numbers allowed per vehicle.", example: "20"),
            SchemaField(
                "per_confirm", .integer(min: 1, max: 100), "Numbers entered at once (N), checked in order.",
                example: "5"),
            SchemaField("confirm_interval", clock, "Minimum interval between confirmations.", example: "8s"),
            SchemaField(
                "keyboard", .choice(KeyboardRule.allCases.map(\.rawValue)), optional: "published",
                "Keys enabled on the virtual keyboard: `published`, towards any number of the published pool open to self-compose "
                    + "(号池公示), taken or not; `available`, towards numbers available now. Numbers are checked at confirm either way.",
                example: "published"),
        ])

    static let random = SchemaObject(
        "Random draws.",
        [
            SchemaField(
                "draws", .integer(min: 0, max: 1000), "Draws per vehicle; another batch costs one.", example: "5"),
            SchemaField("candidates", .integer(min: 1, max: 1000), "Candidates shown per draw.", example: "10"),
            SchemaField("batch_expires", clock, "How long a batch may be chosen from.", example: "90s"),
            SchemaField("backup_expires", clock, "How long a kept backup (备选) stays confirmable.", example: "180s"),
            SchemaField("without_four_option", .boolean, "Offer draws without the digit 4 (不含4).", example: "true"),
        ])

    static let reservation = SchemaObject(
        "Reservation validity.",
        [
            SchemaField(
                "valid_for", .duration([.days, .workingDays]), "Time to register the vehicle.",
                example: "5 working days"),
            SchemaField(
                "counted_from", .choice(CountingStart.allCases.map(\.rawValue)),
                "Whether the count starts on the next day.",
                example: "next_day"),
            SchemaField(
                "reuse_after", .duration([.clock, .days, .workingDays]),
                "Delay before a lapsed number returns to the pool.",
                example: "0d"),
        ])

    static let blacklist = SchemaObject(
        "Blacklisting.",
        [
            SchemaField(
                "after_lapses", .integer(min: 1, max: 100), "Lapsed reservations that trigger it.", example: "1"),
            SchemaField(
                "lasts", .duration([.days, .months, .years]), "How long it lasts; lifted automatically.", example: "2y"),
            SchemaField(
                "simultaneous_sessions", .boolean, optional: "false",
                "Also blacklist an account signed in on two machines at once."),
        ])

    static let lettersInFirst = SchemaObject(
        "Exactly K letters within the first P positions.",
        [
            SchemaField("positions", .integer(min: 1, max: 20), "P, the leading positions considered.", example: "3"),
            SchemaField("exactly", .integer(min: 0, max: 20), "K, the letters required among them.", example: "2"),
        ])

    static let segments = SchemaObject(
        "How numbers are published (号段).",
        [
            SchemaField("size", .integer(min: 1, max: 1_000_000), "Numbers per published segment.", example: "100"),
            SchemaField(
                "random_only_for", .duration([.clock, .days]), "A new segment is random-only this long.", example: "7d"),
            SchemaField(
                "first_open_to_both", .boolean, "The first segment of a pool is open to both modes at once.",
                example: "true"),
        ])

    static let publish = SchemaObject(
        "When new segments are published.",
        [
            SchemaField(
                "when_available_below", .integer(min: 0, max: 100_000_000),
                "Publish when fewer numbers than this are available.",
                example: "300"),
            SchemaField("segments", .integer(min: 1, max: 100_000), "Segments published each time.", example: "20"),
            SchemaField(
                "order", .choice(["shapes", "random"]), "Publish shapes in listed order, or segments at random.",
                example: "shapes"),
        ])

    static let pool = SchemaObject(
        "A number pool (号池).",
        [
            SchemaField("id", .text(.identifier), "Identifier.", example: "small-car"),
            SchemaField(
                "vehicle", .choice(VehicleKind.allCases.map(\.rawValue)), "Vehicle kind served.", example: "small_car"),
            SchemaField(
                "shapes", .list(.serialShape, minItems: 1, keyed: false),
                "Serial shapes in opening order: D digit, L letter, X either, [DF] listed characters.",
                example: "[DDDDD, LDDDD, DLDDD]"),
            SchemaField(
                "letters", .text(.characterSet(hint: "capital letters A-Z", allowed: { $0.isASCII && $0.isUppercase })),
                "Letters that may appear (I and O never do).", example: "ABCDEFGHJKLMNPQRSTUVWXYZ"),
            SchemaField(
                "digits", .text(.characterSet(hint: "digits 0-9", allowed: { $0.isASCII && $0.isNumber })),
                optional: "\"0123456789\"", "Digits that may appear."),
            SchemaField(
                "max_letters", .integer(min: 0, max: 20), optional: nil, "Most letters in one serial.", example: "2"),
            SchemaField(
                "letters_in_first", .object(lettersInFirst), optional: nil,
                "Local rule: exactly K letters in the first P positions."),
            SchemaField(
                "forbid", .list(.choice(SerialPattern.allCases.map(\.rawValue)), minItems: 0, keyed: false),
                optional: "[]",
                "Forbidden patterns.", example: "[three_identical_digits]"),
            SchemaField(
                "withheld", .list(.text(.free), minItems: 0, keyed: false), optional: "[]",
                "Serials never offered (lucky numbers).", example: "[\"88888\", \"66666\"]"),
            SchemaField("segments", .object(segments), "Segment publication."),
            SchemaField("publish", .object(publish), "Publication policy when the pool runs low."),
        ])

    static let change = SchemaObject(
        "A dated rule change.",
        [
            SchemaField(
                "from", .instantOrDate, "First day (local midnight) or instant the change is in force.",
                example: "2027-03-01"),
            SchemaField(
                "set", .ruleChanges, "Dotted rule paths and their new values.", example: "{self_compose.total: 10}"),
        ])
}
