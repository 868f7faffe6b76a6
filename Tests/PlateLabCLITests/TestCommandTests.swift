import Foundation
import Testing

@Suite("platelab test")
struct TestCommandTests {
    /// A case file whose rules are this target's copy of the 承德 rules, with `cases` appended.
    static func caseFile(_ cases: String, name: String = "cases.yaml") throws -> String {
        let rules = CLIRunner.repository.appendingPathComponent(CLIRunner.chengdeRules).path
        return try CLIRunner.temporaryFile(
            name: name,
            contents: """
                schema: platelab/cases/v1
                name: test cases
                rules: \(rules)
                seed: 20261202
                start: 2026-12-02T08:00
                until: 2026-12-03T23:00
                cases:
                \(cases)
                """)
    }

    /// One scripted user reserving `serial` at chengde-main.
    static func reserving(_ serial: String, expect: String) -> String {
        """
              - name: applicant
                user: new_vehicle_owner
                vehicle: small_car
                steps:
                  - {at: 2026-12-02T09:00, choose_office: chengde-main}
                  - accept_notice
                  - {submit: {}}
                  - {sms: correct, expect: {stage: service_notes}}
                  - start_selection
                  - {after: 10s, sms: correct, expect: {stage: self_compose}}
                  - {after: 8s, compose: ["\(serial)"], expect: \(expect)}
        """
    }

    @Test("the bundled cases pass: a line per case and the count, exit 0; benchmarks are skipped unless named")
    func bundledCases() throws {
        let outcome = try CLIRunner.run("test", "Scenarios/")
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.contains("PASS  Scenarios/cases/phase-1.yaml: VIN of another account"))
        #expect(lines.contains("PASS  Scenarios/smoke.yaml: Chengde smoke"))
        #expect(lines.contains { $0.hasPrefix("SKIP  Scenarios/bench/applicants-1m.yaml: a benchmark") })
        let passed = lines.filter { $0.hasPrefix("PASS  ") }.count
        #expect(lines.last == "\(passed) passed, 0 failed")
    }

    @Test("each case has a world of its own: two cases reserve the same number")
    func casesAreIsolated() throws {
        let file = try Self.caseFile(
            """
              - name: first
                users:
            \(Self.reserving("02130", expect: "{reserved: \"02130\"}"))
              - name: second
                users:
            \(Self.reserving("02130", expect: "{reserved: \"02130\"}"))
            """)
        let outcome = try CLIRunner.run("test", file)
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        #expect(outcome.stdout.hasSuffix("2 passed, 0 failed\n"))
    }

    @Test(
        "a failing case: exit 1, file:line, expected and observed, the command that runs it alone; --case and --junit")
    func failingCase() throws {
        let file = try Self.caseFile(
            """
              - name: passes
                users:
            \(Self.reserving("02130", expect: "{reserved: \"02130\"}"))
              - name: wrong number
                users:
            \(Self.reserving("02131", expect: "{reserved: \"02130\"}"))
            """, name: "failing.yaml")
        let junit = RunCommandTests.temporaryFolder() + "-junit.xml"
        let outcome = try CLIRunner.run("test", file, "--junit", junit)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("PASS  \(file): passes\nFAIL  \(file): wrong number\n"))
        #expect(
            outcome.stdout.contains(
                "\(file):33:13: step failed: applicant step 7: expected to reserve 02130, got ok, reserved 02131, stage done"
            ), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("      reproduce: platelab test \(file) --case 'wrong number'\n"))
        #expect(outcome.stdout.hasSuffix("1 passed, 1 failed\n"))
        let xml = try String(contentsOfFile: junit, encoding: .utf8)
        #expect(xml.contains("<testsuites name=\"platelab test\" tests=\"2\" failures=\"1\">"))
        #expect(xml.contains("name=\"wrong number\">\n      <failure message="))
        let alone = try CLIRunner.run("test", file, "--case", "wrong number")
        #expect(alone.status == 1 && alone.stdout.hasSuffix("0 passed, 1 failed\n"))
        #expect(try CLIRunner.run("test", file, "--case", "nothing like it").status == 2)
    }

    @Test("an invalid case file exits 2 with its findings: unknown keys with a did-you-mean, repeated case names")
    func invalidCaseFile() throws {
        let file = try Self.caseFile(
            """
              - name: twice
                userz: []
              - name: twice
                users:
            \(Self.reserving("02130", expect: "{reserved: \"02130\"}"))
            """, name: "invalid.yaml")
        let outcome = try CLIRunner.run("test", file)
        #expect(outcome.status == 2)
        #expect(
            outcome.stderr.contains("\(file):9:5: error: cases[0].userz: unknown key 'userz'; did you mean 'users'?"),
            "\(outcome.stderr)")
        #expect(outcome.stderr.contains("error: cases[1].name: case name 'twice' is used twice"))
        let check = try CLIRunner.run("check", file)
        #expect(check.status == 1 && check.stdout.contains("unknown key 'userz'"))
    }

    @Test("a file in a folder that does not read as YAML is reported, not skipped: exit 2")
    func brokenFileInFolder() throws {
        let good = try Self.caseFile(
            """
              - name: fine
                users:
            \(Self.reserving("02130", expect: "{reserved: \"02130\"}"))
            """, name: "good.yaml")
        let folder = (good as NSString).deletingLastPathComponent
        try "schema: platelab/cases/v1\ncases:\n  - name: a: b\n".write(
            toFile: folder + "/broken.yaml", atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run("test", folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("broken.yaml:3:"), "\(outcome.stderr)")
        #expect(outcome.stdout.contains("PASS  \(folder)/good.yaml: fine"))
        #expect(outcome.stdout.hasSuffix("1 passed, 0 failed; some files are invalid (above) and did not run\n"))
    }
}
