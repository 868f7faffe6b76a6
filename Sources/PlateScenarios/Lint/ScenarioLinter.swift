import PlateRules

/// Scenario checks beyond types, on the scenario alone and against the rules it runs on.
enum ScenarioLinter {
    /// Checks that need only the scenario.
    static func lint(_ scenario: YAMLNode) -> [Diagnostic] {
        stepsHaveOneAction(scenario) + startBeforeUntil(scenario) + cohortNamesUnique(scenario)
            + userNamesUnique(scenario)
            + stylesFit(scenario) + typingGivenOnce(scenario) + expectationsOneRequirement(scenario)
            + ownersWrittenBefore(scenario)
            + periodLength(scenario) + arrivalsFit(scenario) + stepsWithinPeriod(scenario) + populationSize(scenario)
    }

    /// A period over five years is doubtful (reports grow with every day); one over a century is refused.
    static func periodLength(_ scenario: YAMLNode) -> [Diagnostic] {
        guard let start = scenario["start"]?.scalar.flatMap(LocalInstant.init), let untilNode = scenario["until"],
            let until = untilNode.scalar.flatMap(LocalInstant.init)
        else { return [] }
        let zone = UTCOffset(seconds: 0)
        let days = (until.instant(in: zone).secondsSinceEpoch - start.instant(in: zone).secondsSinceEpoch) / 86_400
        if days > 36_600 {
            return [
                error(
                    untilNode, "until", "the period runs \(days) days; at most a century (36600 days) can be simulated")
            ]
        }
        if days > 5 * 366 {
            return [
                warning(
                    untilNode, "until",
                    "the period runs \(days) days (over five years): reports grow with every day; is that meant?")
            ]
        }
        return []
    }

    /// Simulated applicants are numbered in seven digits (their VINs carry the number): at most ten million in all
    /// cohorts.
    static func populationSize(_ scenario: YAMLNode) -> [Diagnostic] {
        guard let cohorts = scenario["population"], let items = cohorts.items else { return [] }
        let total = items.reduce(0) { sum, cohort in
            // A negative count is the schema's error to report; here it adds nothing (and cannot overflow the sum).
            let count = max(0, cohort["count"]?.scalar.flatMap(Int.init) ?? 0)
            return sum > Int.max - count ? Int.max : sum + count
        }
        guard total > maximumPopulation else { return [] }
        return [
            error(
                cohorts, "population",
                "the cohorts count \(total) applicants in all; at most \(maximumPopulation) can be simulated in one run"
            )
        ]
    }

    /// The most simulated applicants of one run, all cohorts together.
    public static let maximumPopulation = 10_000_000

    /// A cohort arrives either per day or in a burst on one date within the period, not both.
    static func arrivalsFit(_ scenario: YAMLNode) -> [Diagnostic] {
        let start = scenario["start"]?.scalar.flatMap(LocalInstant.init)
        let until = scenario["until"]?.scalar.flatMap(LocalInstant.init)
        var findings: [Diagnostic] = []
        for (index, cohort) in (scenario["population"]?.items ?? []).enumerated() {
            let path = "population[\(index)].arrivals"
            if let arrivals = cohort["arrivals"], arrivals.entries != nil, arrivals["per_day"] == nil,
                arrivals["burst_on"] == nil
            {
                findings.append(
                    error(arrivals, path, "say when they arrive: 'per_day' (a rate) or 'burst_on' (a date)"))
            }
            guard let arrivals = cohort["arrivals"], let burst = arrivals["burst_on"] else { continue }
            if arrivals["per_day"] != nil {
                findings.append(error(burst, path + ".burst_on", "give either 'per_day' or 'burst_on', not both"))
            }
            if let day = burst.scalar.flatMap(CivilDate.init), let start, let until,
                day < start.date || day > until.date
            {
                findings.append(
                    error(
                        burst, path + ".burst_on",
                        "\(day) is outside the period (\(start.date) to \(until.date)): nobody would arrive"))
            }
        }
        return findings
    }

    /// A scripted step timed before the start or after the end of the period would never run.
    static func stepsWithinPeriod(_ scenario: YAMLNode) -> [Diagnostic] {
        let zone = UTCOffset(seconds: 0)
        guard let start = scenario["start"]?.scalar.flatMap(LocalInstant.init)?.instant(in: zone),
            let until = scenario["until"]?.scalar.flatMap(LocalInstant.init)?.instant(in: zone)
        else { return [] }
        var findings: [Diagnostic] = []
        for (userIndex, user) in (scenario["users"]?.items ?? []).enumerated() {
            for (index, step) in (user["steps"]?.items ?? []).enumerated() {
                guard let node = step["at"], let at = node.scalar.flatMap(LocalInstant.init)?.instant(in: zone) else {
                    continue
                }
                if at < start || at > until {
                    findings.append(
                        error(
                            node, "users[\(userIndex)].steps[\(index)].at",
                            "\(node.scalar!) is outside the period (\(scenario["start"]!.scalar!) to \(scenario["until"]!.scalar!)): the step would never run"
                        ))
                }
            }
        }
        return findings
    }

