import PlateRules

/// The scenario format `platelab/scenario/v1`: a rule set, changes to try, a seed, a period, an initial
/// pool state, a population, scripted users and expectations.
public enum ScenarioSchema {
    /// The `schema:` value a scenario file carries.
    public static let version = "platelab/scenario/v1"

    static let clock: SchemaType = .duration([.clock])
    /// Delays between scripted steps: clock time or whole days.
    static let wait: SchemaType = .duration([.clock, .days])

    /// Steps written as a bare word.
    public static let bareSteps = ["accept_notice", "start_selection", "register", "reenter", "resend_code"]

    /// The root object of a scenario file.
    public static let root = SchemaObject(
        "A scenario: simulated and scripted applicants through the engine.",
        [
            SchemaField("schema", .text(.exact(version)), "Format version; always `\(version)`.", example: version),
            SchemaField("name", .text(.free), "Name shown in reports.", example: "Chengde year-end rush"),
            SchemaField("description", .text(.free), optional: nil, "What the scenario studies."),
            SchemaField(
                "keywords", .list(.text(.free), minItems: 0, keyed: false), optional: "[]", "Words to find it by.",
                example: "[rush, exhaustion]"),
            SchemaField(
                "rules", .text(.free), "The rule-set file, relative to this file.",
                example: "regions/hebei-chengde.yaml"),
            SchemaField(
                "changes", .ruleChanges, optional: nil, "Rule changes to try, merged over the rule set.",
                example: "{self_compose.per_confirm: 3}"),
            SchemaField(
                "change_files", .list(.text(.free), minItems: 0, keyed: false), optional: "[]",
                "Overlay files (platelab/changes/v1), relative to this file, merged in order before `changes`."),
            SchemaField("seed", .unsigned, "Root seed of every random stream.", example: "20261201"),
            SchemaField(
                "replications", .integer(min: 1, max: 10_000), optional: "1",
                "Runs of the scenario, each on its own seed derived from `seed`; reports give each figure's mean and 95 % interval.",
                example: "10"),
            SchemaField("start", .localInstant, "When simulated time starts.", example: "2026-12-01T08:00"),
            SchemaField("until", .localInstant, "When simulated time ends.", example: "2027-01-31T23:59"),
            SchemaField(
                "outside_regions", .list(.text(.identifier), minItems: 0, keyed: false), optional: "[]",
                "Region ids of applicants from elsewhere (异地), for `home:` of cohorts and scripted users; any other home than the rule set's region is an error.",
                example: "[beijing, tianjin]"),
            SchemaField(
                "pools", .list(.object(poolState), minItems: 0, keyed: false), optional: "[]",
                "Initial pool state per pool id."),
            SchemaField(
                "population", .list(.object(cohort), minItems: 0, keyed: false), optional: "[]",
                "Cohorts of simulated applicants."),
            SchemaField(
                "users", .list(.object(user), minItems: 0, keyed: false), optional: "[]",
                "Scripted users, step by step."),
            SchemaField(
                "expect", .mapOf(.anyOf([.boolean, .integer(min: 0, max: nil), .object(bound)])), optional: nil,
                "Expectations on the whole run: metric → exact count, bounds, or true/false; over replications they apply to the mean "
                    + "(a flag to whether it held in at least half), or to each replication with `in_every_replication: true`. Metrics: "
                    + ScenarioMetrics.summary,
                example: "{reserved: {at_least: 4500}, blacklisted: 0, pool.small-car.exhausted: false}"),
        ])

    static let poolState = SchemaObject(
        "The state of a pool at the start.",
        [
            SchemaField(
                "pool", .text(.identifier), "Pool id of the rule set (every office offering it).", example: "small-car"),
            SchemaField("office", .text(.identifier), optional: nil, "Only this office's pool."),
            SchemaField(
                "published", .integer(min: 0, max: 100_000),
                "Segments published before the start, open to self-compose by then.", example: "400"),
            SchemaField(
                "taken", .share, optional: "0", "Share of the published numbers already taken.", example: "0.6"),
        ])

    static let arrivals = SchemaObject(
        "When the cohort's applicants arrive.",
        [
            SchemaField(
                "per_day", .integer(min: 1, max: 10_000_000), optional: nil,
                "Arrivals per day until the cohort is exhausted.", example: "120"),
            SchemaField(
                "pattern", .choice(["office_hours", "evening", "uniform"]), optional: "office_hours",
                "Time-of-day profile of arrivals."),
            SchemaField(
                "burst_on", .date, optional: nil, "All arrive on this date instead (a rush).", example: "2026-12-28"),
        ])

