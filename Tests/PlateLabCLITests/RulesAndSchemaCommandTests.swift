import Foundation
import Testing

@Suite("platelab rules show and schema")
struct RulesAndSchemaCommandTests {
    @Test("rules show prints pool sizes per shape and the dated change in force")
    func rulesShow() throws {
        let base = try CLIRunner.run("rules", "show", CLIRunner.chengdeRules)
        #expect(base.status == 0)
        #expect(base.stdout.contains("Self-compose   20 per vehicle, 5 per confirm, 8s between confirms"))
        #expect(base.stdout.contains("    DDDDD        97,198\n"))
        #expect(base.stdout.contains("    total     1,853,516\n"))
        #expect(base.stdout.contains("example plate: 冀H·"))
        let march = try CLIRunner.run("rules", "show", CLIRunner.chengdeRules, "--at", "2027-03-01")
        #expect(march.stdout.contains("in force from 2027-03-01T00:00:00+08:00 (dated change 1 of 1)"))
        #expect(march.stdout.contains("Self-compose   10 per vehicle"))
        // The keyboard rule, and a region with the other one.
        #expect(
            base.stdout.contains(
                "8s between confirms; keyboard of the published pool (taken numbers typable, refused at confirm)"))
        let shenzhen = try CLIRunner.run("rules", "show", CLIRunner.shenzhenRules)
        #expect(shenzhen.stdout.contains("between confirms; keyboard of available numbers only"))
    }

    @Test("rules show refuses a malformed --at with a usage error")
    func badDate() throws {
        let outcome = try CLIRunner.run("rules", "show", CLIRunner.chengdeRules, "--at", "March")
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--at expects YYYY-MM-DD"))
    }

    @Test("schema rules prints a JSON Schema document")
    func schemaJSON() throws {
        let outcome = try CLIRunner.run("schema", "rules")
        #expect(outcome.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "PlateLab rule set (platelab/rules/v1)")
        #expect((object["properties"] as? [String: Any])?["pools"] != nil)
    }
}

@Suite("platelab on scenarios")
struct ScenarioCommandTests {
    @Test("check accepts the bundled smoke scenario with its rules and change file")
    func checkSmoke() throws {
        let outcome = try CLIRunner.run("check", "Scenarios/smoke.yaml")
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "0 errors, 0 warnings in 1 file\n")
    }

    @Test("a scenario's misspelt metric exits 1 with its location and a did-you-mean")
    func misspeltMetric() throws {
        // The copy lives elsewhere, so its relative paths are pointed back at the repository.
        let scenarios = CLIRunner.repository.appendingPathComponent("Scenarios").path
        let text = try String(contentsOfFile: scenarios + "/smoke.yaml", encoding: .utf8)
            .replacingOccurrences(of: "  applicants: {equals: 301}", with: "  applicant: {equals: 301}")
            .replacingOccurrences(of: "rules: regions/", with: "rules: \(scenarios)/regions/")
            .replacingOccurrences(of: "change_files: [changes/", with: "change_files: [\(scenarios)/changes/")
        let file = try CLIRunner.temporaryFile(name: "metric.yaml", contents: text)
        let outcome = try CLIRunner.run("check", file)
        #expect(outcome.status == 1)
        #expect(
            outcome.stdout.contains("error: expect.applicant: unknown metric 'applicant'; did you mean 'applicants'?"))
        #expect(outcome.stdout.hasSuffix("1 error, 0 warnings in 1 file\n"))
    }

    @Test("schema scenario prints a JSON Schema document")
    func schemaScenario() throws {
        let outcome = try CLIRunner.run("schema", "scenario")
        #expect(outcome.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "PlateLab scenario (platelab/scenario/v1)")
        #expect((object["required"] as? [String])?.contains("rules") == true)
    }
}