    /// `owner:` names an earlier scripted user (whose account the vehicle shares), one of the same user kind.
    static func ownersWrittenBefore(_ scenario: YAMLNode) -> [Diagnostic] {
        var earlier: [String: String] = [:]
        var names: [String] = []
        var findings: [Diagnostic] = []
        for (index, user) in (scenario["users"]?.items ?? []).enumerated() {
            if let node = user["owner"], let owner = node.scalar {
                if let kind = earlier[owner] {
                    if kind != user["user"]?.scalar {
                        findings.append(
                            error(
                                node, "users[\(index)].owner",
                                "'\(owner)' is a \(kind); another vehicle of the same owner is the same kind of user"))
                    }
                } else {
                    findings.append(
                        error(
                            node, "users[\(index)].owner",
                            "no scripted user '\(owner)' before this one"
                                + sentence(Suggestion.phrase(for: owner, among: names))
                                + " Write the owner's first vehicle first"))
                }
            }
            if let name = user["name"]?.scalar {
                names.append(name)
                earlier[name] = user["user"]?.scalar ?? ""
            }
        }
        return findings
    }

    /// An expectation written as an object requires one thing: `is` for a true/false metric, or bounds.
    static func expectationsOneRequirement(_ scenario: YAMLNode) -> [Diagnostic] {
        (scenario["expect"]?.entries ?? []).compactMap { entry in
            guard entry.value.entries != nil else { return nil }
            let bounds = ["equals", "at_least", "at_most"].filter { entry.value[$0] != nil }
            if entry.value["is"] != nil, !bounds.isEmpty {
                return error(
                    entry.value, "expect.\(entry.key)",
                    "give either 'is' (a true/false metric) or bounds (\(bounds.joined(separator: ", "))), not both")
            }
            if entry.value["is"] == nil, bounds.isEmpty {
                return error(
                    entry.value, "expect.\(entry.key)", "say what is expected: 'equals', 'at_least', 'at_most' or 'is'")
            }
            if let low = entry.value["at_least"]?.scalar.flatMap(Int.init),
                let high = entry.value["at_most"]?.scalar.flatMap(Int.init), low > high
            {
                return error(
                    entry.value, "expect.\(entry.key)",
                    "at_least \(low) is above at_most \(high): no value could meet it")
            }
            return nil
        }
    }

    /// Keys of `wants` whose shares pick one typing style per applicant.
    static let styleShares = ["pattern_share", "birthday_share", "repeat_share", "run_share", "initials_share"]

    /// The style shares of a cohort pick one style per applicant, so together they are at most 1.
    static func stylesFit(_ scenario: YAMLNode) -> [Diagnostic] {
        (scenario["population"]?.items ?? []).enumerated().compactMap { index, cohort in
            guard let wants = cohort["wants"] else { return nil }
            let shares = styleShares.compactMap { key in wants[key]?.scalar.flatMap(Double.init).map { (key, $0) } }
            let total = shares.reduce(0) { $0 + $1.1 }
            guard total > 1 + 1e-9 else { return nil }
            let written = shares.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
            return error(
                wants, "population[\(index)].wants",
                "the style shares add up to \(total) (\(written)); each applicant has one "
                    + "style, so they may add up to at most 1 (the rest type lucky digits). Shares left out take their defaults: "
                    + "write 0 to leave a style out")
        }
    }

    /// Typing takes time per key or per number, not both.
    static func typingGivenOnce(_ scenario: YAMLNode) -> [Diagnostic] {
        (scenario["population"]?.items ?? []).enumerated().compactMap { index, cohort in
            guard let typing = cohort["typing"], typing.entries != nil else { return nil }
            switch (typing["per_key"] != nil, typing["per_number"] != nil) {
            case (true, true):
                return error(typing, "population[\(index)].typing", "give either 'per_key' or 'per_number', not both")
            case (false, false): return error(typing, "population[\(index)].typing", "give 'per_key' or 'per_number'")
            default: return nil
            }
        }
    }

