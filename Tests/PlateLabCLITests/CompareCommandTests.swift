import Foundation
import Testing

@Suite("platelab compare")
struct CompareCommandTests {
    @Test("a rule change against the baseline: same arrivals, labelled columns, differences, one report folder per run")
    func shorterValidity() throws {
        let change = try CLIRunner.temporaryFile(
            name: "validity-3.yaml",
            contents: """
                schema: platelab/changes/v1
                name: validity 3 working days
                set: {reservation.valid_for: 3 working days}
                """)
        let out = RunCommandTests.temporaryFolder()
        let outcome = try CLIRunner.run("compare", "Scenarios/blacklist-wave.yaml", "--changes", change, "--out", out)
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        let report = try RunCommandTests.read(out, "compare.md")
        #expect(report.hasPrefix("# Comparison: Chengde blacklist wave\n"))
        #expect(report.contains("| Measure | Baseline | validity-3 | Δ validity-3 |"))
        #expect(
            report.contains("| applicants | 2400 | 2400 | 0 |"), "common random numbers: the same applicants arrive")
        let lapsed = try #require(report.split(separator: "\n").first { $0.hasPrefix("| lapsed |") })
        #expect(lapsed.contains("| +"), "a shorter validity makes more reservations lapse: \(lapsed)")
        #expect(try RunCommandTests.read(out, "compare.html").contains("id=\"chart-compare-headline\""))
        for folder in ["baseline", "variant-1-validity-3"] {
            #expect(FileManager.default.fileExists(atPath: "\(out)/\(folder)/summary.json"))
        }
    }

    @Test("a variant that breaks an expectation exits 1 and says which run failed")
    func failingVariant() throws {
        let change = try CLIRunner.temporaryFile(
            name: "closed.yaml",
            contents: """
                schema: platelab/changes/v1
                name: no online quota
                set: {self_compose.total: 0, random.draws: 0}
                """)
        let out = RunCommandTests.temporaryFolder()
        let outcome = try CLIRunner.run(
            "compare", "Scenarios/smoke.yaml", "--changes", change, "--out", out, "--junit", out + "/junit.xml")
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("closed: Scenarios/smoke.yaml:"))
        #expect(outcome.stdout.contains("expectation failed: reserved: expected at least 200, observed"))
        let junit = try RunCommandTests.read(out, "junit.xml")
        #expect(
            junit.contains("<testsuite name=\"Chengde smoke — Baseline\"")
                && junit.contains("<testsuite name=\"Chengde smoke — closed\""))
        // compare.md and compare.html list the same failures as standard output, scripted steps included.
        let printed = outcome.stdout.split(separator: "\n").filter { $0.hasPrefix("closed: Scenarios/smoke.yaml:") }
        #expect(printed.contains { $0.contains(": step failed: zhang step ") }, "\(outcome.stdout)")
        let markdown = try RunCommandTests.read(out, "compare.md")
        #expect(markdown.contains("## Failures"))
        for line in printed { #expect(markdown.contains("- " + line + "\n"), "compare.md lacks: \(line)") }
        let html = try RunCommandTests.read(out, "compare.html")
        #expect(html.contains("<ul class=\"failures\">"))
        #expect(!html.contains("✓ PASS"))
    }

    @Test("--rules swaps the whole rule set for a variant, labelled by its file name")
    func swappedRules() throws {
        let rules = try CLIRunner.mutatedCopy(
            of: CLIRunner.chengdeRules, replacing: "valid_for: 5 working days",
            with: "valid_for: 10 working days", name: "chengde-10-days.yaml")
        let out = RunCommandTests.temporaryFolder()
        let outcome = try CLIRunner.run("compare", "Scenarios/blacklist-wave.yaml", "--rules", rules, "--out", out)
        // Ten days to register: fewer lapses than the scenario expects, so that run fails its expectations (exit 1).
        #expect(outcome.status == 1, "\(outcome.stdout)\(outcome.stderr)")
        #expect(outcome.stdout.contains("chengde-10-days: Scenarios/blacklist-wave.yaml:"))
        let report = try RunCommandTests.read(out, "compare.md")
        #expect(report.contains("| Measure | Baseline | chengde-10-days | Δ chengde-10-days |"))
        #expect(report.contains("`platelab run Scenarios/blacklist-wave.yaml --rules \(rules) --seed 20261102`"))
        let lapsed = try #require(report.split(separator: "\n").first { $0.hasPrefix("| lapsed |") })
        #expect(lapsed.contains("| −"), "more time to register means fewer lapses: \(lapsed)")
    }

    @Test("compare needs a variant: exit 64 with a usage message")
    func needsAVariant() throws {
        let outcome = try CLIRunner.run("compare", "Scenarios/smoke.yaml")
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("Give at least one variant: --changes FILE or --rules FILE."))
    }
}
