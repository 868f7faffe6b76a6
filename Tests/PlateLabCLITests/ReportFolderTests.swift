import Foundation
import Testing

@Suite("Report folders are all or nothing")
struct ReportFolderTests {
    @Test(
        "a rerun replaces the whole folder: no events.csv of the earlier run after --no-events, no stray file, no staging left"
    )
    func rerunReplaces() throws {
        let out = RunCommandTests.temporaryFolder()
        #expect(try CLIRunner.run("run", "Scenarios/smoke.yaml", "--out", out).status == 0)
        #expect(FileManager.default.fileExists(atPath: out + "/events.csv"))
        try "left over".write(toFile: out + "/stray.txt", atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run("run", "Scenarios/smoke.yaml", "--out", out, "--no-events").status == 0)
        #expect(!FileManager.default.fileExists(atPath: out + "/events.csv"), "a stale events.csv from the earlier run")
        #expect(!FileManager.default.fileExists(atPath: out + "/stray.txt"))
        #expect(FileManager.default.fileExists(atPath: out + "/summary.json"))
        // Only this folder's staging: other tests stage their own beside it at the same time.
        let parent = (out as NSString).deletingLastPathComponent
        let name = (out as NSString).lastPathComponent
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: parent).filter { $0.hasPrefix(".\(name).") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test("an output that cannot be written is refused before anything runs, in words, and the earlier reports stay")
    func unwritableOutput() throws {
        let file = try CLIRunner.temporaryFile(name: "a-file", contents: "x")
        let below = try CLIRunner.run("run", "Scenarios/smoke.yaml", "--out", file + "/reports")
        #expect(below.status == 2)
        #expect(below.stderr == "--out \(file)/reports: \(file) is a file, so no folder can be made below it\n")
        #expect(!below.stderr.contains("NSCocoaErrorDomain"))
        let out = RunCommandTests.temporaryFolder()
        #expect(try CLIRunner.run("run", "Scenarios/smoke.yaml", "--out", out, "--no-events").status == 0)
        let summary = try RunCommandTests.read(out, "summary.json")
        let junit = try CLIRunner.run(
            "run", "Scenarios/smoke.yaml", "--out", out, "--junit", "/nonexistent-folder/junit.xml")
        #expect(junit.status == 2)
        #expect(junit.stderr == "--junit /nonexistent-folder/junit.xml: no folder /nonexistent-folder\n")
        #expect(junit.stdout.isEmpty, "nothing ran")
        #expect(try RunCommandTests.read(out, "summary.json") == summary)
        let compare = try CLIRunner.run(
            "compare", "Scenarios/smoke.yaml", "--changes", "Scenarios/changes/per-confirm-1.yaml", "--out", file)
        #expect(compare.status == 2 && compare.stderr == "--out \(file): is a file, not a folder\n")
    }
}