    /// Checks of the scenario's references into its rules: pools, offices, regions, metrics.
    static func lint(_ scenario: YAMLNode, against book: RuleBook) -> [Diagnostic] {
        let rules = book.base
        var findings: [Diagnostic] = []
        let poolIDs = rules.pools.map(\.id)
        let officeIDs = rules.offices.map(\.id)
        for (index, state) in (scenario["pools"]?.items ?? []).enumerated() {
            if let node = state["pool"], let id = node.scalar, !poolIDs.contains(id) {
                findings.append(
                    error(
                        node, "pools[\(index)].pool",
                        "unknown pool '\(id)'\(Suggestion.phrase(for: id, among: poolIDs)) Pools: \(poolIDs.joined(separator: ", "))."
                    ))
            }
            if let node = state["office"], let id = node.scalar, !officeIDs.contains(id) {
                findings.append(
                    error(
                        node, "pools[\(index)].office",
                        "unknown office '\(id)'\(Suggestion.phrase(for: id, among: officeIDs))"))
            }
        }
        for (index, cohort) in (scenario["population"]?.items ?? []).enumerated() {
            guard let node = cohort["office"], let id = node.scalar else { continue }
            if let office = rules.office(id) {
                let vehicle = cohort["vehicle"]?.scalar
                if !office.pools.contains(where: { rules.pool($0)?.vehicle.rawValue == vehicle }) {
                    findings.append(
                        error(
                            node, "population[\(index)].office",
                            "office '\(id)' offers no pool for \(vehicle ?? "this vehicle")"))
                }
            } else {
                findings.append(
                    error(
                        node, "population[\(index)].office",
                        "unknown office '\(id)'\(Suggestion.phrase(for: id, among: officeIDs))"))
            }
        }
        findings += homeRegions(scenario, region: rules.region.id)
        findings += poolSizes(scenario, rules: rules)
        findings += vehiclesOffered(scenario, rules: rules)
        findings += scriptedReferences(scenario, rules: rules)
        let cohorts = (scenario["population"]?.items ?? []).compactMap { $0["cohort"]?.scalar }
        for entry in scenario["expect"]?.entries ?? [] {
            if let problem = ScenarioMetrics.problem(with: entry.key, pools: poolIDs, cohorts: cohorts) {
                findings.append(Diagnostic(.error, at: entry.keyLocation, path: "expect.\(entry.key)", problem))
            }
        }
        return findings
    }

    /// A home region is the rule set's own, or one the scenario declares as outside (`outside_regions`): a typo
    /// would otherwise make every such applicant a visitor from nowhere, refused at entry.
    static func homeRegions(_ scenario: YAMLNode, region: String) -> [Diagnostic] {
        let outside = (scenario["outside_regions"]?.items ?? []).compactMap(\.scalar)
        let known = [region] + outside
        var findings: [Diagnostic] = []
        for (list, label) in [("population", "population"), ("users", "users")] {
            for (index, item) in (scenario[list]?.items ?? []).enumerated() {
                guard let node = item["home"], let home = node.scalar, !known.contains(home) else { continue }
                findings.append(
                    error(
                        node, "\(label)[\(index)].home",
                        "home region '\(home)' is neither the rule set's region ('\(region)') "
                            + "nor declared in outside_regions" + sentence(Suggestion.phrase(for: home, among: known))
                            + " Add it to outside_regions if these applicants come from elsewhere"))
            }
        }
        return findings
    }

    /// The numbers published before the start are made up front: a pool of more than 100 million is refused
    /// (about 4 GB), whatever its segments' size.
    static func poolSizes(_ scenario: YAMLNode, rules: RuleSet) -> [Diagnostic] {
        (scenario["pools"]?.items ?? []).enumerated().compactMap { index, state in
            guard let node = state["published"], let published = node.scalar.flatMap(Int.init),
                let id = state["pool"]?.scalar,
                let pool = rules.pool(id)
            else { return nil }
            let (numbers, overflow) = published.multipliedReportingOverflow(by: pool.segments.size)
            guard overflow || numbers > 100_000_000 else { return nil }
            return error(
                node, "pools[\(index)].published",
                "\(published) segments of \(pool.segments.size) numbers are more than 100000000 "
                    + "numbers at the start; publish fewer segments")
        }
    }

    /// A did-you-mean phrase (`; did you mean 'x'?`) as the end of a sentence, or a full stop without one.
    static func sentence(_ phrase: String) -> String { phrase.isEmpty ? "." : phrase }

    /// A cohort's or scripted user's vehicle kind must have a pool in the rules, or none of them can select.
    static func vehiclesOffered(_ scenario: YAMLNode, rules: RuleSet) -> [Diagnostic] {
        let offered = Set(rules.pools.map(\.vehicle.rawValue))
        var findings: [Diagnostic] = []
        for (list, label) in [("population", "population"), ("users", "users")] {
            for (index, item) in (scenario[list]?.items ?? []).enumerated() {
                guard let node = item["vehicle"], let kind = node.scalar, !offered.contains(kind) else { continue }
                findings.append(
                    error(
                        node, "\(label)[\(index)].vehicle",
                        "no pool of these rules is for \(kind); pools are for "
                            + offered.sorted().joined(separator: ", ")))
            }
        }
        return findings
    }

