import Foundation
import PlateEngine
import PlateRules
import PlateScenarios
import Testing

@testable import PlateSimulation

@Suite("Scenario runner: cohorts through the engine")
struct ScenarioRunnerTests {
    /// A scenario with one cohort written inline (its body under `population:`), resolved as if in the fixtures folder.
    static func load(
        population: String, changes: String? = nil, until: String = "2026-12-03T23:00",
        expect: String = "", pools: String = ""
    ) throws -> (Scenario, RuleBook) {
        let text = """
            schema: platelab/scenario/v1
            name: cohorts
            rules: regions/hebei-chengde.yaml
            \(changes.map { "changes: \($0)" } ?? "")
            seed: 11
            outside_regions: [hebei-baoding]
            start: 2026-12-01T08:00
            until: \(until)
            \(pools)
            population:
            \(population)
            \(expect)
            """
        let result = ScenarioLoader.load(
            text: text, file: ScriptedRunTests.fixtures.appendingPathComponent("inline.yaml").path)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.map(\.description))")
        return (try #require(result.scenario), try #require(result.book))
    }

    static let owners = """
          - cohort: owners
            count: 200
            user: new_vehicle_owner
            vehicle: small_car
            arrivals: {per_day: 100, pattern: office_hours}
            think: {min: 2s, max: 20s}
            registers: {share: 1, within: 2 working days}
        """

    /// The instant each applicant, by subject, first appeared to the engine (opened a session or was refused).
    static func arrivals(_ scenario: Scenario, _ book: RuleBook) -> [Subject: Instant] {
        var first: [Subject: Instant] = [:]
        _ = ScenarioRunner.run(
            scenario, book: book,
            onEvent: { event in
                switch event.kind {
                case .applicationOpened(_, let subject, _, _), .entryRefused(let subject, _, _, _):
                    if first[subject] == nil { first[subject] = event.at }
                default: break
                }
            })
        return first
    }

    @Test("every applicant arrives inside the period, per_day at most each day, and goes through both phases")
    func cohortRuns() throws {
        let (scenario, book) = try Self.load(population: Self.owners)
        let result = ScenarioRunner.run(scenario, book: book)
        let total = result.tally.total
        #expect(total.applicants == 200)
        #expect(total.entered == 200 && total.basicInfoCompleted == 200)
        #expect(total.reserved > 150, "\(total)")
        #expect(total.reserved == total.reservedSelfCompose + total.reservedRandom)
        #expect(result.tally.days.values.allSatisfy { $0.arrivals <= 100 })
        let arrivals = Self.arrivals(scenario, book)
        #expect(arrivals.count == 200)
        #expect(arrivals.values.allSatisfy { $0 >= scenario.start && $0 <= scenario.until })
    }

    @Test("a quota change moves no applicant's arrival, though outcomes change")
    func quotaChangeKeepsArrivals() throws {
        let (baseline, baseBook) = try Self.load(population: Self.owners)
        let (variant, variantBook) = try Self.load(
            population: Self.owners,
            changes: "{self_compose.total: 5, self_compose.per_confirm: 1, self_compose.confirm_interval: 2m}")
        #expect(Self.arrivals(baseline, baseBook) == Self.arrivals(variant, variantBook))
        let a = ScenarioRunner.run(baseline, book: baseBook).tally
        let b = ScenarioRunner.run(variant, book: variantBook).tally
        #expect(a.waits != b.waits, "a longer confirm interval should show in the time to reservation")
    }

    @Test("the same scenario and seed give the same tally; another seed gives other arrivals")
    func deterministic() throws {
        let (scenario, book) = try Self.load(population: Self.owners)
        let first = ScenarioRunner.run(scenario, book: book).tally
        let second = ScenarioRunner.run(scenario, book: book).tally
        #expect(first.total == second.total && first.rejections == second.rejections && first.days == second.days)
        #expect(first.pools == second.pools && first.waits == second.waits)
        let reseeded = ScenarioRunner.run(scenario, book: book, seed: 12).tally
        #expect(reseeded.waits != first.waits)
    }

    @Test("mistakes show up as their typed rejections, and every mistaken applicant still recovers")
    func mistakes() throws {
        let (scenario, book) = try Self.load(
            population: """
                  - cohort: clumsy
                    count: 100
                    user: new_vehicle_owner
                    vehicle: small_car
                    arrivals: {per_day: 100}
                    mistakes: {wrong_vin: 1, wrong_sms: 1, missed_countdown: 1}
                    registers: {share: 1, within: 1 working days}
                """)
        let tally = ScenarioRunner.run(scenario, book: book).tally
        #expect(tally.rejections["invalid_vin"] == 100)
        #expect(tally.rejections["sms_code_wrong"] == 100)
        #expect((tally.rejections["countdown_running"] ?? 0) >= 100)
        #expect(tally.total.reserved == 100)
    }

