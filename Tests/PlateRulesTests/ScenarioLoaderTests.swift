import Foundation
import Testing

@testable import PlateRules
@testable import PlateScenarios

@Suite("Scenario loading")
struct ScenarioLoaderTests {
    static var smokePath: String { FixtureFiles.sample.appendingPathComponent("smoke.yaml").path }

    /// The 1-based line of the smoke scenario that starts with `prefix`.
    func line(startingWith prefix: String) throws -> Int {
        let lines = try String(contentsOfFile: Self.smokePath, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.hasPrefix(prefix) }) + 1
    }

    /// The smoke scenario with one text replaced, loaded as if it stood beside the original.
    func mutated(_ old: String, _ new: String) throws -> ScenarioLoader.Result {
        let text = try String(contentsOfFile: Self.smokePath, encoding: .utf8)
        #expect(text.contains(old), "smoke.yaml no longer contains \(old)")
        return ScenarioLoader.load(text: text.replacingOccurrences(of: old, with: new), file: Self.smokePath)
    }

    @Test("the smoke scenario loads with its rules, change file and inline changes merged")
    func smokeLoads() throws {
        let result = try ScenarioLoader.load(file: Self.smokePath)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let rules = try #require(result.book).base
        #expect(rules.selfCompose.total == 10)  // from changes/quota-10.yaml
        #expect(rules.selfCompose.perConfirm == 3)  // from the inline changes
        #expect(result.document?["population"]?.items?.first?["mode"]?.scalar == "self_compose_then_random")
    }

    @Test("a misspelt bare step gets a did-you-mean")
    func bareStepTypo() throws {
        let result = try mutated("      - accept_notice", "      - accept_notise")
        #expect(
            result.diagnostics.contains {
                $0.path == "users[0].steps[1]" && $0.message.hasSuffix("did you mean 'accept_notice'?")
            })
        #expect(result.document == nil)
    }

    @Test("a step names exactly one action")
    func oneActionPerStep() throws {
        let result = try mutated(
            "{after: 8s, compose: [\"02130\", \"02131\"], expect: {reserved: \"02130\"}}",
            "{after: 8s, compose: [A6868], draw: {}}")
        #expect(result.diagnostics.map(\.message).contains("a step names one action, found compose and draw"))
    }

    @Test("cohort and scripted user names are unique; a second one is an error where it is written")
    func uniqueNames() throws {
        let cohorts = try mutated(
            "  - cohort: local owners\n",
            "  - cohort: twins\n    count: 1\n    user: new_vehicle_owner\n    vehicle: small_car\n"
                + "    arrivals: {per_day: 1}\n    registers: {share: 1, within: 1d}\n  - cohort: twins\n")
        #expect(
            cohorts.diagnostics.map(\.message).contains(
                "cohort name 'twins' is used twice; reports tell cohorts apart by name"))
        let users = try mutated(
            "users:\n",
            "users:\n  - name: zhang\n    user: new_vehicle_owner\n    vehicle: small_car\n    steps: [accept_notice]\n"
        )
        let duplicate = try #require(
            users.diagnostics.first {
                $0.message == "user name 'zhang' is used twice; each scripted user has its own account"
            })
        #expect(duplicate.location.line == (try line(startingWith: "  - name: zhang")) + 4)
    }

    @Test("a day-long wait may be written in days; a quoted keep_backup is a serial, a plain one a position")
    func waitsAndBackups() throws {
        let result = try mutated(
            "      - {after: 8s, compose: [\"02130\", \"02131\"], expect: {reserved: \"02130\"}}",
            "      - {wait: 2d}\n      - {keep_backup: \"02191\"}\n      - {keep_backup: 3}")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let steps = try #require(result.scenario?.users.first?.steps.suffix(3).map(\.action))
        #expect(steps == [.wait(seconds: 172_800), .keepBackup(.serial("02191")), .keepBackup(.position(3))])
    }

    @Test("expectation metrics are checked against the scenario's pools and cohorts")
    func metrics() throws {
        let typo = try mutated("  reserved: {at_least: 200}", "  reserverd: {at_least: 200}")
        #expect(
            typo.diagnostics.contains {
                $0.path == "expect.reserverd"
                    && $0.message.hasPrefix("unknown metric 'reserverd'; did you mean 'reserved'?")
            })
        let pool = try mutated("  pool.small-car.exhausted: false", "  pool.small-cat.exhausted: false")
        #expect(pool.diagnostics.map(\.message).contains("no pool 'small-cat'; did you mean 'small-car'?"))
        #expect(
            ScenarioMetrics.problem(with: "cohort.local owners.reserved", pools: [], cohorts: ["local owners"]) == nil)
        #expect(ScenarioMetrics.problem(with: "rejected.all_taken", pools: [], cohorts: []) == nil)
    }

    @Test(
        "replications and expectations over them: on the mean by default, in every replication when asked, `is` for flags"
    )
    func replicationExpectations() throws {
        let result = try mutated(
            """
              reserved: {at_least: 200}
              confirms_all_taken: {at_least: 50}
              pool.small-car.exhausted: false
            """,
            """
              reserved: {at_least: 200, in_every_replication: true}
              confirms_all_taken: {at_least: 50}
              pool.small-car.exhausted: {is: false, in_every_replication: true}
            replications: 7
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let scenario = try #require(result.scenario)
        #expect(scenario.replications == 7)
        #expect(scenario.expectations.map(\.inEveryReplication) == [false, true, false, true])
        #expect(scenario.expectations[3].requirement == .flag(false))
        #expect(
            try #require(ScenarioLoader.load(file: Self.smokePath).scenario).replications == 1,
            "one replication unless asked")
    }

    @Test("an expectation asks for one thing: `is` and bounds together, or neither, is an error where it is written")
    func expectationShapes() throws {
        let both = try mutated("  reserved: {at_least: 200}", "  reserved: {at_least: 200, is: true}")
        #expect(
            both.diagnostics.contains {
                $0.path == "expect.reserved" && $0.message.contains("either 'is'") && $0.severity == .error
            })
        let neither = try mutated("  reserved: {at_least: 200}", "  reserved: {in_every_replication: true}")
        #expect(
            neither.diagnostics.contains { $0.path == "expect.reserved" && $0.message.contains("say what is expected") }
        )
        let zero = try mutated("seed: 20261201", "seed: 20261201\nreplications: 0")
        #expect(zero.diagnostics.contains { $0.path == "replications" && $0.severity == .error })
    }

    @Test("rejection names are checked, in run expectations and in steps, with a did-you-mean")
    func rejectionNames() throws {
        let metric = try mutated(
            "  reserved: {at_least: 200}", "  reserved: {at_least: 200}\n  rejected.outside_service_hour: 0")
        let finding = try #require(metric.diagnostics.first { $0.path == "expect.rejected.outside_service_hour" })
        #expect(finding.severity == .error)
        #expect(
            finding.message.hasPrefix(
                "unknown rejection reason 'outside_service_hour'; did you mean 'outside_service_hours'?"))
        #expect(finding.location.line == (try line(startingWith: "  reserved: {at_least: 200}")) + 1)
        let fine = try mutated(
            "  reserved: {at_least: 200}", "  reserved: {at_least: 200}\n  rejected.outside_service_hours: 0")
        #expect(fine.diagnostics.isEmpty, "\(fine.diagnostics.map(\.description))")
        let step = try mutated("expect: {stage: service_notes}", "expect: {rejected: not_in_pol}")
        #expect(
            step.diagnostics.contains {
                $0.severity == .error && $0.message.contains("found \"not_in_pol\"")
                    && $0.message.hasSuffix("did you mean 'not_in_pool'?")
            },
            "\(step.diagnostics.map(\.description))")
    }

    @Test("homes, vehicle kinds, offices and serials of cohorts and scripted steps are checked against the rules")
    func scriptedReferences() throws {
        // A home that is neither the region's nor declared outside.
        let home = try mutated(
            "    user: new_vehicle_owner\n    vehicle: small_car\n    arrivals",
            "    user: new_vehicle_owner\n    home: beijng\n    vehicle: small_car\n    arrivals")
        let finding = try #require(home.diagnostics.first { $0.path == "population[0].home" })
        #expect(
            finding.message.hasPrefix(
                "home region 'beijng' is neither the rule set's region ('hebei-chengde') nor declared in outside_regions."
            ))
        let declared = try mutated("seed: 20261201", "seed: 20261201\noutside_regions: [beijing]")
        #expect(declared.diagnostics.isEmpty)
        #expect(
            finding.message.contains("did you mean 'hebei-chengde'?") == false, "no region is close to 'beijng' here")
        // An office a step names that the rules do not have, unless the step expects that rejection.
        let office = try mutated("choose_office: chengde-main}", "choose_office: chengde-mian}")
        #expect(
            office.diagnostics.contains {
                $0.path == "users[0].steps[0].choose_office" && $0.message.contains("did you mean 'chengde-main'?")
            },
            "\(office.diagnostics.map(\.description))")
        let intended = try mutated(
            "choose_office: chengde-main}", "choose_office: chengde-mian, expect: {rejected: unknown_office}}")
        #expect(!intended.diagnostics.contains { $0.path == "users[0].steps[0].choose_office" })
        // A composed number that is no serial of the user's pool: the step would be rejected, which it does not expect.
        let serial = try mutated("compose: [\"02130\", \"02131\"]", "compose: [\"0213\", \"02131\"]")
        #expect(
            serial.diagnostics.contains {
                $0.message.hasPrefix("'0213' is not a serial of the small-car pool: it has 4 characters")
            },
            "\(serial.diagnostics.map(\.description))")
    }

    @Test("another vehicle's owner must be an earlier scripted user of the same kind")
    func owners() throws {
        let unknown = try mutated(
            "  - name: zhang\n    user: new_vehicle_owner",
            "  - name: zhang\n    owner: li\n    user: new_vehicle_owner")
        #expect(
            unknown.diagnostics.contains {
                $0.path == "users[0].owner" && $0.message.hasPrefix("no scripted user 'li' before this one.")
            },
            "\(unknown.diagnostics.map(\.description))")
    }

    @Test(
        "limits: sizes, periods, durations and arrivals a run can represent are checked at load, doubtful ones warned of"
    )
    func limits() throws {
        func finds(
            _ old: String, _ new: String, path: String, _ fragment: String, severity: Diagnostic.Severity = .error
        ) throws {
            let result = try mutated(old, new)
            #expect(
                result.diagnostics.contains {
                    $0.path == path && $0.message.contains(fragment) && $0.severity == severity
                },
                "\(path): \(result.diagnostics.map(\.description))")
        }
        try finds(
            "    count: 300", "    count: 1000000000000", path: "population[0].count",
            "a whole number from 1 to 10000000")
        // A negative count is an error, not an overflow of the population total.
        try finds("    count: 300", "    count: -3", path: "population[0].count", "a whole number from 1 to 10000000")
        // Ten million applicants in all: each cohort may have that many, all cohorts together too, not more.
        let cohort = try String(contentsOfFile: Self.smokePath, encoding: .utf8).components(
            separatedBy: "population:\n")[1]
            .components(separatedBy: "users:")[0].replacingOccurrences(of: "count: 300", with: "count: 6000000")
        try finds(
            "population:\n", "population:\n" + cohort + cohort.replacingOccurrences(of: "local owners", with: "others"),
            path: "population", "12000300 applicants in all; at most 10000000")
        let big = try mutated("published: 40", "published: 100000")
        #expect(big.diagnostics.isEmpty, "10 million numbers at the start are allowed")
        let huge = try mutated(
            "changes: {self_compose.per_confirm: 3}",
            "changes: {self_compose.per_confirm: 3, pools.small-car.segments.size: 100000}")
        #expect(huge.diagnostics.isEmpty, "\(huge.diagnostics.map(\.description))")
        let text = try String(contentsOfFile: Self.smokePath, encoding: .utf8)
            .replacingOccurrences(
                of: "changes: {self_compose.per_confirm: 3}",
                with: "changes: {self_compose.per_confirm: 3, pools.small-car.segments.size: 100000}"
            )
            .replacingOccurrences(of: "published: 40", with: "published: 2000")
        let both = ScenarioLoader.load(text: text, file: Self.smokePath)
        #expect(
            both.diagnostics.contains {
                $0.path == "pools[0].published" && $0.message.contains("more than 100000000 numbers at the start")
            },
            "\(both.diagnostics.map(\.description))")
        // A long value of a short type is refused unread (a megabyte checked many times over would stall the check).
        try finds(
            "seed: 20261201", "seed: " + String(repeating: "9", count: 300), path: "seed", "found a text of 300 bytes")
        let batch = try mutated(
            "changes: {self_compose.per_confirm: 3}",
            "changes: {self_compose.per_confirm: 3, pools.small-car.segments.size: 1000000, pools.small-car.publish.segments: 101}"
        )
        #expect(
            batch.diagnostics.contains {
                $0.path == "pools.small-car.publish.segments"
                    && $0.message.contains("more than 100000000 numbers at once")
            },
            "\(batch.diagnostics.map(\.description))")
        try finds(
            "until: 2026-12-03T23:00", "until: 2036-12-03T23:00", path: "until", "over five years", severity: .warning)
        try finds("until: 2026-12-03T23:00", "until: 2226-12-03T23:00", path: "until", "at most a century")
        try finds(
            "{per_day: 100, pattern: office_hours}", "{per_day: 100, burst_on: 2026-12-02}",
            path: "population[0].arrivals.burst_on",
            "either 'per_day' or 'burst_on'")
        try finds(
            "{per_day: 100, pattern: office_hours}", "{burst_on: 2027-05-02}", path: "population[0].arrivals.burst_on",
            "outside the period")
        try finds(
            "  reserved: {at_least: 200}", "  reserved: {at_least: 200, at_most: 100}", path: "expect.reserved",
            "no value could meet it")
        try finds(
            "{at: 2026-12-01T09:00, choose_office: chengde-main}",
            "{at: 2026-11-30T09:00, choose_office: chengde-main}",
            path: "users[0].steps[0].at", "outside the period")
        // A century is the longest duration a rule may give: the calendar holds it with room to spare.
        let lasts = try mutated(
            "changes: {self_compose.per_confirm: 3}", "changes: {self_compose.per_confirm: 3, blacklist.lasts: 8000y}")
        #expect(
            lasts.diagnostics.contains {
                $0.message.contains("expected at most a century (100 years), found 8000y")
                    && $0.message.contains("found 8000y")
            },
            "\(lasts.diagnostics.map(\.description))")
    }

    @Test("references into the rule set are checked, with line and column")
    func references() throws {
        let result = try mutated(
            "  - {pool: small-car, published: 40, taken: 0.6}", "  - {pool: small-cars, published: 40, taken: 1.5}")
        let pool = try #require(result.diagnostics.first { $0.path == "pools[0].pool" })
        let poolLine = try line(startingWith: "  - {pool:")
        #expect(pool.location.line == poolLine && pool.location.column == 12)
        #expect(pool.message.hasPrefix("unknown pool 'small-cars'; did you mean 'small-car'?"))
        #expect(
            result.diagnostics.contains {
                $0.path == "pools[0].taken" && $0.message == "expected a share from 0 to 1 such as 0.93, found \"1.5\""
            })
    }

    @Test("a missing rule file and a bad inline change are located in the scenario")
    func rulesAndChanges() throws {
        let missing = try mutated("rules: regions/hebei-chengde.yaml", "rules: regions/nowhere.yaml")
        let rulesLine = try line(startingWith: "rules:")
        #expect(
            missing.diagnostics.contains {
                $0.path == "rules" && $0.message.hasPrefix("cannot read the rule set ")
                    && $0.message.hasSuffix("sample/regions/nowhere.yaml: no such file")
                    && $0.location.line == rulesLine
            }, "\(missing.diagnostics)")
        let change = try mutated("changes: {self_compose.per_confirm: 3}", "changes: {self_compose.per_confrm: 3}")
        let finding = try #require(change.diagnostics.first { $0.path == "self_compose.per_confrm" })
        let changesLine = try line(startingWith: "changes:")
        #expect(finding.location.file == Self.smokePath && finding.location.line == changesLine)
        #expect(finding.message.contains("did you mean 'per_confirm'?"))
    }

    @Test("a scenario that ends before it starts is refused")
    func period() throws {
        let result = try mutated("until: 2026-12-03T23:00", "until: 2026-11-30T23:00")
        #expect(
            result.diagnostics.map(\.message).contains(
                "the scenario ends (2026-11-30T23:00) before it starts (2026-12-01T08:00)"))
    }
}

@Suite("Scenario model")
struct ScenarioModelTests {
    @Test("the smoke scenario decodes into typed values, times read in the region's zone")
    func smokeModel() throws {
        let result = try ScenarioLoader.load(file: ScenarioLoaderTests.smokePath)
        let scenario = try #require(result.scenario)
        #expect(scenario.name == "Chengde smoke" && scenario.seed == 20_261_201)
        #expect(scenario.start == Instant(iso8601: "2026-12-01T08:00+08:00"))
        #expect(scenario.pools == [PoolState(pool: "small-car", office: nil, published: 40, taken: 0.6)])
        let cohort = try #require(scenario.population.first)
        #expect(cohort.count == 300 && cohort.user == .newVehicleOwner && cohort.mode == .selfComposeThenRandom)
        #expect(cohort.arrivals == .perDay(100, pattern: "office_hours"))
        #expect(cohort.think == 2...20 && cohort.mistakes.wrongSMS == 0.05 && cohort.registerWithin == .workingDays(3))
        let steps = try #require(scenario.users.first?.steps)
        #expect(steps.count == 7)
        #expect(
            steps[0].timing == .at(Instant(iso8601: "2026-12-01T09:00+08:00")!)
                && steps[0].action == .chooseOffice("chengde-main"))
        #expect(steps[1].action == .acceptNotice && steps[1].timing == .next)
        #expect(
            steps[2].action
                == .submit(vin: "LFV3A23C7K3012345", credential: .init(kind: .certificate, number: "WAC123456789012")))
        #expect(steps[5].timing == .after(seconds: 10) && steps[5].expect?.stage == .selfCompose)
        #expect(steps[6].action == .compose(["02130", "02131"]) && steps[6].expect?.reserved == "02130")
        let reserved = try #require(scenario.expectations.first { $0.metric == "reserved" })
        #expect(reserved.requirement == .between(atLeast: 200, atMost: nil))
        #expect(reserved.requirement.holds(for: 200) && !reserved.requirement.holds(for: 199))
        #expect(scenario.expectations.first { $0.metric == "pool.small-car.exhausted" }?.requirement == .flag(false))
    }
}
