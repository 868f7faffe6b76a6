import Foundation
import PlateEngine
import PlateRules
import PlateScenarios
import Testing

@testable import PlateSimulation

@Suite("Scripted users")
struct ScriptedRunTests {
    /// This target's own rules, scenarios and change files, laid out as `Scenarios/` is.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    /// A scenario written inline, resolved as if it stood in the fixtures folder.
    static func load(_ body: String) throws -> (Scenario, RuleBook) {
        let text = """
            schema: platelab/scenario/v1
            name: scripted
            rules: regions/hebei-chengde.yaml
            seed: 7
            outside_regions: [elsewhere]
            start: 2026-12-01T08:00
            until: 2026-12-02T23:00
            users:
            \(body)
            """
        let result = ScenarioLoader.load(
            text: text, file: fixtures.appendingPathComponent("inline.yaml").path)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        return (try #require(result.scenario), try #require(result.book))
    }

    /// Phase 1 and the start of phase 2, as most scripts begin.
    static let phaseOne = [
        "{at: 2026-12-01T09:00, choose_office: chengde-main}", "accept_notice", "{submit: {}}",
        "{sms: correct, expect: {stage: service_notes}}", "start_selection",
    ]

    /// The users block for one new-vehicle owner with a small car and these steps.
    static func smallCarOwner(_ name: String, after steps: [String]) -> String {
        (["  - name: \(name)", "    user: new_vehicle_owner", "    vehicle: small_car", "    steps:"]
            + steps.map { "      - \($0)" }).joined(separator: "\n")
    }

    @Test("a scripted user goes through both phases and reserves, each step checked")
    func throughBothPhases() throws {
        let (scenario, book) = try Self.load(
            Self.smallCarOwner(
                "zhang",
                after: Self.phaseOne + [
                    "{sms: correct, expect: {rejected: countdown_running}}",
                    "{after: 10s, sms: correct, expect: {ok: true, stage: self_compose}}",
                    "{after: 8s, compose: [02130, 02131], expect: {reserved: \"02130\", stage: done}}",
                ]))
        let reports = ScriptedRun.run(scenario, book: book)
        #expect(reports.count == 8)
        #expect(reports.allSatisfy { $0.failure == nil }, "\(reports.compactMap(\.failure))")
        #expect(reports.last?.outcome == StepOutcome(ok: true, rejected: nil, reserved: "02130", stage: .done))
        #expect(reports.last?.at == Instant(iso8601: "2026-12-01T09:00:18+08:00"))
    }

    @Test("the smoke scenario's scripted user meets every expectation it states")
    func smokeScript() throws {
        let result = try ScenarioLoader.load(file: Self.fixtures.appendingPathComponent("smoke.yaml").path)
        let reports = ScriptedRun.run(try #require(result.scenario), book: try #require(result.book))
        #expect(reports.count == 7)
        #expect(reports.allSatisfy { $0.failure == nil }, "\(reports.compactMap(\.failure))")
    }

    @Test("a failed expectation names the step, where it was written, and what happened")
    func failedExpectation() throws {
        let (scenario, book) = try Self.load(
            """
              - name: li
                user: new_vehicle_owner
                home: elsewhere
                vehicle: small_car
                steps:
                  - {at: 2026-12-01T09:00, choose_office: chengde-main, expect: {ok: true}}
            """)
        let report = try #require(ScriptedRun.run(scenario, book: book).first)
        #expect(report.outcome == StepOutcome(ok: false, rejected: .localityNotAllowed, reserved: nil, stage: nil))
        #expect(report.failure == "expected success, got rejected locality_not_allowed")
        #expect(report.location.line == 14 && report.user == "li" && report.step == 1)
    }

    @Test("two runs of the same scenario give identical reports")
    func deterministic() throws {
        let (scenario, book) = try Self.load(
            Self.smallCarOwner(
                "wang",
                after: Self.phaseOne + [
                    "{after: 10s, sms: correct}",
                    "{switch_to: random}",
                    "{draw: {without_four: true}}",
                    "{keep_backup: 3}",
                    "{after: 30s, confirm_backup: kept, expect: {ok: true, stage: done}}",
                ]))
        let first = ScriptedRun.run(scenario, book: book)
        let second = ScriptedRun.run(scenario, book: book)
        #expect(first == second)
        #expect(first.allSatisfy { $0.failure == nil }, "\(first.compactMap(\.failure))")
        #expect(first.last?.outcome.reserved.map { !$0.contains("4") } == true)
    }

    @Test(
        "steps can expect what the page shows: quotas left, the keyboard after a prefix, the validity date; and they can fail"
    )
    func pageExpectations() throws {
        let (scenario, book) = try Self.load(
            """
              - name: wang
                user: new_vehicle_owner
                vehicle: small_car
                steps:
                  - {at: 2026-12-01T09:00, choose_office: chengde-main}
                  - accept_notice
                  - {submit: {}}
                  - {sms: correct}
                  - start_selection
                  - {after: 10s, sms: correct, expect: {self_compose_left: 20, draws_left: 5, keys_after: {prefix: "022", keys: "013"}}}
                  - {after: 8s, compose: ["02130"], expect: {reserved: "02130", valid_until: 2026-12-07, self_compose_left: 19}}
            """)
        let reports = ScriptedRun.run(scenario, book: book).filter(\.checked)
        #expect(reports.count == 2)
        #expect(reports[0].failure == nil, "\(reports[0].failure ?? "")")
        // 02130 is free, so one number is used (19 left holds); the validity date is pinned a day short on purpose:
        // reserved
        // Tue 12-01, valid 5 working days counted from the next day, through Tue 12-08.
        #expect(
            reports[1].failure
                == "expected valid until 2026-12-07, got ok, reserved 02130, stage done, 19 self-composed left, valid until 2026-12-08"
        )
    }

    @Test("another vehicle of the same owner shares the account: the owner's blacklisting refuses it")
    func ownerSharesAccount() throws {
        let (scenario, _) = try Self.load(
            """
              - name: first
                user: new_vehicle_owner
                vehicle: small_car
                steps: [{at: 2026-12-01T09:00, choose_office: chengde-main}]
              - name: second
                owner: first
                user: new_vehicle_owner
                vehicle: small_car
                steps: [{at: 2026-12-01T09:10, choose_office: chengde-main}]
            """)
        let sessions = ScriptedRun.sessions(for: scenario, region: "hebei-chengde", seed: 1, firstSubject: 0)
        #expect(sessions[0].account == sessions[1].account)
        #expect(sessions[0].vin != sessions[1].vin)
    }
}
