import PlateRules

/// Builds the typed `Scenario` from a validated scenario tree (defaults filled in).
enum ScenarioDecoder {
    /// The scenario, reading offset-less times in `zone` (the rule set's region); nil when the tree is not valid.
    static func decode(_ root: YAMLNode, zone: UTCOffset) -> Scenario? {
        let r = NodeReader(root)
        guard let name = r.string("name"), let rules = r.string("rules"),
            let seed = r.string("seed").flatMap(UInt64.init),
            let start = r.string("start").flatMap(LocalInstant.init)?.instant(in: zone),
            let until = r.string("until").flatMap(LocalInstant.init)?.instant(in: zone)
        else { return nil }
        let pools = (r.list("pools") ?? []).compactMap(decodePoolState)
        let cohorts = (r.list("population") ?? []).compactMap(decodeCohort)
        let users = (r.list("users") ?? []).compactMap { decodeUser($0, zone: zone) }
        guard pools.count == (r.list("pools") ?? []).count, cohorts.count == (r.list("population") ?? []).count,
            users.count == (r.list("users") ?? []).count
        else { return nil }
        let expectations = (root["expect"]?.entries ?? []).compactMap(decodeExpectation)
        return Scenario(
            name: name, description: r.string("description"), keywords: r.strings("keywords") ?? [], rules: rules,
            changeFiles: r.strings("change_files") ?? [], seed: seed, start: start, until: until, pools: pools,
            population: cohorts, users: users, expectations: expectations, replications: r.int("replications") ?? 1)
    }

    static func decodePoolState(_ r: NodeReader) -> PoolState? {
        guard let pool = r.string("pool"), let published = r.int("published"),
            let taken = r.string("taken").flatMap(Double.init)
        else { return nil }
        return PoolState(pool: pool, office: r.string("office"), published: published, taken: taken)
    }

    static func decodeCohort(_ r: NodeReader) -> Cohort? {
        guard let name = r.string("cohort"), let count = r.int("count"), let user = r.choice("user", as: UserKind.self),
            let vehicle = r.choice("vehicle", as: VehicleKind.self), let mode = r.choice("mode", as: Cohort.Mode.self),
            let signed = r.string("counter_signed").flatMap(Double.init),
            let returns = r.string("returns_when_blacklisted").flatMap(Double.init),
            let arrivalsNode = r.child("arrivals"), let pattern = arrivalsNode.string("pattern"),
            let registers = r.child("registers"), let registerShare = registers.string("share").flatMap(Double.init),
            let within = registers.duration("within")
        else { return nil }
        let arrivals: Cohort.Arrivals
        if let day = arrivalsNode.string("burst_on").flatMap(CivilDate.init) {
            arrivals = .burst(on: day, pattern: pattern)
        } else if let perDay = arrivalsNode.int("per_day") {
            arrivals = .perDay(perDay, pattern: pattern)
        } else {
            return nil
        }
        let think = r.child("think")
        let mistakes = r.child("mistakes")
        func share(_ reader: NodeReader?, _ key: String) -> Double { reader?.string(key).flatMap(Double.init) ?? 0 }
        let low = think?.seconds("min") ?? 0
        let high = think?.seconds("max") ?? low
        guard let wants = r.child("wants").flatMap(decodeWants), let typing = r.child("typing").flatMap(decodeTyping)
        else { return nil }
        return Cohort(
            name: name, count: count, user: user, home: r.string("home"), counterSigned: signed, vehicle: vehicle,
            office: r.string("office"), arrivals: arrivals,
            wants: wants, mode: mode, think: min(low, high)...max(low, high), typing: typing,
            mistakes: Cohort.Mistakes(
                wrongVIN: share(mistakes, "wrong_vin"), wrongSMS: share(mistakes, "wrong_sms"),
                missedCountdown: share(mistakes, "missed_countdown"), expiredBackup: share(mistakes, "expired_backup")),
            registerShare: registerShare, registerWithin: within, returnsWhenBlacklisted: returns)
    }

    /// The cohort's preferences; every key has a default, so all are present in a validated tree.
    static func decodeWants(_ r: NodeReader) -> Cohort.Wants? {
        func number(_ key: String) -> Double? { r.string(key).flatMap(Double.init) }
        guard let lucky = r.string("lucky_digits"), let avoid = r.string("avoid_digits"),
            let exact = r.strings("exact"),
            let birthday = number("birthday_share"), let repeats = number("repeat_share"),
            let runs = number("run_share"),
            let initials = r.string("initials"), let initialsShare = number("initials_share"),
            let patterns = r.strings("patterns"),
            let patternShare = number("pattern_share"), let popularity = number("popularity"),
            let persistence = number("persistence")
        else { return nil }
        return Cohort.Wants(
            luckyDigits: Array(lucky), avoidDigits: Array(avoid), exact: exact, birthdayShare: birthday,
            patterns: patterns, patternShare: patternShare, repeatShare: repeats, runShare: runs,
            initials: Array(initials), initialsShare: initialsShare, popularity: popularity, persistence: persistence)
    }

    /// Seconds per key or per number; the linter has checked that exactly one is given.
    static func decodeTyping(_ r: NodeReader) -> Cohort.TypingPace? {
        func range(_ key: String) -> ClosedRange<Int>? {
            guard let node = r.child(key), let low = node.seconds("min"), let high = node.seconds("max") else {
                return nil
            }
            return min(low, high)...max(low, high)
        }
        if let perKey = range("per_key") { return .perKey(perKey) }
        return range("per_number").map(Cohort.TypingPace.perNumber)
    }

