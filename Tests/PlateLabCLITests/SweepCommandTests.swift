import Foundation
import Testing

@Suite("platelab sweep and merge")
struct SweepCommandTests {
    static let validity = "reservation.valid_for=3 working days,5 working days"
    static let lapses = "blacklist.after_lapses=1,2"

    @Test("a grid run whole, one point at a time, or in shards merged afterwards gives identical files")
    func shardsMergeToTheWholeSweep() throws {
        let whole = RunCommandTests.temporaryFolder()
        let sequential = RunCommandTests.temporaryFolder()
        let sharded = RunCommandTests.temporaryFolder()
        let outcome = try CLIRunner.run(
            "sweep", "Scenarios/smoke.yaml", "--vary", Self.validity, "--vary", Self.lapses, "--out", whole)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "4 grid points; results in \(whole)/sweep.html, sweep.md and sweep.csv\n")
        #expect(
            try CLIRunner.run(
                "sweep", "Scenarios/smoke.yaml", "--vary", Self.validity, "--vary", Self.lapses,
                "--jobs", "1", "--out", sequential
            ).status == 0)
        for shard in ["1/3", "2/3", "3/3"] {
            #expect(
                try CLIRunner.run(
                    "sweep", "Scenarios/smoke.yaml", "--vary", Self.validity, "--vary", Self.lapses,
                    "--shard", shard, "--out", sharded
                ).status == 0)
        }
        let parts = (1...3).map { "\(sharded)/sweep-part-\($0)-of-3.json" }
        let merged = try CLIRunner.run(["merge"] + parts)
        #expect(merged.status == 0, "\(merged.stderr)")
        for file in ["sweep.csv", "sweep.md", "sweep.html"] {
            let expected = try RunCommandTests.read(whole, file)
            #expect(try RunCommandTests.read(sequential, file) == expected, "\(file): sequential differs")
            #expect(try RunCommandTests.read(sharded, file) == expected, "\(file): merged shards differ")
        }
        let csv = try RunCommandTests.read(whole, "sweep.csv").split(separator: "\n")
        #expect(csv.count == 5)
        #expect(csv[0].hasPrefix("point,reservation.valid_for,blacklist.after_lapses,applicants,reserved,"))
        #expect(csv[1].hasPrefix("1,3 working days,1,301,"))
        let markdown = try RunCommandTests.read(whole, "sweep.md")
        // The same grid table as sweep.html: the first path down, the second across.
        #expect(
            markdown.contains(
                "| reservation.valid_for ↓ blacklist.after_lapses → | blacklist.after_lapses = 1 | blacklist.after_lapses = 2 |"
            ))
    }

    @Test(
        "with replications: one row per point with means and intervals; shards split points × replications and merge to the whole"
    )
    // locality-mix, whose expectations hold under every seed (smoke's scripted user depends on the seed's luck).
    func replicatedShardsMerge() throws {
        let whole = RunCommandTests.temporaryFolder()
        let sharded = RunCommandTests.temporaryFolder()
        let single = RunCommandTests.temporaryFolder()
        let outcome = try CLIRunner.run(
            "sweep", "Scenarios/locality-mix.yaml", "--vary", Self.lapses, "--replications", "3", "--out", whole)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(
            outcome.stdout == "2 grid points × 3 replications; results in \(whole)/sweep.html, sweep.md and sweep.csv\n"
        )
        // 6 runs over 4 shards: shards cut through points, so a point's replications come from several parts.
        for shard in ["1/4", "2/4", "3/4", "4/4"] {
            #expect(
                try CLIRunner.run(
                    "sweep", "Scenarios/locality-mix.yaml", "--vary", Self.lapses, "--replications", "3", "--jobs", "1",
                    "--shard", shard, "--out", sharded
                ).status == 0)
        }
        let merged = try CLIRunner.run(["merge"] + (1...4).map { "\(sharded)/sweep-part-\($0)-of-4.json" })
        #expect(merged.status == 0, "\(merged.stderr)")
        for file in ["sweep.csv", "sweep.md", "sweep.html", "sweep-replications.csv"] {
            #expect(
                try RunCommandTests.read(sharded, file) == RunCommandTests.read(whole, file),
                "\(file): merged shards differ")
        }
        let csv = try RunCommandTests.read(whole, "sweep.csv").split(separator: "\n")
        #expect(csv.count == 3)
        #expect(
            csv[0].hasPrefix(
                "point,blacklist.after_lapses,replications,applicants_mean,applicants_ci_low,applicants_ci_high,reserved_mean,"
            ))
        #expect(csv[1].hasPrefix("1,1,3,500.0000,500.0000,500.0000,"))
        // Replication 1 of every point is the one-replication sweep's run.
        #expect(
            try CLIRunner.run("sweep", "Scenarios/locality-mix.yaml", "--vary", Self.lapses, "--out", single).status
                == 0)
        let one = try RunCommandTests.read(single, "sweep.csv").split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", maxSplits: 2)[2]
        }
        let replications = try RunCommandTests.read(whole, "sweep-replications.csv").split(separator: "\n").dropFirst()
        let firsts = replications.filter { $0.split(separator: ",")[1] == "1" }.map {
            $0.split(separator: ",", maxSplits: 4)[4]
        }
        #expect(firsts == one)
        let html = try RunCommandTests.read(whole, "sweep.html")
        #expect(html.contains("its error bar the 95 % interval of that mean"))
        let markdown = try RunCommandTests.read(whole, "sweep.md")
        #expect(markdown.contains("| Replications | 3 per grid point, on seeds derived from the seed above |"))
        #expect(markdown.contains(" ± "))
        // Without shard 4/4 (run 4 of 6: point 2, replication 1) the merge names what is missing.
        let missing = try CLIRunner.run(
            "merge", "\(sharded)/sweep-part-1-of-4.json", "\(sharded)/sweep-part-2-of-4.json",
            "\(sharded)/sweep-part-3-of-4.json")
        #expect(missing.status == 1)
        #expect(
            missing.stderr == "grid point 2 (blacklist.after_lapses=2), replication 1, is in no part; run its shard\n")
    }

    @Test("a grid point that breaks the scenario's expectations makes the sweep exit 1, and merge too, naming it")
    func failingPointExits1() throws {
        let folder = RunCommandTests.temporaryFolder()
        let parts = RunCommandTests.temporaryFolder()
        // A smoke copy expecting at least 200 rejected steps: a quota of 3 leaves about 160.
        let scenario = try RunCommandTests.smokeCopy(
            replacing: "  reserved: {at_least: 200}", with: "  reserved: {at_least: 200}\n  rejections: {at_least: 200}"
        )
        let outcome = try CLIRunner.run("sweep", scenario, "--vary", "self_compose.total=10,3", "--out", folder)
        #expect(outcome.status == 1, "\(outcome.stdout)\(outcome.stderr)")
        #expect(
            outcome.stdout.hasSuffix(
                "1 of 2 grid points break the scenario's expectations: 2 (self_compose.total=3); "
                    + "see the expectations failed column of sweep.md\n"), "\(outcome.stdout)")
        for shard in ["1/2", "2/2"] {
            _ = try CLIRunner.run(
                "sweep", scenario, "--vary", "self_compose.total=10,3", "--shard", shard, "--out", parts)
        }
        let merged = try CLIRunner.run("merge", "\(parts)/sweep-part-1-of-2.json", "\(parts)/sweep-part-2-of-2.json")
        #expect(merged.status == 1)
        #expect(
            merged.stdout.contains("1 of 2 grid points break the scenario's expectations: 2 (self_compose.total=3)"))
    }

    @Test("merging needs every grid point exactly once: a missing shard exits 1 and names the point")
    func missingShard() throws {
        let folder = RunCommandTests.temporaryFolder()
        #expect(
            try CLIRunner.run("sweep", "Scenarios/smoke.yaml", "--vary", Self.lapses, "--shard", "1/2", "--out", folder)
                .status == 0)
        let outcome = try CLIRunner.run("merge", "\(folder)/sweep-part-1-of-2.json")
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "grid point 2 (blacklist.after_lapses=2) is in no part; run its shard\n")
    }

    @Test("values out of range at many points: the first findings are shown, the rest counted, and nothing runs")
    func manyBadPoints() throws {
        let folder = RunCommandTests.temporaryFolder()
        let values = (1001...1030).map(String.init).joined(separator: ",")
        let outcome = try CLIRunner.run(
            "sweep", "Scenarios/smoke.yaml", "--vary", "self_compose.total=10," + values, "--out", folder)
        #expect(outcome.status == 2)
        let lines = outcome.stderr.split(separator: "\n")
        #expect(lines.count == 21, "\(outcome.stderr)")
        #expect(
            lines.first
                == "--vary self_compose.total=1001: self_compose.total: expected a whole number from 0 to 1000, found 1001"
        )
        #expect(lines.last == "30 of 31 grid points do not load (10 more findings not shown); nothing ran")
        #expect(!FileManager.default.fileExists(atPath: folder + "/sweep.csv"))
    }

    @Test("a misspelt rule path stops the sweep before anything runs, once, with a did-you-mean")
    func misspeltPath() throws {
        let outcome = try CLIRunner.run(
            "sweep", "Scenarios/smoke.yaml", "--vary", "self_compose.totl=5,10", "--out",
            RunCommandTests.temporaryFolder())
        #expect(outcome.status == 2)
        #expect(
            outcome.stderr.hasPrefix(
                "--vary self_compose.totl=5: self_compose.totl: no rule 'totl' here; did you mean 'total'?"))
        #expect(outcome.stderr.components(separatedBy: "did you mean").count == 2)
        #expect(outcome.stderr.hasSuffix("2 of 2 grid points do not load; nothing ran\n"), "\(outcome.stderr)")
        #expect(try CLIRunner.run("sweep", "Scenarios/smoke.yaml", "--vary", "self_compose.total").status == 64)
        #expect(
            try CLIRunner.run("sweep", "Scenarios/smoke.yaml", "--vary", Self.lapses, "--shard", "3/2").status == 64)
    }

    @Test(
        "values checked against each other are judged per combination: per confirm 15 fails with a total of 10, passes with 20"
    )
    func coupledValues() throws {
        let outcome = try CLIRunner.run(
            "sweep", "Scenarios/smoke.yaml", "--vary", "self_compose.total=10,20", "--vary",
            "self_compose.per_confirm=5,15",
            "--vary", "blacklist.after_lapses=1,2", "--out", RunCommandTests.temporaryFolder())
        #expect(outcome.status == 2)
        #expect(
            outcome.stderr.hasPrefix(
                "--vary self_compose.total=10, self_compose.per_confirm=15: self_compose.per_confirm: 15 numbers per "
                    + "confirm exceed the self-compose total of 10; expected at most 10\n"), "\(outcome.stderr)")
        #expect(
            outcome.stderr.hasSuffix("2 of 8 grid points do not load; nothing ran\n"),
            "per confirm 15 is fine with a total of 20: \(outcome.stderr)")
    }

    @Test("a 64,000-point grid is checked without loading every point; off a terminal, progress lines go to stderr")
    func largeGrid() throws {
        let forty = (1...40).map(String.init).joined(separator: ",")
        let outcome = try CLIRunner.run(
            [
                "sweep", "Scenarios/smoke.yaml", "--vary", "self_compose.total=" + forty, "--vary",
                "self_compose.per_confirm=" + forty,
                "--vary", "blacklist.after_lapses=" + forty, "--out", RunCommandTests.temporaryFolder(),
            ],
            timeout: 120, environment: ["PLATELAB_PROGRESS_SECONDS": "0"])
        #expect(outcome.exited && outcome.status == 2, "\(outcome.stderr.suffix(300))")
        // 780 of the 1,600 pairs have more per confirm than the total, each at 40 points.
        #expect(
            outcome.stderr.hasSuffix(
                "31200 of 64000 grid points do not load (760 more findings not shown); nothing ran\n"),
            "\(outcome.stderr.suffix(300))")
        #expect(
            outcome.stderr.contains(" of 1720 grid checks done ("),
            "a progress line off a terminal: \(outcome.stderr.prefix(300))")
        let sweep = try CLIRunner.run(
            ["sweep", "Scenarios/smoke.yaml", "--vary", Self.lapses, "--out", RunCommandTests.temporaryFolder()],
            environment: ["PLATELAB_PROGRESS_SECONDS": "0"])
        #expect(sweep.status == 0 && sweep.stderr.contains("of 2 runs done ("), "\(sweep.stderr)")
    }
}
