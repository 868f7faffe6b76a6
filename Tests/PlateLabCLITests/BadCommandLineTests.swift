import Foundation
import Testing

/// Command lines that once crashed or said something unclear: each exits with a clear message, before anything runs.
@Suite("Bad command lines")
struct BadCommandLineTests {
    @Test(
        "values out of range are refused in words (exit 64), negative ones included",
        arguments: [
            (["bench", "--applicants=-1"], "--applicants must be from 1 to 10000000, found -1"),
            (["bench", "--numbers", "0"], "--numbers must be from 1 to 10000000, found 0"),
            (
                ["serve", "--idle-minutes", "9223372036854775807"],
                "--idle-minutes must be from 1 to 10080 (a week), found 9223372036854775807"
            ),
            (["serve", "--max-sessions", "-5"], "--max-sessions must be from 1 to 1000000, found -5"),
            (["serve", "--sessions-per-client", "0"], "--sessions-per-client must be from 1 to 1000000, found 0"),
            (
                ["serve", "--trainer-password", "9785"],
                "--trainer-password must have 10 to 128 characters (a passphrase of several words is good), found 4"
            ),
            (
                ["serve", "--origin", "classroom.lan:8080"],
                "--origin must be http://NAME or http://NAME:PORT, such as http://classroom.lan:8080, found classroom.lan:8080"
            ),
            (
                ["serve", "--host", "classroom.example"],
                "--host must be an IP address such as 127.0.0.1, 192.168.1.20 or 0.0.0.0, found classroom.example"
            ),
            (["run", "Scenarios/smoke.yaml", "--jobs", "-3"], "--jobs must be from 1 to 1024, found -3"),
            (["run", "Scenarios/smoke.yaml", "--replications", "0"], "--replications must be from 1 to 10000"),
            (["test", "Scenarios/cases", "--jobs", "0"], "--jobs must be from 1 to 1024, found 0"),
            (
                [
                    "sweep", "Scenarios/smoke.yaml", "--vary", "a=1,2,3,4,5,6,7,8,9,10", "--vary",
                    "b=1,2,3,4,5,6,7,8,9,10", "--vary", "c=1,2,3,4,5,6,7,8,9,10",
                    "--vary", "d=1,2,3,4,5,6,7,8,9,10", "--vary", "e=1,2,3,4,5,6,7,8,9,10", "--vary", "f=1,2",
                ],
                "the grid has more than 100000 points"
            ),
        ])
    func outOfRange(arguments: [String], message: String) throws {
        let outcome = try CLIRunner.run(arguments)
        #expect(outcome.status == 64, "\(outcome.stdout)\(outcome.stderr)")
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
    }

    @Test("merge verifies each part against its grid: values, points, outcomes")
    func mergeVerifies() throws {
        let folder = RunCommandTests.temporaryFolder()
        for shard in ["1/2", "2/2"] {
            #expect(
                try CLIRunner.run(
                    "sweep", "Scenarios/smoke.yaml", "--vary", "blacklist.after_lapses=1,2", "--shard", shard, "--out",
                    folder
                ).status == 0)
        }
        // Part 2 holds point 2 (blacklist.after_lapses=2); each test breaks one thing in it.
        let part = try RunCommandTests.read(folder, "sweep-part-2-of-2.json")
        func merged(_ old: String, _ new: String) throws -> CLIRunner.Outcome {
            precondition(part.contains(old), "the part no longer holds \(old)")
            let file = try CLIRunner.temporaryFile(
                name: "part.json", contents: part.replacingOccurrences(of: old, with: new))
            return try CLIRunner.run(
                "merge", folder + "/sweep-part-1-of-2.json", file, "--out", RunCommandTests.temporaryFolder())
        }
        let values = try merged("\"values\": [\"2\"]", "\"values\": [\"7\"]")
        #expect(
            values.status == 1 && values.stderr.contains("gives point 2 the values 7, but the grid's are 2"),
            "\(values.stderr)")
        let point = try merged("\"point\": 1,", "\"point\": -4,")
        #expect(
            point.status == 2 && point.stderr.contains("a row holds point -3, outside the grid of 2 points (1 to 2)"),
            "\(point.stderr)")
        // A point out of range and repeated once crashed (its repeat was named by grid values it has not); beyond the
        // grid it was named by the values of a point that does not exist.
        for bad in ["-4", "2", "9"] {
            let copy = try CLIRunner.temporaryFile(
                name: "part-\(bad).json",
                contents: part.replacingOccurrences(of: "\"point\": 1,", with: "\"point\": \(bad),"))
            let twice = try CLIRunner.run("merge", copy, copy, "--out", RunCommandTests.temporaryFolder())
            let shown = (Int(bad) ?? 0) + 1
            #expect(
                twice.status == 2 && twice.stderr.contains("a row holds point \(shown), outside the grid of 2 points"),
                "\(twice.stderr)")
            #expect(
                !twice.stderr.contains("blacklist.after_lapses="),
                "names grid values of a point that does not exist: \(twice.stderr)")
        }
        let negative = try merged("\"applicants\": 301", "\"applicants\": -301")
        #expect(negative.status == 2 && negative.stderr.contains("has a negative outcome"), "\(negative.stderr)")
        let empty = try merged("\"values\": [\"1\", \"2\"]", "\"values\": []")
        #expect(empty.status == 2 && empty.stderr.contains("a grid axis has no values"), "\(empty.stderr)")
    }

    @Test(
        "clear messages: an unreadable file is not counted clean, a rule set or case file given as a scenario says what it is"
    )
    func clearMessages() throws {
        let missing = try CLIRunner.run("check", "/nonexistent/file.yaml")
        #expect(missing.status == 2)
        #expect(
            missing.stdout.hasSuffix(
                "0 errors, 0 warnings in 0 files; 1 file could not be read (above) and was not checked\n"),
            "\(missing.stdout)")
        let rules = try CLIRunner.run("run", CLIRunner.chengdeRules)
        #expect(rules.status == 2)
        #expect(
            rules.stderr
                == CLIRunner.chengdeRules
                + ":3:9: error: schema: this is a rule set; a scenario names it in `rules:`, "
                + "or pass it with --rules (schema platelab/rules/v1); expected a scenario (platelab/scenario/v1)\n")
        let cases = try CLIRunner.run("run", "Scenarios/cases/reentry.yaml")
        #expect(
            cases.status == 2
                && cases.stderr.contains("run its cases with `platelab test Scenarios/cases/reentry.yaml`"))
    }

    @Test("a seed is any 64-bit unsigned number; past that, the message says the range; arrivals need a rate or a date")
    func seedsAndArrivals() throws {
        let top = try RunCommandTests.smokeCopy(replacing: "seed: 20261201", with: "seed: 18446744073709551615")
        #expect(try CLIRunner.run("check", top).status == 0)
        let over = try RunCommandTests.smokeCopy(replacing: "seed: 20261201", with: "seed: 18446744073709551616")
        let outcome = try CLIRunner.run("check", over)
        #expect(
            outcome.status == 1
                && outcome.stdout.contains("seed: expected a whole number from 0 to 18446744073709551615"))
        let noRate = try RunCommandTests.smokeCopy(
            replacing: "{per_day: 100, pattern: office_hours}", with: "{pattern: office_hours}")
        let arrivals = try CLIRunner.run("check", noRate)
        #expect(
            arrivals.status == 1
                && arrivals.stdout.contains(
                    "population[0].arrivals: say when they arrive: 'per_day' (a rate) or 'burst_on' (a date)")
        )
    }
}
