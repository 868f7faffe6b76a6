import Foundation
import Testing
@testable import PlateRules

@Suite("Scenario loading")
struct ScenarioLoaderTests {
    static var smokePath: String { FixtureFiles.repository.appendingPathComponent("Scenarios/smoke.yaml").path }

    /// The 1-based line of the smoke scenario that starts with `prefix`.
    func line(startingWith prefix: String) throws -> Int {
        let lines = try String(contentsOfFile: Self.smokePath, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.hasPrefix(prefix) }) + 1
    }

    /// The smoke scenario with one text replaced, loaded as if it stood beside the original.
    func mutated(_ old: String, _ new: String) throws -> ScenarioLoader.Result {
        let text = try String(contentsOfFile: Self.smokePath, encoding: .utf8)
        #expect(text.contains(old), "smoke.yaml no longer contains \(old)")
        return ScenarioLoader.load(text: text.replacingOccurrences(of: old, with: new), file: Self.smokePath)
    }

    @Test("the bundled smoke scenario loads with its rules, change file and inline changes merged")
    func smokeLoads() throws {
        let result = try ScenarioLoader.load(file: Self.smokePath)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let rules = try #require(result.book).base
        #expect(rules.selfCompose.total == 10)       // from changes/quota-10.yaml
        #expect(rules.selfCompose.perConfirm == 3)   // from the inline changes
        #expect(result.document?["population"]?.items?.first?["mode"]?.scalar == "self_compose_then_random")
    }

    @Test("a misspelt bare step gets a did-you-mean")
    func bareStepTypo() throws {
        let result = try mutated("      - accept_notice", "      - accept_notise")
        #expect(result.diagnostics.contains { $0.path == "users[0].steps[1]" && $0.message.hasSuffix("did you mean 'accept_notice'?") })
        #expect(result.document == nil)
    }

    @Test("a step names exactly one action")
    func oneActionPerStep() throws {
        let result = try mutated("{after: 8s, compose: [A6868, A1234], expect: {ok: true}}", "{after: 8s, compose: [A6868], draw: {}}")
        #expect(result.diagnostics.map(\.message).contains("a step names one action, found compose and draw"))
    }

    @Test("expectation metrics are checked against the scenario's pools and cohorts")
    func metrics() throws {
        let typo = try mutated("  reserved: {at_least: 200}", "  reserverd: {at_least: 200}")
        #expect(typo.diagnostics.contains { $0.path == "expect.reserverd" && $0.message.hasPrefix("unknown metric 'reserverd'; did you mean 'reserved'?") })
        let pool = try mutated("  pool.small-car.exhausted: false", "  pool.small-cat.exhausted: false")
        #expect(pool.diagnostics.map(\.message).contains("no pool 'small-cat'; did you mean 'small-car'?"))
        #expect(ScenarioMetrics.problem(with: "cohort.local owners.reserved", pools: [], cohorts: ["local owners"]) == nil)
        #expect(ScenarioMetrics.problem(with: "rejected.all_taken", pools: [], cohorts: []) == nil)
    }

    @Test("references into the rule set are checked, with line and column")
    func references() throws {
        let result = try mutated("  - {pool: small-car, published: 40, taken: 0.5}", "  - {pool: small-cars, published: 40, taken: 1.5}")
        let pool = try #require(result.diagnostics.first { $0.path == "pools[0].pool" })
        let poolLine = try line(startingWith: "  - {pool:")
        #expect(pool.location.line == poolLine && pool.location.column == 12)
        #expect(pool.message.hasPrefix("unknown pool 'small-cars'; did you mean 'small-car'?"))
        #expect(result.diagnostics.contains { $0.path == "pools[0].taken" && $0.message == "expected a share from 0 to 1 such as 0.93, found \"1.5\"" })
    }

    @Test("a missing rule file and a bad inline change are located in the scenario")
    func rulesAndChanges() throws {
        let missing = try mutated("rules: regions/hebei-chengde.yaml", "rules: regions/nowhere.yaml")
        let rulesLine = try line(startingWith: "rules:")
        #expect(missing.diagnostics.contains { $0.path == "rules" && $0.message == "cannot read the rule set: no such file" && $0.location.line == rulesLine })
        let change = try mutated("changes: {self_compose.per_confirm: 3}", "changes: {self_compose.per_confrm: 3}")
        let finding = try #require(change.diagnostics.first { $0.path == "self_compose.per_confrm" })
        let changesLine = try line(startingWith: "changes:")
        #expect(finding.location.file == Self.smokePath && finding.location.line == changesLine)
        #expect(finding.message.contains("did you mean 'per_confirm'?"))
    }

    @Test("a scenario that ends before it starts is refused")
    func period() throws {
        let result = try mutated("until: 2026-12-03T23:00", "until: 2026-11-30T23:00")
        #expect(result.diagnostics.map(\.message).contains("the scenario ends (2026-11-30T23:00) before it starts (2026-12-01T08:00)"))
    }
}
