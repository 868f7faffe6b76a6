import Foundation
import Testing

@Suite("platelab rules show and schema")
struct RulesAndSchemaCommandTests {
    @Test("rules show prints pool sizes per shape and the dated change in force")
    func rulesShow() throws {
        let base = try CLIRunner.run("rules", "show", "Scenarios/regions/hebei-chengde.yaml")
        #expect(base.status == 0)
        #expect(base.stdout.contains("Self-compose   20 per vehicle, 5 per confirm, 8s between confirms"))
        #expect(base.stdout.contains("    DDDDD        97,198\n"))
        #expect(base.stdout.contains("    total     1,853,516\n"))
        #expect(base.stdout.contains("example plate: 冀H·"))
        let march = try CLIRunner.run("rules", "show", "Scenarios/regions/hebei-chengde.yaml", "--at", "2027-03-01")
        #expect(march.stdout.contains("in force from 2027-03-01T00:00:00+08:00 (dated change 1 of 1)"))
        #expect(march.stdout.contains("Self-compose   10 per vehicle"))
    }

    @Test("rules show refuses a malformed --at with a usage error")
    func badDate() throws {
        let outcome = try CLIRunner.run("rules", "show", "Scenarios/regions/hebei-chengde.yaml", "--at", "March")
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