    static let digits: SchemaType = .text(
        .characterSet(hint: "digits 0-9", allowed: { $0.isASCII && $0.isNumber }, allowsEmpty: true))

    /// Preferences that make demand concentrate on a few numbers; the defaults are [assume] values that give
    /// realistic contention (lucky 6 and 8, no 4, and some birthdays, repeats and runs).
    static let wants = SchemaObject(
        "What the applicants type on the keyboard: their preferences, shared by the cohort.",
        [
            SchemaField(
                "lucky_digits", digits, optional: "\"68\"", "Digits they prefer, most wanted first (\"\" for none).",
                example: "\"86\""),
            SchemaField(
                "avoid_digits", digits, optional: "\"4\"",
                "Digits they avoid unless nothing else is left, and draw without when 4 is among them (\"\" for none).",
                example: "\"4\""),
            SchemaField(
                "exact", .list(.text(.free), minItems: 0, keyed: false), optional: "[]",
                "Exact serials typed first, when the keyboard offers them.", example: "[A8888]"),
            SchemaField("birthday_share", .share, optional: "0.1", "Share who type a birthday (MMDD).", example: "0.1"),
            SchemaField(
                "repeat_share", .share, optional: "0.2",
                "Share who repeat digits (AABBB, 88, 666) or alternate them (ABABA).",
                example: "0.2"),
            SchemaField("run_share", .share, optional: "0.05", "Share who type runs (12345, 54321).", example: "0.05"),
            SchemaField(
                "initials",
                .text(
                    .characterSet(
                        hint: "capital letters A-Z", allowed: { $0.isASCII && $0.isUppercase }, allowsEmpty: true)),
                optional: "\"\"", "Letters they want where the plate takes letters, most wanted first.",
                example: "\"ZLW\""),
            SchemaField("initials_share", .share, optional: "0", "Share who type their initials.", example: "0.1"),
            SchemaField(
                "patterns", .list(.text(.free), minItems: 0, keyed: false), optional: "[]",
                "Shapes they aim for, position by position: `?` any key, other characters wanted there.",
                example: "[\"???88\", \"A????\"]"),
            SchemaField(
                "pattern_share", .share, optional: "0", "Share who aim for one of the patterns (picked uniformly).",
                example: "0.2"),
            SchemaField(
                "popularity", .number(min: 0, max: 10), optional: "1",
                "How strongly they agree on the same keys: the k-th key they like best is picked with weight 1/k^popularity "
                    + "(0: any key they like, equally).", example: "1.2"),
            SchemaField(
                "persistence", .share, optional: "0.5",
                "After each confirm that found all N taken, the chance to keep their standard; the rest lower it a step: "
                    + "they drop their style and settle for less popular keys (1: never lower it).", example: "0.5"),
        ])

    static let typing = SchemaObject(
        "How long typing one number on the virtual keyboard takes; give one of the two.",
        [
            SchemaField(
                "per_key", .object(think), optional: nil, "Time per key press, uniform between the bounds.",
                example: "{min: 1s, max: 3s}"),
            SchemaField(
                "per_number", .object(think), optional: nil, "Time per whole number instead.",
                example: "{min: 5s, max: 20s}"),
        ])

    static let think = SchemaObject(
        "Think time between steps, uniform between the bounds.",
        [
            SchemaField("min", clock, "Shortest pause.", example: "2s"),
            SchemaField("max", clock, "Longest pause.", example: "20s"),
        ])

    static let mistakes = SchemaObject(
        "Shares of steps done wrong.",
        [
            SchemaField("wrong_vin", .share, optional: "0", "Mistype the VIN once.", example: "0.02"),
            SchemaField("wrong_sms", .share, optional: "0", "Mistype an SMS code once.", example: "0.05"),
            SchemaField(
                "missed_countdown", .share, optional: "0", "Press confirm before a countdown ends.", example: "0.1"),
            SchemaField(
                "expired_backup", .share, optional: "0", "Confirm a backup only after it expired.", example: "0.02"),
        ])

    static let registers = SchemaObject(
        "Registration at the office after a reservation.",
        [
            SchemaField("share", .share, "Share who register within the validity; the rest lapse.", example: "0.93"),
            SchemaField(
                "within", .duration([.days, .workingDays]), "Latest delay after the reservation.",
                example: "4 working days"),
        ])