    /// Offices and serials in scripted steps: an office the rules define, and numbers that are serials of a pool
    /// for the user's vehicle (unless the step expects a rejection, which is then the point of it).
    static func scriptedReferences(_ scenario: YAMLNode, rules: RuleSet) -> [Diagnostic] {
        let officeIDs = rules.offices.map(\.id)
        var findings: [Diagnostic] = []
        for (userIndex, user) in (scenario["users"]?.items ?? []).enumerated() {
            let pools = rules.pools.filter { $0.vehicle.rawValue == user["vehicle"]?.scalar }
            for (index, step) in (user["steps"]?.items ?? []).enumerated() {
                let path = "users[\(userIndex)].steps[\(index)]"
                let expect = step["expect"]
                let expectsRejection = expect?["rejected"] != nil || expect?["ok"]?.scalar == "false"
                if let node = step["choose_office"], let id = node.scalar, !officeIDs.contains(id), !expectsRejection {
                    findings.append(
                        error(
                            node, path + ".choose_office",
                            "unknown office '\(id)'" + sentence(Suggestion.phrase(for: id, among: officeIDs))
                                + " Offices: \(officeIDs.joined(separator: ", ")). Write expect: {rejected: unknown_office} if that is the point"
                        ))
                }
                guard !pools.isEmpty, !expectsRejection else { continue }
                var serials: [(YAMLNode, String)] = (step["compose"]?.items ?? []).compactMap { item in
                    item.scalar.map { (item, $0) }
                }
                if let node = expect?["reserved"], let serial = node.scalar { serials.append((node, serial)) }
                for (node, serial) in serials {
                    let checks = pools.map { $0.format.check(serial) }
                    guard !checks.contains(where: \.isMember), case .rejected(let why)? = checks.first else { continue }
                    findings.append(
                        error(
                            node, path,
                            "'\(serial)' is not a serial of the \(pools[0].id) pool: it \(why); the step would be "
                                + "rejected (not_in_pool). Write expect: {rejected: not_in_pool} if that is the point"))
                }
            }
        }
        return findings
    }

    static func stepsHaveOneAction(_ scenario: YAMLNode) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (userIndex, user) in (scenario["users"]?.items ?? []).enumerated() {
            for (index, step) in (user["steps"]?.items ?? []).enumerated() {
                guard let entries = step.entries else { continue }
                let path = "users[\(userIndex)].steps[\(index)]"
                let actions = entries.map(\.key).filter(ScenarioSchema.actions.contains)
                if actions.count != 1 {
                    findings.append(
                        error(
                            step, path,
                            actions.isEmpty
                                ? "a step names one action: \(ScenarioSchema.actions.joined(separator: ", "))"
                                : "a step names one action, found \(actions.joined(separator: " and "))"))
                }
                if step["at"] != nil, step["after"] != nil {
                    findings.append(error(step["after"]!, path, "give either 'at' or 'after', not both"))
                }
            }
        }
        return findings
    }

    static func startBeforeUntil(_ scenario: YAMLNode) -> [Diagnostic] {
        guard let start = scenario["start"]?.scalar.flatMap(LocalInstant.init), let untilNode = scenario["until"],
            let until = untilNode.scalar.flatMap(LocalInstant.init)
        else { return [] }
        // Both read in one zone: an offset-less pair compares as written.
        let zone = UTCOffset(seconds: 0)
        guard until.instant(in: zone) <= start.instant(in: zone) else { return [] }
        return [error(untilNode, "until", "the scenario ends (\(until)) before it starts (\(start))")]
    }

    static func cohortNamesUnique(_ scenario: YAMLNode) -> [Diagnostic] {
        var seen: Set<String> = []
        return (scenario["population"]?.items ?? []).compactMap { cohort in
            guard let node = cohort["cohort"], let name = node.scalar, !seen.insert(name).inserted else { return nil }
            return error(node, "population", "cohort name '\(name)' is used twice; reports tell cohorts apart by name")
        }
    }

    static func userNamesUnique(_ scenario: YAMLNode) -> [Diagnostic] {
        var seen: Set<String> = []
        return (scenario["users"]?.items ?? []).compactMap { user in
            guard let node = user["name"], let name = node.scalar, !seen.insert(name).inserted else { return nil }
            return error(node, "users", "user name '\(name)' is used twice; each scripted user has its own account")
        }
    }
}
