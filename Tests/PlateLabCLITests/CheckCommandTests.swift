import Foundation
import Testing

@Suite("platelab check")
struct CheckCommandTests {
    @Test("the bundled rule sets are clean: exit 0")
    func bundledClean() throws {
        let outcome = try CLIRunner.run(
            "check", CLIRunner.chengdeRules, CLIRunner.shenzhenRules)
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "0 errors, 0 warnings in 2 files\n")
    }

    @Test("a misspelt key exits 1 naming file, line, column and the right key, word for word")
    func misspeltKey() throws {
        let file = try CLIRunner.mutatedCopy(
            of: CLIRunner.chengdeRules, replacing: "\nself_compose:\n",
            with: "\nself_compse:\n", name: "misspelt.yaml")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let line =
            try #require(
                text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "self_compse:" }) + 1
        let outcome = try CLIRunner.run("check", file)
        #expect(outcome.status == 1)
        #expect(
            outcome.stdout == """
                \(file):\(line):1: error: self_compse: unknown key 'self_compse'; did you mean 'self_compose'? \
                Allowed here: schema, region, offices, notice, service_hours, calendar, locality, verification, self_compose, \
                random, reservation, blacklist, pools, changes, reference.
                1 error, 0 warnings in 1 file

                """)
    }

    @Test("warnings alone exit 0, or 1 with --strict")
    func warningsAndStrict() throws {
        let file = try CLIRunner.mutatedCopy(
            of: CLIRunner.chengdeRules, replacing: "backup_expires: 180s",
            with: "backup_expires: 60s", name: "doubtful.yaml")
        let relaxed = try CLIRunner.run("check", file)
        #expect(relaxed.status == 0)
        #expect(
            relaxed.stdout.contains(
                "warning: random.backup_expires: a backup expires (60s) before the batch it was kept from (90s)"))
        #expect(try CLIRunner.run("check", "--strict", file).status == 1)
    }

    @Test("an unreadable file exits 2")
    func unreadable() throws {
        let outcome = try CLIRunner.run("check", "Scenarios/regions/no-such-region.yaml")
        #expect(outcome.status == 2)
        #expect(outcome.stdout.hasPrefix("Scenarios/regions/no-such-region.yaml: error: cannot read: no such file\n"))
    }

    @Test("a file without a schema line says which schemas exist")
    func missingSchema() throws {
        let file = try CLIRunner.mutatedCopy(
            of: CLIRunner.chengdeRules, replacing: "schema: platelab/rules/v1",
            with: "", name: "noschema.yaml")
        let outcome = try CLIRunner.run("check", file)
        #expect(outcome.status == 1)
        #expect(
            outcome.stdout.contains(
                "error: missing 'schema:' line; a PlateLab file starts with one of: schema: platelab/rules/v1"))
    }

    @Test("an overlay given with --changes is checked against the rule set, errors pointing into the overlay")
    func overlayAgainstRules() throws {
        let path = try CLIRunner.temporaryFile(
            name: "quota.yaml", contents: "schema: platelab/changes/v1\nset:\n  self_compose.per_confirm: 30\n")
        let outcome = try CLIRunner.run("check", CLIRunner.chengdeRules, "--changes", path)
        #expect(outcome.status == 1)
        #expect(
            outcome.stdout.contains(
                "\(path):3:29: error: self_compose.per_confirm: 30 numbers per confirm exceed the self-compose total of 20"
            ))
    }

    @Test("wrong usage exits 64")
    func usage() throws {
        #expect(try CLIRunner.run("check").status == 64)
    }
}

@Suite("platelab check on odd inputs")
struct OddInputTests {
    @Test("a device named as a file is refused, not read forever", arguments: ["/dev/zero", "/dev/null"])
    func devices(path: String) throws {
        let outcome = try CLIRunner.run("check", path)
        #expect(outcome.status == 2)
        #expect(outcome.stdout.hasPrefix("\(path): error: cannot read: not a regular file\n"))
    }

    @Test("a scenario naming a device as its rules gets a located error")
    func scenarioNamingADevice() throws {
        let file = try CLIRunner.mutatedCopy(
            of: "Scenarios/smoke.yaml", replacing: "rules: regions/hebei-chengde.yaml",
            with: "rules: /dev/zero", name: "device.yaml")
        let outcome = try CLIRunner.run("check", file)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("error: rules: cannot read the rule set /dev/zero: not a regular file"))
    }
}
