import Foundation
import Testing

@Suite("platelab compare --store")
struct StoreCommandTests {
    static let arguments = [
        "compare", "Scenarios/smoke.yaml", "--changes", "Scenarios/changes/per-confirm-1.yaml", "--replications", "2",
    ]

    static func files(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in FileManager.default.subpaths(atPath: folder) ?? [] {
            let path = folder + "/" + name
            var directory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &directory), !directory.boolValue {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    @Test("the same study a second time comes from the store: the same reports, lines and status, the engine not run")
    func secondRunFromStore() throws {
        let store = RunCommandTests.temporaryFolder()
        let (first, second) = (RunCommandTests.temporaryFolder(), RunCommandTests.temporaryFolder())
        let ran = try CLIRunner.run(Self.arguments + ["--store", store, "--out", first])
        #expect(ran.status == 1, "the smoke scenario's scripted user fails over replications: \(ran.stderr)")
        #expect(!ran.stdout.contains("from the store"))
        // Marked in the store: a copy from the store carries the mark, a run would not.
        let kept = try #require(try FileManager.default.contentsOfDirectory(atPath: store + "/results").first)
        let marked = store + "/results/" + kept + "/compare.md"
        try (try String(contentsOfFile: marked, encoding: .utf8) + "<!-- kept -->").write(
            toFile: marked, atomically: true, encoding: .utf8)
        let junit = second + "/junit.xml"
        let stored = try CLIRunner.run(Self.arguments + ["--store", store, "--out", second, "--junit", junit])
        #expect(stored.status == ran.status)
        #expect(stored.stdout.contains("(from the store, study \(kept.prefix(12)))"))
        let lines = { (text: String) in text.split(separator: "\n").dropLast() }
        #expect(lines(stored.stdout) == lines(ran.stdout), "the same lines but the last")
        var expected = try Self.files(first)
        expected["compare.md"]! += Data("<!-- kept -->".utf8)
        var got = try Self.files(second)
        #expect(got.removeValue(forKey: "junit.xml") != nil, "the JUnit file is written from the store too")
        #expect(got == expected)
    }

    @Test("a different seed, replication count or change is another study")
    func otherStudies() throws {
        let store = RunCommandTests.temporaryFolder()
        _ = try CLIRunner.run(Self.arguments + ["--store", store, "--out", RunCommandTests.temporaryFolder()])
        for extra in [["--seed", "5"], ["--replications", "3"]] {
            let outcome = try CLIRunner.run(
                Self.arguments + extra + ["--store", store, "--out", RunCommandTests.temporaryFolder()])
            #expect(!outcome.stdout.contains("from the store"), "\(extra)")
        }
        let results = try FileManager.default.contentsOfDirectory(atPath: store + "/results")
        #expect(results.count == 3)
    }

    @Test("--store-max-gb needs --store and a positive size; a store that cannot be made exits 2")
    func badOptions() throws {
        let alone = try CLIRunner.run(Self.arguments + ["--store-max-gb", "1"])
        #expect(alone.status == 64 && alone.stderr.contains("--store-max-gb needs --store DIR"), "\(alone.stderr)")
        let zero = try CLIRunner.run(Self.arguments + ["--store", "x", "--store-max-gb", "0"])
        #expect(zero.status == 64 && zero.stderr.contains("must be more than 0"), "\(zero.stderr)")
        let file = try CLIRunner.temporaryFile(name: "not-a-folder", contents: "x")
        let blocked = try CLIRunner.run(
            Self.arguments + ["--store", file + "/store", "--out", RunCommandTests.temporaryFolder()])
        #expect(blocked.status == 2 && blocked.stderr.contains("the results store \(file)/store"), "\(blocked.stderr)")
    }
}

@Suite("platelab sweep --store")
struct SweepStoreCommandTests {
    static func sweep(_ values: String, _ extra: [String]) throws -> CLIRunner.Outcome {
        try CLIRunner.run(
            ["sweep", "Scenarios/smoke.yaml", "--vary", "self_compose.total=\(values)", "--replications", "2"] + extra)
    }

    @Test("a sweep resumes from the runs the store holds: only the rest run, and the files are those of a whole run")
    func resume() throws {
        let store = RunCommandTests.temporaryFolder()
        let (part, resumed, plain) = (
            RunCommandTests.temporaryFolder(), RunCommandTests.temporaryFolder(), RunCommandTests.temporaryFolder()
        )
        // Two of three points already stored, as a sweep killed after them would leave them.
        let first = try Self.sweep("10,30", ["--store", store, "--out", part])
        #expect(first.stdout.contains("store: 0 of 4 runs from the store, 4 ran and kept"), "\(first.stdout)")
        let again = try Self.sweep("10,20,30", ["--store", store, "--out", resumed])
        #expect(again.stdout.contains("store: 4 of 6 runs from the store, 2 ran and kept"), "\(again.stdout)")
        let whole = try Self.sweep("10,20,30", ["--out", plain])
        #expect(!whole.stdout.contains("store:"))
        #expect(again.status == whole.status)
        #expect(try StoreCommandTests.files(resumed) == StoreCommandTests.files(plain))
        let third = try Self.sweep("10,20,30", ["--store", store, "--out", RunCommandTests.temporaryFolder()])
        #expect(third.stdout.contains("store: 6 of 6 runs from the store, 0 ran and kept"), "\(third.stdout)")
    }
}

@Suite("platelab compare --precision")
struct ComparePrecisionCommandTests {
    static let arguments = ["compare", "Scenarios/smoke.yaml", "--changes", "Scenarios/changes/per-confirm-1.yaml"]

    @Test("replications are added alike until the paired difference is precise; compare.md says after how many")
    func precision() throws {
        let out = RunCommandTests.temporaryFolder()
        let ran = try CLIRunner.run(Self.arguments + ["--precision", "reserved_self_compose=4", "--out", out])
        let line = try #require(ran.stdout.split(separator: "\n").first { $0.hasPrefix("Replications were added") })
        #expect(
            line.hasPrefix("Replications were added until the paired difference of reserved_self_compose within ±4"))
        #expect(line.contains("reached after"))
        let markdown = try String(contentsOfFile: out + "/compare.md", encoding: .utf8)
        #expect(markdown.contains(String(line)))
        let unknown = try CLIRunner.run(Self.arguments + ["--precision", "reservd=5", "--out", out])
        #expect(unknown.status == 2 && unknown.stderr.contains("did you mean 'reserved'"), "\(unknown.stderr)")
        let malformed = try CLIRunner.run(Self.arguments + ["--precision", "reserved"])
        #expect(malformed.status == 64 && malformed.stderr.contains("write FIGURE=X%"))
    }
}