    static func decodeUser(_ r: NodeReader, zone: UTCOffset) -> ScriptedUser? {
        guard let name = r.string("name"), let user = r.choice("user", as: UserKind.self),
            let vehicle = r.choice("vehicle", as: VehicleKind.self),
            let signed = r.bool("counter_signed"), let inRegistry = r.bool("in_registry"),
            let stepNodes = r.node["steps"]?.items
        else { return nil }
        let steps = stepNodes.compactMap { decodeStep($0, zone: zone) }
        guard steps.count == stepNodes.count else { return nil }
        var scripted = ScriptedUser(
            name: name, user: user, home: r.string("home"), counterSigned: signed, vehicle: vehicle,
            vin: r.string("vin"), certificate: r.string("certificate"), inRegistry: inRegistry, steps: steps)
        scripted.owner = r.string("owner")
        return scripted
    }

    static func decodeStep(_ node: YAMLNode, zone: UTCOffset) -> ScriptStep? {
        if let word = node.scalar {
            guard let action = bareAction(word) else { return nil }
            return ScriptStep(timing: .next, action: action, expect: nil, location: node.location)
        }
        let r = NodeReader(node)
        let timing: ScriptStep.Timing =
            if let at = r.string("at").flatMap(LocalInstant.init) {
                .at(at.instant(in: zone))
            } else if let after = r.elapsedSeconds("after") { .after(seconds: after) } else { .next }
        guard let action = action(r) else { return nil }
        let expect = r.child("expect").map { e in
            var expectation = ScriptStep.Expectation(
                ok: e.bool("ok"), rejected: e.string("rejected").flatMap(RejectionReason.init(rawValue:)),
                reserved: e.string("reserved"), stage: e.string("stage").flatMap(StageName.init(rawValue:)))
            expectation.selfComposeLeft = e.int("self_compose_left")
            expectation.drawsLeft = e.int("draws_left")
            expectation.validUntil = e.string("valid_until").flatMap(CivilDate.init)
            if let keys = e.child("keys_after"), let prefix = keys.string("prefix"), let enabled = keys.string("keys") {
                expectation.keysAfter = .init(prefix: prefix, keys: enabled)
            }
            return expectation
        }
        return ScriptStep(timing: timing, action: action, expect: expect, location: node.location)
    }

    static func bareAction(_ word: String) -> ScriptStep.Action? {
        switch word {
        case "accept_notice": .acceptNotice
        case "start_selection": .startSelection
        case "register": .register
        case "reenter": .reenter
        case "resend_code": .resendCode
        default: nil
        }
    }

    /// The one action of a mapping step (the linter has checked there is exactly one).
    static func action(_ r: NodeReader) -> ScriptStep.Action? {
        if let office = r.string("choose_office") { return .chooseOffice(office) }
        if r.node["accept_notice"] != nil { return .acceptNotice }
        if let submit = r.child("submit") {
            let credential: ScriptStep.EnteredCredential? =
                if let number = submit.string("certificate") {
                    .init(kind: .certificate, number: number)
                } else if let number = submit.string("import_certificate") {
                    .init(kind: .importCertificate, number: number)
                } else { nil }
            return .submit(vin: submit.string("vin"), credential: credential)
        }
        if let entry = r.choice("sms", as: ScriptStep.SMSEntry.self) { return .sms(entry) }
        if r.node["start_selection"] != nil { return .startSelection }
        if let numbers = r.strings("compose") { return .compose(numbers) }
        if let draw = r.child("draw") { return .draw(withoutFour: draw.bool("without_four") ?? false) }
        if let node = r.node["keep_backup"], case .scalar(let keep, let plain) = node.kind {
            // A plain number is a position; a quoted one ("02191") is a serial.
            return .keepBackup(plain ? Int(keep).map { .position($0) } ?? .serial(keep) : .serial(keep))
        }
        if let serial = r.string("confirm_backup") { return .confirmBackup(serial == "kept" ? nil : serial) }
        if let mode = r.string("switch_to") { return .switchTo(mode) }
        if r.node["register"] != nil { return .register }
        if r.node["reenter"] != nil { return .reenter }
        if r.node["resend_code"] != nil { return .resendCode }
        if let seconds = r.elapsedSeconds("wait") { return .wait(seconds: seconds) }
        return nil
    }

    static func decodeExpectation(_ entry: YAMLNode.Entry) -> RunExpectation? {
        let value = entry.value
        let requirement: RunExpectation.Requirement
        var every = false
        if let text = value.scalar {
            if let flag = Bool(text) {
                requirement = .flag(flag)
            } else if let n = Int(text) {
                requirement = .equals(n)
            } else {
                return nil
            }
        } else {
            let r = NodeReader(value)
            every = r.string("in_every_replication").flatMap(Bool.init) ?? false
            if let flag = r.string("is").flatMap(Bool.init) {
                requirement = .flag(flag)
            } else if let n = r.int("equals") {
                requirement = .equals(n)
            } else {
                requirement = .between(atLeast: r.int("at_least"), atMost: r.int("at_most"))
            }
        }
        return RunExpectation(
            metric: entry.key, requirement: requirement, inEveryReplication: every, location: entry.keyLocation)
    }
}