    @Test(
        "wants steer the keyboard: a pattern's fixed characters, lucky digits, avoided digits only when nothing else is open"
    )
    func wantsSteerTheKeyboard() throws {
        func cohort(_ name: String, _ wants: String) -> String {
            """
              - cohort: \(name)
                count: 40
                user: new_vehicle_owner
                vehicle: small_car
                office: chengde-main
                arrivals: {burst_on: 2026-12-10}
                mode: self_compose_only
                wants: \(wants)
                registers: {share: 1, within: 1 working days}
            """
        }
        let (scenario, book) = try Self.load(
            population: cohort(
                "eights",
                "{avoid_digits: \"4\", patterns: [\"????8\"], pattern_share: 1, "
                    + "birthday_share: 0, repeat_share: 0, run_share: 0}")
                + "\n" + cohort("sixes", "{lucky_digits: \"6\"}"),
            until: "2026-12-10T23:00", pools: "pools: [{pool: small-car, published: 10}]")
        var serials: [String: [String]] = [:]
        _ = ScenarioRunner.run(
            scenario, book: book,
            onEvent: { event in
                // Applicants are numbered by cohort: subjects 0 ... 39 are the first cohort's.
                guard case .reserved(let reservation) = event.kind else { return }
                serials[reservation.subject.number < 40 ? "eights" : "sixes", default: []].append(reservation.serial)
            })
        let eights = serials["eights"] ?? []
        let sixes = serials["sixes"] ?? []
        #expect(eights.count == 40 && sixes.count == 40)
        // One in ten would end in 8 by chance; the typist sometimes corners itself on a taken last key.
        #expect(eights.filter { $0.hasSuffix("8") }.count >= 32, "\(eights)")
        #expect(eights.filter { $0.contains("4") }.count <= 4, "\(eights)")
        func count(_ digit: Character, _ list: [String]) -> Int {
            list.reduce(0) { $0 + $1.filter { $0 == digit }.count }
        }
        #expect(
            count("6", sixes) > 2 * count("7", sixes), "lucky digits should be typed more often than others: \(sixes)")
    }

    @Test("when no number without 4 is left, applicants who avoid 4 draw from every number rather than leave")
    func fourAcceptedWhenNothingElseIsLeft() throws {
        let (scenario, book) = try Self.load(
            population: """
                  - cohort: drawers
                    count: 90
                    user: new_vehicle_owner
                    vehicle: small_car
                    office: chengde-main
                    arrivals: {per_day: 90}
                    mode: random_only
                    wants: {avoid_digits: "4"}
                    registers: {share: 1, within: 1 working days}
                """, changes: "{pools.small-car.publish.when_available_below: 0}",
            pools: "pools: [{pool: small-car, published: 1}]")
        var serials: [String] = []
        _ = ScenarioRunner.run(
            scenario, book: book,
            onEvent: { event in
                if case .reserved(let reservation) = event.kind { serials.append(reservation.serial) }
            })
        // One segment of 100 numbers, about a fifth of them with a 4: 90 applicants need some of those.
        #expect(serials.count == 90)
        let withFour = serials.filter { $0.contains("4") }
        #expect(!withFour.isEmpty && withFour.count < 30, "\(serials)")
        #expect(serials.prefix(60).allSatisfy { !$0.contains("4") }, "4s only once the others are gone")
    }

    @Test("applicants from another region: home-only kinds are refused, cross-region kinds get in")
    func locality() throws {
        let (scenario, book) = try Self.load(
            population: """
                  - cohort: visitors
                    count: 20
                    user: new_vehicle_owner
                    home: hebei-baoding
                    vehicle: small_car
                    arrivals: {per_day: 20}
                    registers: {share: 1, within: 1 working days}
                  - cohort: unsigned firms
                    count: 10
                    user: organisation
                    counter_signed: 0
                    vehicle: small_car
                    arrivals: {per_day: 10}
                    registers: {share: 1, within: 1 working days}
                """)
        let tally = ScenarioRunner.run(scenario, book: book).tally
        let rules = book.base
        let visitorsAllowed = rules.locality.allows(.newVehicleOwner, home: "hebei-baoding", region: rules.region.id)
        #expect(tally.cohorts[0].refused == (visitorsAllowed ? 0 : 20))
        #expect(tally.cohortRejections[0]["locality_not_allowed"] == (visitorsAllowed ? nil : 20))
        if rules.locality.needsCounterSigning(.organisation) {
            #expect(tally.cohortRejections[1]["counter_signing_required"] == 10)
            #expect(tally.cohorts[1].reserved == 0)
        }
    }

    @Test("applicants who never register lapse, are blacklisted, and those who come back are blacklist hits")
    func blacklistWave() throws {
        let (scenario, book) = try Self.load(
            population: """
                  - cohort: no-shows
                    count: 30
                    user: new_vehicle_owner
                    vehicle: small_car
                    arrivals: {per_day: 30}
                    registers: {share: 0, within: 1 working days}
                    returns_when_blacklisted: 1
                """, until: "2027-01-31T23:00")
        let tally = ScenarioRunner.run(scenario, book: book).tally
        #expect(tally.total.reserved == 30)
        #expect(tally.total.lapsed == 30)
        let blacklists = book.base.blacklist.afterLapses <= 1
        #expect(tally.total.blacklisted == (blacklists ? 30 : 0))
        #expect(tally.total.blacklistHits == (blacklists ? 30 : 0))
        #expect(tally.pools.contains { $0.numbersReturned > 0 }, "lapsed numbers return after the reuse delay")
    }

    @Test("metrics read the tally: counts, rejections by reason, pools and cohorts; unknown names observe nothing")
    func metrics() throws {
        let (scenario, book) = try Self.load(
            population: Self.owners, expect: "expect: {reserved: {at_least: 1000000}, cohort.owners.applicants: 200}")
        let result = ScenarioRunner.run(scenario, book: book)
        let tally = result.tally
        #expect(tally.metric("applicants") == 200)
        #expect(tally.metric("cohort.owners.applicants") == 200)
        #expect(tally.metric("rejected.no_such_reason") == 0)
        #expect(tally.metric("pool.small-car.exhausted") == 0)
        #expect(tally.metric("pool.nowhere.exhausted") == nil)
        #expect(!result.passed)
        let failure = try #require(result.verdicts.first?.failure)
        #expect(
            failure.hasSuffix(
                "inline.yaml:\(result.verdicts[0].expectation.location.line):10: expectation failed: reserved: expected at least 1000000, observed \(tally.total.reserved)"
            ))
        #expect(result.verdicts[1].holds)
    }
}
