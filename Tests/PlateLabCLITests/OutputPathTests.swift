import Foundation
import Testing

/// Output paths as people type them: one-character names once crashed every command that writes a folder (Foundation's
/// `deletingLastPathComponent` trapped on Linux); a folder that is not a report folder is never replaced.
@Suite("Output paths")
struct OutputPathTests {
    static let smoke = CLIRunner.repository.appendingPathComponent("Scenarios/smoke.yaml").path
    static let quota = CLIRunner.repository.appendingPathComponent("Scenarios/changes/quota-10.yaml").path

    /// A fresh, empty working folder for one command.
    static func workingFolder() throws -> URL {
        let folder = Scratch.path("cwd")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func exists(_ folder: URL, _ path: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path)
    }

    @Test(
        "run writes to one-character, nested, trailing-slash and absolute folders, with a JUnit file inside or beside",
        arguments: [
            ("x", "x/j.xml", "x/summary.json"), ("x/", "x/j.xml", "x/summary.json"),
            ("a/b", "j.xml", "a/b/summary.json"),
            ("./r", "./r/j.xml", "r/summary.json"), ("a/../q", "q/j.xml", "q/summary.json"),
        ])
    func run(out: String, junit: String, written: String) throws {
        let cwd = try Self.workingFolder()
        let outcome = try CLIRunner.run(["run", Self.smoke, "--out", out, "--junit", junit, "--no-events"], in: cwd)
        #expect(outcome.status == 0 && outcome.exited, "\(outcome.stdout)\(outcome.stderr)")
        #expect(Self.exists(cwd, written) && Self.exists(cwd, junit), "\(outcome.stdout)")
        #expect(!outcome.stdout.contains("//"), "\(outcome.stdout)")
        let absolute = cwd.appendingPathComponent("abs").path
        #expect(
            try CLIRunner.run(
                ["run", Self.smoke, "--out", absolute, "--junit", absolute + "/j.xml", "--no-events"], in: cwd
            ).status == 0)
        #expect(Self.exists(cwd, "abs/summary.json") && Self.exists(cwd, "abs/j.xml"))
    }

    @Test(
        "run and compare refuse to replace the current folder, one above it, or a folder of other files (exit 2), and delete nothing"
    )
    func refusals() throws {
        let cwd = try Self.workingFolder()
        try "mine".write(to: cwd.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: cwd.appendingPathComponent("k"), withIntermediateDirectories: true)
        try "mine".write(to: cwd.appendingPathComponent("k/keep.txt"), atomically: true, encoding: .utf8)
        for (out, words) in [
            (".", "is the current folder or holds it"), ("..", "is the current folder or holds it"),
            ("./", "is the current folder or holds it"), ("k", "holds files that are not PlateLab reports (keep.txt)"),
        ] {
            for command in [["run", Self.smoke, "--no-events"], ["compare", Self.smoke, "--changes", Self.quota]] {
                let outcome = try CLIRunner.run(command + ["--out", out], in: cwd)
                #expect(
                    outcome.status == 2 && outcome.exited && outcome.stderr.contains("--out \(out): \(words)"),
                    "\(command[0]) \(out): \(outcome.stderr)")
            }
        }
        #expect(Self.exists(cwd, "notes.txt") && Self.exists(cwd, "k/keep.txt"))
        // A folder of earlier reports is replaced.
        #expect(try CLIRunner.run(["run", Self.smoke, "--out", "k2", "--no-events"], in: cwd).status == 0)
        #expect(try CLIRunner.run(["run", Self.smoke, "--out", "k2", "--no-events"], in: cwd).status == 0)
    }

    @Test(
        "compare, sweep and merge write to one-character folders; merge into '.' and beside a part named without a folder"
    )
    func studies() throws {
        let cwd = try Self.workingFolder()
        let compare = try CLIRunner.run(
            ["compare", Self.smoke, "--changes", Self.quota, "--out", "c", "--junit", "c/j.xml"], in: cwd)
        #expect(
            compare.status == 0 && Self.exists(cwd, "c/compare.md") && Self.exists(cwd, "c/j.xml"), "\(compare.stderr)")
        let beside = try CLIRunner.run(
            ["compare", Self.smoke, "--changes", Self.quota, "--out", "d/", "--junit", "j.xml"], in: cwd)
        #expect(beside.status == 0 && Self.exists(cwd, "d/compare.md") && Self.exists(cwd, "j.xml"), "\(beside.stderr)")
        let sweep = try CLIRunner.run(
            ["sweep", Self.smoke, "--vary", "blacklist.after_lapses=1,2", "--out", "s/"], in: cwd)
        #expect(
            sweep.status == 0 && Self.exists(cwd, "s/sweep.csv") && sweep.stdout.contains("results in s/sweep.html"),
            "\(sweep.stdout)\(sweep.stderr)")
        for shard in ["1/2", "2/2"] {
            #expect(
                try CLIRunner.run(
                    ["sweep", Self.smoke, "--vary", "blacklist.after_lapses=1,2", "--shard", shard, "--out", "p"],
                    in: cwd
                ).status == 0)
        }
        let parts = cwd.appendingPathComponent("p")
        let merged = try CLIRunner.run(["merge", "sweep-part-1-of-2.json", "sweep-part-2-of-2.json"], in: parts)
        #expect(merged.status == 0 && Self.exists(parts, "sweep.csv"), "\(merged.stderr)")
        let here = try CLIRunner.run(
            ["merge", "p/sweep-part-1-of-2.json", "p/sweep-part-2-of-2.json", "--out", "."], in: cwd)
        #expect(here.status == 0 && Self.exists(cwd, "sweep.csv"), "\(here.stderr)")
        let m = try CLIRunner.run(
            ["merge", "p/sweep-part-1-of-2.json", "p/sweep-part-2-of-2.json", "--out", "m"], in: cwd)
        #expect(m.status == 0 && Self.exists(cwd, "m/sweep.csv"), "\(m.stderr)")
        try "".write(to: cwd.appendingPathComponent("f"), atomically: true, encoding: .utf8)
        let file = try CLIRunner.run(
            ["merge", "p/sweep-part-1-of-2.json", "p/sweep-part-2-of-2.json", "--out", "f"], in: cwd)
        #expect(file.status == 2 && file.stderr.contains("--out f: is a file, not a folder"), "\(file.stderr)")
        let sweepFile = try CLIRunner.run(
            ["sweep", Self.smoke, "--vary", "blacklist.after_lapses=1,2", "--out", "f/x"], in: cwd)
        #expect(
            sweepFile.status == 2
                && sweepFile.stderr.contains("--out f/x: f is a file, so no folder can be made below it"),
            "\(sweepFile.stderr)")
    }
}
