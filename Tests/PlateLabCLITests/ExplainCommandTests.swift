import Foundation
import Testing

@Suite("platelab explain")
struct ExplainCommandTests {
    @Test("a scripted user's trace: each decision with its instant and the rule values read, with the file and line that set them")
    func scriptedUser() throws {
        let outcome = try CLIRunner.run("explain", "Scenarios/smoke.yaml", "--user", "zhang")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "scripted user zhang (account script:zhang) in Chengde smoke, seed 20261201")
        #expect(lines.contains { $0.hasSuffix("reserved 冀H·02130 by self_compose, valid through 2026-12-08") })
        // The quota comes from the change file, the per-confirm count from the scenario's inline change.
        #expect(lines.contains("    rule self_compose.total = 10  (Scenarios/changes/quota-10.yaml:5)"))
        #expect(lines.contains("    rule self_compose.per_confirm = 3  (Scenarios/smoke.yaml:9)"))
        #expect(lines.contains { $0.hasPrefix("    rule reservation.valid_for = 5 working days  (Scenarios/regions/hebei-chengde.yaml:") })
    }

    @Test("a simulated applicant by number; an unknown one or none exits with a clear message")
    func simulatedApplicant() throws {
        let outcome = try CLIRunner.run("explain", "Scenarios/smoke.yaml", "--applicant", "7")
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("applicant 7 of cohort 'local owners' (account u7) in Chengde smoke, seed 20261201\n"))
        #expect(outcome.stdout.contains(" entered the hebei-chengde platform\n"))
        let missing = try CLIRunner.run("explain", "Scenarios/smoke.yaml", "--applicant", "300")
        #expect(missing.status == 2)
        #expect(missing.stderr == "Scenarios/smoke.yaml: no applicant 300; the population has 300 (0-299)\n")
        let typo = try CLIRunner.run("explain", "Scenarios/smoke.yaml", "--user", "zhnag")
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("no scripted user 'zhnag'; did you mean 'zhang'?"))
        #expect(try CLIRunner.run("explain", "Scenarios/smoke.yaml").status == 64)
    }
}
