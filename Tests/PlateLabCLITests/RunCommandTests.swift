import Foundation
import Testing

@Suite("platelab run")
struct RunCommandTests {
    /// A temporary copy of the smoke scenario with `old` replaced, its relative paths made absolute.
    static func smokeCopy(replacing old: String, with new: String) throws -> String {
        let scenarios = CLIRunner.repository.appendingPathComponent("Scenarios").path
        var text = try String(
            contentsOf: CLIRunner.repository.appendingPathComponent("Scenarios/smoke.yaml"), encoding: .utf8)
        precondition(text.contains(old), "smoke.yaml no longer contains \(old)")
        text = text.replacingOccurrences(of: old, with: new)
            .replacingOccurrences(of: "rules: regions/", with: "rules: \(scenarios)/regions/")
            .replacingOccurrences(of: "change_files: [changes/", with: "change_files: [\(scenarios)/changes/")
        return try CLIRunner.temporaryFile(name: "smoke.yaml", contents: text)
    }

    static func temporaryFolder() -> String {
        Scratch.path("run").path
    }

    static func read(_ folder: String, _ name: String) throws -> String {
        try String(contentsOfFile: (folder as NSString).appendingPathComponent(name), encoding: .utf8)
    }

    @Test("the smoke scenario passes: exit 0, a one-line result, and every report written")
    func smokePasses() throws {
        let out = Self.temporaryFolder()
        let outcome = try CLIRunner.run("run", "Scenarios/smoke.yaml", "--out", out, "--junit", out + "/junit.xml")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("Chengde smoke (seed 20261201): 301 applicants, "))
        #expect(outcome.stdout.hasSuffix("all 7 checks hold; reports in \(out)/\n"))
        for file in ["summary.json", "report.md", "report.html", "data/chart-funnel.csv", "events.csv", "junit.xml"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + file), "\(file) missing")
        }
        let summary = try Self.read(out, "summary.json")
        #expect(summary.hasPrefix("{\n  \"schema\": \"platelab/summary/v2\","))
        #expect(summary.contains("\"command\": \"platelab run Scenarios/smoke.yaml --seed 20261201\""))
        let junit = try Self.read(out, "junit.xml")
        #expect(junit.contains("<testsuite name=\"Chengde smoke\" tests=\"7\" failures=\"0\" errors=\"0\">"))
    }

    @Test("a broken expectation exits 1 and says where it was written and what was observed")
    func brokenExpectation() throws {
        let file = try Self.smokeCopy(replacing: "reserved: {at_least: 200}", with: "reserved: {at_least: 100000}")
        let out = Self.temporaryFolder()
        let outcome = try CLIRunner.run("run", file, "--out", out, "--junit", out + "/junit.xml", "--no-events")
        #expect(outcome.status == 1)
        let line =
            try #require(
                try String(contentsOfFile: file, encoding: .utf8).split(
                    separator: "\n", omittingEmptySubsequences: false
                )
                .firstIndex { $0.contains("at_least: 100000") }) + 1
        #expect(
            outcome.stdout.hasPrefix(
                "\(file):\(line):3: expectation failed: reserved: expected at least 100000, observed 301\n"))
        #expect(outcome.stdout.hasSuffix("1 of 7 checks failed; reports in \(out)/\n"))
        #expect(!FileManager.default.fileExists(atPath: out + "/events.csv"))
        let junit = try Self.read(out, "junit.xml")
        #expect(junit.contains("failures=\"1\""))
        #expect(
            junit.contains(
                "<failure message=\"\(file):\(line):3: expectation failed: reserved: expected at least 100000, observed 301\""
            ))
    }

    @Test("an invalid scenario exits 2 with every problem and runs nothing; a missing one exits 2")
    func invalidInput() throws {
        let file = try Self.smokeCopy(replacing: "count: 300", with: "count: lots")
        let out = Self.temporaryFolder()
        let outcome = try CLIRunner.run("run", file, "--out", out)
        #expect(outcome.status == 2)
        #expect(
            outcome.stderr.contains("population[0].count: expected a whole number from 1 to 10000000, found \"lots\""))
        #expect(outcome.stderr.hasSuffix("\(file): not run: the scenario or its rules have errors\n"))
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try CLIRunner.run("run", "Scenarios/no-such.yaml").status == 2)
    }

    @Test("--changes and --seed go into the run, the effective rules' digest and the command that reproduces it")
    func changesAndSeed() throws {
        let change = try CLIRunner.temporaryFile(
            name: "shorter.yaml",
            contents: """
                schema: platelab/changes/v1
                name: shorter validity
                set: {reservation.valid_for: 3 working days}
                """)
        let plain = Self.temporaryFolder()
        let changed = Self.temporaryFolder()
        #expect(try CLIRunner.run("run", "Scenarios/smoke.yaml", "--out", plain, "--no-events").status == 0)
        let outcome = try CLIRunner.run(
            "run", "Scenarios/smoke.yaml", "--out", changed, "--no-events", "--seed", "7", "--changes", change)
        #expect(outcome.status == 0, "\(outcome.stdout)")
        let summary = try Self.read(changed, "summary.json")
        #expect(summary.contains("\"command\": \"platelab run Scenarios/smoke.yaml --changes \(change) --seed 7\""))
        #expect(summary.contains("\"seed\": 7,"))
        #expect(
            summary.contains(
                "\"changes\": [\"Scenarios/changes/quota-10.yaml\", \"inline changes of Scenarios/smoke.yaml\", \"\(change)\"]"
            ))
        let digest = { (text: String) in text.split(separator: "\n").first { $0.contains("rules_sha256") } }
        let plainSummary = try Self.read(plain, "summary.json")
        #expect(digest(summary) != nil && digest(summary) != digest(plainSummary))
    }

    @Test("two runs with the same seed write byte-identical files")
    func byteIdentical() throws {
        let first = Self.temporaryFolder()
        let second = Self.temporaryFolder()
        for out in [first, second] {
            #expect(
                try CLIRunner.run("run", "Scenarios/smoke.yaml", "--out", out, "--junit", out + "/junit.xml").status
                    == 0)
        }
        for file in ["summary.json", "report.md", "report.html", "data/table-days.csv", "events.csv", "junit.xml"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: first + "/" + file))
            let b = try Data(contentsOf: URL(fileURLWithPath: second + "/" + file))
            #expect(a == b && !a.isEmpty, "\(file) differs between runs")
        }
    }

    @Test(
        "every bundled scenario reproduces its committed reports byte for byte (golden files)",
        arguments: BundledScenarios.names)
    func golden(_ name: String) throws {
        let out = Self.temporaryFolder()
        let outcome = try CLIRunner.run("run", "Scenarios/\(name).yaml", "--out", out, "--no-events")
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        for file in ["summary.json", "report.md", "report.html"] {
            let committed = CLIRunner.repository.appendingPathComponent("Reports/\(name)/\(file)")
            let expected = try String(contentsOf: committed, encoding: .utf8)
            let actual = try Self.read(out, file)
            #expect(
                actual == expected,
                "Reports/\(name)/\(file) is out of date: run `swift run platelab run Scenarios/\(name).yaml` and review the diff"
            )
        }
    }
}

/// The scenarios shipped under Scenarios/ (every one needs committed reports).
enum BundledScenarios {
    static var names: [String] {
        let folder = CLIRunner.repository.appendingPathComponent("Scenarios").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }
}
