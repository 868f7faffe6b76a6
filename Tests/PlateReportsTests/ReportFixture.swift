import Foundation
import PlateEngine
import PlateRules
import PlateScenarios
import PlateSimulation
import PlateStudies
import Testing

@testable import PlateReports

/// A small run with something in every chart: a squeezed pool that gets new segments, lapses and
/// blacklist hits, a scripted user, one expectation that holds and one that fails.
enum ReportFixture {
    /// This target's own rules, scenarios and change files (`Fixtures/`, laid out as `Scenarios/` is).
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    /// The fixture file that reports show as `shown` (`Scenarios/…`, the folder a user's run names).
    static func file(_ shown: String) -> String {
        precondition(shown.hasPrefix("Scenarios/"), "fixtures are named as under Scenarios/")
        return fixtures.appendingPathComponent(String(shown.dropFirst("Scenarios/".count))).path
    }

    /// The scenario's name: markup characters that must come out escaped.
    static let name = "Pools <&> \"rush\" 'test'"

    static let text = """
        schema: platelab/scenario/v1
        name: '\(name.replacingOccurrences(of: "'", with: "''"))'
        description: "Squeezed <b>small-car</b> pool & late registrants."
        rules: regions/hebei-chengde.yaml
        seed: 5
        start: 2026-12-01T08:00
        until: 2026-12-14T23:00
        pools:
          - {pool: small-car, published: 3, taken: 0.9}
        population:
          - cohort: owners
            count: 240
            user: new_vehicle_owner
            vehicle: small_car
            arrivals: {per_day: 60, pattern: office_hours}
            wants: {lucky_digits: "68", avoid_digits: "4"}
            think: {min: 2s, max: 20s}
            mistakes: {wrong_sms: 0.05, missed_countdown: 0.1}
            registers: {share: 0.6, within: 10 working days}
            returns_when_blacklisted: 0.5
        users:
          - name: zhang
            user: new_vehicle_owner
            vehicle: small_car
            vin: LFV3A23C7K3012345
            certificate: WAC123456789012
            steps:
              - {at: 2026-12-01T09:00, choose_office: chengde-main}
              - accept_notice
              - {submit: {vin: LFV3A23C7K3012345, certificate: WAC123456789012}}
              - {sms: correct, expect: {stage: service_notes}}
        expect:
          applicants: 241
          lapsed: {at_most: 0}
        """

    /// Loads `text` as if it stood in the fixtures folder (shown as `Scenarios/inline.yaml`), runs it, and gives what the reports need.
    static func run() throws -> (RunResult, RunProvenance, UTCOffset) {
        let shown = "Scenarios/inline.yaml"
        let path = file(shown)
        let loaded = ScenarioLoader.load(text: text, file: path)
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.map(\.description))")
        let scenario = try #require(loaded.scenario)
        let book = try #require(loaded.book)
        let result = ScenarioRunner.run(scenario, book: book)
        let provenance = RunProvenance(
            scenarioFile: shown, book: book, scenarioChangeFiles: scenario.changeFiles,
            inlineChanges: false, extraChangeFiles: [], seed: result.seed,
            command: "platelab run \(shown)")
        return (result, provenance, book.base.region.utcOffset)
    }
}