    static let cohort = SchemaObject(
        "A cohort of simulated applicants.",
        [
            SchemaField("cohort", .text(.free), "Cohort name in reports.", example: "local owners"),
            SchemaField("count", .integer(min: 1, max: 10_000_000), "Applicants in the cohort.", example: "5000"),
            SchemaField("user", .choice(UserKind.allCases.map(\.rawValue)), "User kind.", example: "new_vehicle_owner"),
            SchemaField(
                "home", .text(.identifier), optional: nil, "Home region id; default: the rule set's region.",
                example: "hebei-chengde"),
            SchemaField("counter_signed", .share, optional: "1", "Share of organisations that signed at the counter."),
            SchemaField(
                "vehicle", .choice(VehicleKind.allCases.map(\.rawValue)), "Vehicle kind.", example: "small_car"),
            SchemaField(
                "office", .text(.identifier), optional: nil,
                "Office id; default: spread over the offices offering the vehicle."),
            SchemaField("arrivals", .object(arrivals), "Arrival process."),
            SchemaField("wants", .object(wants), optional: "{}", "Number preferences (each key has a default)."),
            SchemaField(
                "mode", .choice(["self_compose_then_random", "random_only", "self_compose_only"]),
                optional: "self_compose_then_random",
                "How they select."),
            SchemaField("think", .object(think), optional: nil, "Think times between steps."),
            SchemaField(
                "typing", .object(typing), optional: "{per_key: {min: 1s, max: 3s}}",
                "How long typing a number on the keyboard takes ([assume] 1-3 s a key by default).",
                example: "{per_number: {min: 5s, max: 20s}}"),
            SchemaField("mistakes", .object(mistakes), optional: nil, "Mistakes they make."),
            SchemaField("registers", .object(registers), "Registration behaviour (lapses produce blacklisting)."),
            SchemaField(
                "returns_when_blacklisted", .share, optional: "0",
                "Share of blacklisted applicants who try again (blacklist hits).",
                example: "0.3"),
        ])

    static let stepExpectation = SchemaObject(
        "The outcome a step must have.",
        [
            SchemaField("ok", .boolean, optional: nil, "The step succeeds (true) or is rejected (false)."),
            SchemaField(
                "rejected", .choice(RejectionReason.names), optional: nil,
                "The rejection reason (see the rejection names).", example: "all_taken"),
            SchemaField("reserved", .text(.free), optional: nil, "The serial reserved by the step.", example: "A1234"),
            SchemaField(
                "stage", .choice(StageName.allCases.map(\.name)), optional: nil, "The stage after the step.",
                example: "random"),
            SchemaField(
                "self_compose_left", .integer(min: 0, max: nil), optional: nil,
                "Self-composed numbers left on the VIN after the step.", example: "7"),
            SchemaField(
                "draws_left", .integer(min: 0, max: nil), optional: nil, "Random draws left after the step.",
                example: "4"),
            SchemaField(
                "valid_until", .date, optional: nil, "The last valid day of the VIN's reservation after the step.",
                example: "2026-12-08"),
            SchemaField(
                "keys_after", .object(keysAfter), optional: nil,
                "The keyboard's enabled keys after typing a prefix (the rule in force decides).",
                example: "{prefix: \"02\", keys: \"12\"}"),
        ])

    static let keysAfter = SchemaObject(
        "The virtual keyboard after a typed prefix.",
        [
            SchemaField("prefix", .text(.free), "What has been typed (may be empty).", example: "\"02\""),
            SchemaField(
                "keys", .text(.free), "Exactly the enabled keys, in the keyboard's order (empty: none).",
                example: "\"12\""),
        ])

    static let submit = SchemaObject(
        "VIN and selection credential.",
        [
            SchemaField("vin", .text(.free), optional: nil, "VIN; default: the user's."),
            SchemaField("certificate", .text(.free), optional: nil, "Certificate-of-conformity number (合格证编号)."),
            SchemaField("import_certificate", .text(.free), optional: nil, "Import certificate number (货物进口证明书编号)."),
        ])

    static let draw = SchemaObject(
        "A random draw.",
        [
            SchemaField("without_four", .boolean, optional: "false", "Draw only numbers without 4 (不含4).")
        ])

