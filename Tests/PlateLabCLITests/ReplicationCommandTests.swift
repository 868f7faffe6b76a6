import Foundation
import Testing

@Suite("platelab run and compare over replications")
struct ReplicationCommandTests {
    /// summary.json as a JSON object.
    static func summary(_ folder: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/summary.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("--jobs 1 and --jobs 2 write the same files")
    func jobsDoNotMatter() throws {
        let one = RunCommandTests.temporaryFolder()
        let two = RunCommandTests.temporaryFolder()
        for (out, jobs) in [(one, "1"), (two, "2")] {
            let outcome = try CLIRunner.run(
                "run", "Scenarios/locality-mix.yaml", "--replications", "4", "--jobs", jobs, "--out", out,
                "--junit", out + "/junit.xml")
            #expect(outcome.status == 0, "\(outcome.stderr)")
        }
        for file in [
            "summary.json", "report.md", "report.html", "events.csv", "junit.xml", "data/table-statistics.csv",
            "data/table-replications.csv", "data/chart-replications-funnel.csv",
        ] {
            let a = try Data(contentsOf: URL(fileURLWithPath: one + "/" + file))
            let b = try Data(contentsOf: URL(fileURLWithPath: two + "/" + file))
            #expect(a == b && !a.isEmpty, "\(file) differs between --jobs 1 and --jobs 2")
        }
    }

    @Test("replication k is reproduced by the seed the reports give it, byte for byte")
    func replicationBySeed() throws {
        let all = RunCommandTests.temporaryFolder()
        let alone = RunCommandTests.temporaryFolder()
        #expect(
            try CLIRunner.run("run", "Scenarios/locality-mix.yaml", "--replications", "3", "--out", all).status == 0)
        let replications = try #require(try Self.summary(all)["per_replication"] as? [[String: Any]])
        let third = replications[2]
        // Seeds are 64-bit unsigned, written as they are (half of them do not fit a signed integer).
        let seed = try #require((third["seed"] as? NSNumber)?.uint64Value)
        // The command the report gives for replication 3.
        let table = try RunCommandTests.read(all, "data/table-replications.csv")
        #expect(table.contains("platelab run Scenarios/locality-mix.yaml --replications 1 --seed \(seed)"))
        #expect(try RunCommandTests.read(all, "summary.json").contains("\"seed\": \(seed)"))
        #expect(
            try CLIRunner.run(
                "run", "Scenarios/locality-mix.yaml", "--replications", "1", "--seed", String(seed), "--out", alone
            ).status == 0)
        let single = try #require(try Self.summary(alone)["per_replication"] as? [[String: Any]])
        let a = try JSONSerialization.data(withJSONObject: try #require(third["figures"]), options: [.sortedKeys])
        let b = try JSONSerialization.data(withJSONObject: try #require(single[0]["figures"]), options: [.sortedKeys])
        #expect(a == b)
        #expect(try RunCommandTests.read(alone, "summary.json").contains("\"seed\": \(seed)"))
    }

    @Test("--precision reports how many replications it took; a misspelt figure exits 2 with a did-you-mean")
    func precision() throws {
        let out = RunCommandTests.temporaryFolder()
        let outcome = try CLIRunner.run(
            "run", "Scenarios/locality-mix.yaml", "--precision", "reserved=5%", "--out", out, "--no-events")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("precision: reserved within ±5.00 % of its mean reached after "))
        let replications = try #require(try Self.summary(out)["replications"] as? [String: Any])
        let precision = try #require(replications["precision"] as? [String: Any])
        #expect(precision["reached"] as? Bool == true && precision["figure"] as? String == "reserved")
        let bad = try CLIRunner.run(
            "run", "Scenarios/locality-mix.yaml", "--precision", "reservd=5%", "--out", out, "--no-events")
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("--precision reservd: no such figure in this run; did you mean 'reserved'?"))
        #expect(
            try CLIRunner.run("run", "Scenarios/locality-mix.yaml", "--precision", "reserved", "--out", out).status
                == 64)
    }

    @Test("compare --replications prints and writes paired differences with intervals and verdicts")
    func pairedCompare() throws {
        let out = RunCommandTests.temporaryFolder()
        let outcome = try CLIRunner.run(
            "compare", "Scenarios/blacklist-wave.yaml", "--changes", "Scenarios/changes/quota-10.yaml",
            "--replications", "3", "--out", out)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("quota-10 − Baseline, paired: reserved "))
        #expect(outcome.stdout.contains("reserved_self_compose lower: −"))
        let markdown = try RunCommandTests.read(out, "compare.md")
        #expect(markdown.contains("## Paired differences over 3 replications"))
        #expect(FileManager.default.fileExists(atPath: out + "/data/table-compare-paired-1.csv"))
        let baseline = try Self.summary(out + "/baseline")
        #expect((baseline["replications"] as? [String: Any])?["count"] as? Int == 3)
    }
}
