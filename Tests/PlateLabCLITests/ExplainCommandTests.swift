import Foundation
import Testing

@Suite("platelab explain")
struct ExplainCommandTests {
    @Test(
        "a scripted user's trace: each decision with its instant and the rule values read, with the file and line that set them"
    )
    func scriptedUser() throws {
        let outcome = try CLIRunner.run("explain", "Scenarios/smoke.yaml", "--user", "zhang")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "scripted user zhang (account script:zhang) in Chengde smoke, seed 20261201")
        #expect(lines.contains { $0.hasSuffix("reserved 冀H·02130 by self_compose, valid through 2026-12-08") })
        // The quota comes from the change file, the per-confirm count from the scenario's inline change.
        #expect(lines.contains("    rule self_compose.total = 10  (Scenarios/changes/quota-10.yaml:5)"))
        #expect(lines.contains("    rule self_compose.per_confirm = 3  (Scenarios/smoke.yaml:9)"))
        #expect(
            lines.contains {
                $0.hasPrefix("    rule reservation.valid_for = 5 working days  (Scenarios/regions/hebei-chengde.yaml:")
            })
        // The deadline counts working days: the calendar's make-up days are among the values it read.
        #expect(lines.contains { $0.hasPrefix("    rule calendar.extra_workdays = [2026-10-10, ") })
        // The office chosen, with its entry in the rules.
        #expect(lines.contains { $0.hasSuffix(" chose office chengde-main for a small car") })
        #expect(lines.contains { $0.hasPrefix("    rule offices[chengde-main] = {id: chengde-main, ") })
    }

    @Test("a case of a case file, refusals in words with the region's local time")
    func caseInWords() throws {
        let outcome = try CLIRunner.run(
            "explain", "Scenarios/cases/service-hours.yaml", "--case", "start at night, again at 08:00",
            "--user", "hours_night_start")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(
            outcome.stdout.contains(
                "+08:00  A1 refused: outside service hours; opens 2026-12-03 08:00 (outside_service_hours)\n"),
            "\(outcome.stdout)")
        #expect(!outcome.stdout.contains("Optional("))
        let noCase = try CLIRunner.run("explain", "Scenarios/cases/service-hours.yaml", "--user", "hours_night_start")
        #expect(noCase.status == 2)
        #expect(
            noCase.stderr.contains(
                "is a case file: name one of its cases with --case. Cases: start at night, again at 08:00, a confirm at closing time"
            ))
    }

    @Test("a simulated applicant by number; an unknown one or none exits with a clear message")
    func simulatedApplicant() throws {
        let outcome = try CLIRunner.run("explain", "Scenarios/smoke.yaml", "--applicant", "7")
        #expect(outcome.status == 0)
        #expect(
            outcome.stdout.hasPrefix(
                "applicant 7 of cohort 'local owners' (account u7) in Chengde smoke, seed 20261201\n"))
        #expect(outcome.stdout.contains(" entered the hebei-chengde platform\n"))
        let missing = try CLIRunner.run("explain", "Scenarios/smoke.yaml", "--applicant", "300")
        #expect(missing.status == 2)
        #expect(missing.stderr == "Scenarios/smoke.yaml: no applicant 300; 300 applicants arrive in this run (0-299)\n")
        let typo = try CLIRunner.run("explain", "Scenarios/smoke.yaml", "--user", "zhnag")
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("no scripted user 'zhnag'; did you mean 'zhang'?"))
        #expect(try CLIRunner.run("explain", "Scenarios/smoke.yaml").status == 64)
    }
}
