import Foundation
import PlateEngine
import PlateRules
import PlateScenarios
import Testing

@testable import PlateSimulation

/// Self-compose as the platform runs it: numbers typed in simulated time on the published-pool keyboard,
/// confirms that find all N taken, and quotas that bind. Asserted on runs, not on golden bytes.
@Suite("Scenario runner: self-compose contention")
struct SelfComposeContentionTests {
    static func yearEndRush(changes: String? = nil) throws -> RunResult {
        let file = ScriptedRunTests.fixtures.appendingPathComponent("chengde-year-end-rush.yaml").path
        var text = try String(contentsOfFile: file, encoding: .utf8)
        if let changes {
            text = text.replacingOccurrences(
                of: "rules: regions/hebei-chengde.yaml", with: "rules: regions/hebei-chengde.yaml\nchanges: \(changes)")
        }
        let loaded = ScenarioLoader.load(text: text, file: file)
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.map(\.description))")
        return ScenarioRunner.run(try #require(loaded.scenario), book: try #require(loaded.book))
    }

    @Test("in the year-end rush confirms find all N taken and applicants use more than N numbers")
    func theRushShowsContention() throws {
        let tally = try Self.yearEndRush().tally
        let s = tally.total.selfCompose
        #expect(s.allTaken > 0 && s.allTaken < s.confirms, "\(s)")
        #expect(tally.rejections["all_taken"] == s.allTaken)
        let perConfirm = 5
        #expect(tally.selfComposeUse.contains { $0.key > perConfirm && $0.value > 0 }, "\(tally.selfComposeUse)")
        #expect((tally.selfComposeUse[20] ?? 0) > 0, "some use the whole quota")
        #expect(tally.total.movedToRandom > 0 && tally.total.reservedRandom > 0)
        // Success by attempt is counted per vehicle: every attempt after the first follows an all-taken one.
        for k in 1..<s.confirmsAtAttempt.count {
            #expect(s.confirmsAtAttempt[k] <= s.confirmsAtAttempt[k - 1] - s.reservedAtAttempt[k - 1])
        }
    }

    @Test("a lower self-compose quota moves reservations from self-compose to random")
    func theQuotaBinds() throws {
        let baseline = try Self.yearEndRush().tally.total
        let quota10 = try Self.yearEndRush(changes: "{self_compose.total: 10}").tally.total
        #expect(quota10.reservedSelfCompose < baseline.reservedSelfCompose, "\(baseline) vs \(quota10)")
        #expect(quota10.reservedRandom > baseline.reservedRandom)
        #expect(quota10.movedToRandom > baseline.movedToRandom)
        #expect(quota10.selfCompose.confirms < baseline.selfCompose.confirms)
    }

    @Test("one number per confirm changes the self-composed and random reservations")
    func numbersPerConfirmMatter() throws {
        let baseline = try Self.yearEndRush().tally.total
        let one = try Self.yearEndRush(changes: "{self_compose.per_confirm: 1}").tally.total
        #expect(one.reservedSelfCompose != baseline.reservedSelfCompose, "\(baseline) vs \(one)")
        #expect(one.reservedRandom != baseline.reservedRandom)
        #expect(one.selfCompose.triedPerConfirm.count == 1, "every confirm tried one number")
    }

    /// One small cohort on a pool that starts mostly taken; `wants` and `typing` as given.
    static func cohort(
        wants: String, typing: String, keyboard: String = "published", mode: String = "self_compose_only"
    ) throws -> (Scenario, RuleBook) {
        try ScenarioRunnerTests.load(
            population: """
                  - cohort: typists
                    count: 60
                    user: new_vehicle_owner
                    vehicle: small_car
                    office: chengde-main
                    arrivals: {burst_on: 2026-12-02, pattern: office_hours}
                    mode: \(mode)
                    think: {min: 1s, max: 1s}
                    typing: \(typing)
                    wants: \(wants)
                    registers: {share: 1, within: 1 working days}
                """, changes: "{self_compose.keyboard: \(keyboard), self_compose.per_confirm: 3}",
            until: "2026-12-02T23:00",
            pools: "pools: [{pool: small-car, office: chengde-main, published: 2, taken: 0.8}]")
    }

    /// Each session's events in order.
    static func sessions(_ scenario: Scenario, _ book: RuleBook) -> [ApplicationID: [EngineEvent]] {
        var events: [ApplicationID: [EngineEvent]] = [:]
        _ = ScenarioRunner.run(
            scenario, book: book,
            onEvent: { event in
                switch event.kind {
                case .identityConfirmed(let id), .selfComposeConfirmed(let id, _): events[id, default: []].append(event)
                default: break
                }
            })
        return events
    }

    @Test("typing takes simulated time: a confirm comes after the think time and every number's typing time")
    func typingTakesTime() throws {
        let (scenario, book) = try Self.cohort(wants: "{}", typing: "{per_number: {min: 20s, max: 20s}}")
        var checked = 0
        for (_, events) in Self.sessions(scenario, book) {
            guard let identity = events.first, case .identityConfirmed = identity.kind,
                events.count > 1, case .selfComposeConfirmed(_, let first) = events[1].kind
            else { continue }
            // Reads the page for 1 s, types three numbers at 20 s each; the 8 s countdown ended long before.
            #expect(
                events[1].at.secondsSinceEpoch - identity.at.secondsSinceEpoch == 1 + 20 * Int64(first.entered.count))
            #expect(first.entered.count == 3)
            checked += 1
        }
        #expect(checked > 50)
    }

    @Test("no applicant enters a number twice, across all its confirms")
    func newIntentionsAfterAllTaken() throws {
        let (scenario, book) = try Self.cohort(wants: "{popularity: 3}", typing: "{per_key: {min: 1s, max: 2s}}")
        var lost = 0
        for (_, events) in Self.sessions(scenario, book) {
            var entered: [String] = []
            for event in events {
                guard case .selfComposeConfirmed(_, let confirm) = event.kind else { continue }
                entered += confirm.entered
                if confirm.allTaken { lost += 1 }
            }
            #expect(Set(entered).count == entered.count, "\(entered)")
        }
        #expect(lost > 10, "popular numbers on a mostly taken pool should often be all taken")
    }

    @Test("a keyboard of available numbers leaves fewer confirms all taken than the published-pool keyboard")
    func theKeyboardRuleMatters() throws {
        func allTakenShare(_ keyboard: String) throws -> Double {
            let (scenario, book) = try Self.cohort(
                wants: "{}", typing: "{per_key: {min: 1s, max: 2s}}", keyboard: keyboard)
            return ScenarioRunner.run(scenario, book: book).tally.total.selfCompose.allTakenShare ?? 0
        }
        let published = try allTakenShare("published")
        let available = try allTakenShare("available")
        #expect(published > 0.3, "\(published)")
        #expect(available < published / 2, "available \(available) vs published \(published)")
    }

    @Test("an exact wish the pool does not offer falls back on the keyboard instead of ending the session")
    func unofferedWishesFallBack() throws {
        let (scenario, book) = try Self.cohort(
            wants: "{exact: [Z9999, \"99999\"]}", typing: "{per_key: {min: 1s, max: 1s}}",
            mode: "self_compose_then_random")
        let tally = ScenarioRunner.run(scenario, book: book).tally
        #expect(tally.total.reserved == tally.total.identityConfirmed, "\(tally.total)")
        #expect(tally.total.reservedSelfCompose > 0)
        #expect(tally.rejections["not_in_pool"] == nil && tally.rejections["not_offered"] == nil, "\(tally.rejections)")
    }
}