    /// The actions a mapping step may name; exactly one per step.
    public static let actions = [
        "choose_office", "accept_notice", "submit", "sms", "start_selection", "compose", "draw",
        "keep_backup", "confirm_backup", "switch_to", "register", "reenter", "resend_code", "wait",
    ]

    static let step = SchemaObject(
        "One scripted step: an action, when, and the expected outcome.",
        [
            SchemaField(
                "at", .localInstant, optional: nil, "When (default: right after the previous step).",
                example: "2026-12-01T09:00"),
            SchemaField("after", wait, optional: nil, "Delay after the previous step.", example: "10s"),
            SchemaField(
                "choose_office", .text(.identifier), optional: nil, "Phase 1: choose the office.",
                example: "chengde-main"),
            SchemaField("accept_notice", .boolean, optional: nil, "Agree to the business notice."),
            SchemaField("submit", .object(submit), optional: nil, "Enter VIN and credential."),
            SchemaField(
                "sms", .choice(["correct", "wrong", "late"]), optional: nil,
                "Enter the SMS code: the right one, a wrong one, or after it expired."),
            SchemaField(
                "start_selection", .boolean, optional: nil, "Phase 2: start selection (sends the identity SMS)."),
            SchemaField(
                "compose", .list(.text(.free), minItems: 1, keyed: false), optional: nil,
                "Self-compose: numbers in order.",
                example: "[H8888, H1234]"),
            SchemaField("draw", .object(draw), optional: nil, "Random: draw a batch (or another batch)."),
            SchemaField(
                "keep_backup", .anyOf([.integer(min: 1, max: nil), .text(.free)]), optional: nil,
                "Keep a candidate of the current batch: its 1-based position or its serial."),
            SchemaField(
                "confirm_backup", .text(.free), optional: nil, "Confirm a backup: its serial, or `kept` for the latest."
            ),
            SchemaField("switch_to", .choice(["self_compose", "random"]), optional: nil, "Switch tabs."),
            SchemaField("register", .boolean, optional: nil, "Register the vehicle at the office."),
            SchemaField("reenter", .boolean, optional: nil, "Come back to the platform (re-entry routing)."),
            SchemaField("resend_code", .boolean, optional: nil, "Ask for another SMS code."),
            SchemaField("wait", wait, optional: nil, "Only let time pass (this user's time).", example: "3m"),
            SchemaField("expect", .object(stepExpectation), optional: nil, "The outcome this step must have."),
        ])

    static let user = SchemaObject(
        "A scripted user.",
        [
            SchemaField("name", .text(.free), "Name in reports and failures.", example: "zhang"),
            SchemaField("user", .choice(UserKind.allCases.map(\.rawValue)), "User kind.", example: "new_vehicle_owner"),
            SchemaField("home", .text(.identifier), optional: nil, "Home region id; default: the rule set's region."),
            SchemaField("counter_signed", .boolean, optional: "false", "Signed at the counter (organisations)."),
            SchemaField(
                "vehicle", .choice(VehicleKind.allCases.map(\.rawValue)), "Vehicle kind.", example: "small_car"),
            SchemaField(
                "vin", .text(.free), optional: nil, "VIN in the registry; default: generated.",
                example: "LFV3A23C7K3012345"),
            SchemaField("certificate", .text(.free), optional: nil, "Credential in the registry; default: generated."),
            SchemaField("in_registry", .boolean, optional: "true", "Whether the VIN is in the vehicle registry."),
            SchemaField(
                "owner", .text(.free), optional: nil,
                "The name of an earlier scripted user whose account this is: another vehicle of the same owner (the blacklist follows the owner).",
                example: "zhang"),
            SchemaField(
                "steps", .list(.anyOf([.choice(bareSteps), .object(step)]), minItems: 1, keyed: false),
                "The steps, in order."),
        ])

    static let bound = SchemaObject(
        "Bounds on an observed value.",
        [
            SchemaField("equals", .integer(min: 0, max: nil), optional: nil, "Exactly this."),
            SchemaField("at_least", .integer(min: 0, max: nil), optional: nil, "At least this."),
            SchemaField("at_most", .integer(min: 0, max: nil), optional: nil, "At most this."),
            SchemaField("is", .boolean, optional: nil, "For a true/false metric: this (instead of bounds)."),
            SchemaField(
                "in_every_replication", .boolean, optional: "false",
                "Require it of every replication, not of the mean over replications."),
        ])

}
