import ArgumentParser
import Foundation
import PlateReports
import PlateRules
import PlateScenarios
import PlateStore
import PlateStudies

/// The scenario a command runs and the seed it runs with (`run`, `compare`, `sweep`, `explain`).
struct ScenarioOptions: ParsableArguments {
    @Argument(help: "Scenario file (platelab/scenario/v1).")
    var scenario: String

    @Option(
        parsing: .unconditional,
        help: "Seed for every random stream, 0 to 18446744073709551615 (default: the scenario's).")
    var seed: UInt64?
}

/// Rule-change overlays merged over the rules, in order (`run`, `explain`, `check`, `rules show`).
struct ChangeOptions: ParsableArguments {
    @Option(
        name: .customLong("changes"),
        help: "Rule-change overlay (platelab/changes/v1) merged over the rules; repeatable, applied in order.")
    var files: [String] = []

    /// The options again, for a reproduce command.
    var arguments: [String] { files.flatMap { ["--changes", $0] } }
}

/// Where a command writes its reports (`run`, `compare`).
struct ReportOptions: ParsableArguments {
    @Option(
        help:
            "Folder for the reports (default: Reports/ and the scenario file's name; -compare appended when comparing)."
    )
    var out: String?

    @Option(
        help: "Also write a JUnit XML file here: one test case per expectation (one test suite per run when comparing)."
    )
    var junit: String?

    /// Refuses, before anything runs, a report folder that is a file or lies below one, and a JUnit file that cannot be
    /// written.
    func checkWritable(folder: String) throws {
        if let problem = OutputProblem.replaceableFolder(folder) {
            printError("--out \(folder): \(problem)")
            throw ExitCode(2)
        }
        // A JUnit file inside the report folder is written with it (its folder does not exist yet, or is replaced).
        if let junit, staged(junit, folder: folder) == nil, let problem = OutputProblem.file(junit) {
            printError("--junit \(junit): \(problem)")
            throw ExitCode(2)
        }
    }

    /// Where to write the JUnit file: inside `staging` when it belongs in the report folder (so the folder's
    /// replacement keeps it), else where it was asked.
    func junitPath(folder: String, staging: String) -> String? {
        guard let junit else { return nil }
        return staged(junit, folder: folder).map { FilePaths.join(staging, $0) } ?? junit
    }

    /// The JUnit file's path relative to the report folder, when it lies inside it.
    private func staged(_ junit: String, folder: String) -> String? {
        let base = FilePaths.absolute(folder)
        let file = FilePaths.absolute(junit)
        let prefix = base == "/" ? base : base + "/"
        return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : nil
    }
}

/// Why an output path cannot be written, in words, found before a run rather than after it.
enum OutputProblem {
    /// A report folder to create or replace whole (`run`, `compare`): nil when possible. A folder is replaced only
    /// when it is empty or holds earlier reports, so a mistyped `--out` never deletes a user's files.
    static func replaceableFolder(_ path: String) -> String? {
        if FilePaths.isWithin(FileManager.default.currentDirectoryPath, path) {
            return
                "is the current folder or holds it; the reports replace their folder whole, so give them a folder of their own (say --out reports)"
        }
        if let problem = folder(path) { return problem }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path), !names.isEmpty else { return nil }
        if reportMarkers.contains(where: names.contains) { return nil }
        let shown = names.sorted().prefix(3).joined(separator: ", ") + (names.count > 3 ? ", …" : "")
        return
            "holds files that are not PlateLab reports (\(shown)); the reports replace their folder whole, so give a new or empty folder, or one of earlier reports"
    }

    /// Files that mark a folder as one `run` or `compare` wrote.
    static let reportMarkers = ["summary.json", "compare.md"]

    /// A folder to create or write into: nil when possible.
    static func folder(_ path: String) -> String? {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            return isFolder.boolValue ? nil : "is a file, not a folder"
        }
        // The nearest existing ancestor must be a writable folder.
        var ancestor = FilePaths.parent(of: path)
        while let folder = ancestor, !FileManager.default.fileExists(atPath: folder) {
            ancestor = FilePaths.parent(of: folder)
        }
        let existing = ancestor ?? "."
        _ = FileManager.default.fileExists(atPath: existing, isDirectory: &isFolder)
        if !isFolder.boolValue { return "\(existing) is a file, so no folder can be made below it" }
        return FileManager.default.isWritableFile(atPath: existing) ? nil : "\(existing) is not writable"
    }

    /// A file to write: nil when possible (its folder exists and is writable, and it is not a folder).
    static func file(_ path: String) -> String? {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { return "is a folder, not a file" }
            return FileManager.default.isWritableFile(atPath: path) ? nil : "is not writable"
        }
        let folder = FilePaths.folder(of: path)
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            return "no folder \(folder)"
        }
        return FileManager.default.isWritableFile(atPath: folder) ? nil : "\(folder) is not writable"
    }

    /// A file-system error in words (Foundation's own say "NSCocoaErrorDomain error 512").
    static func describe(_ error: Error) -> String {
        let text = (error as NSError).localizedDescription
        return text.contains("NSCocoaErrorDomain") || text.isEmpty
            ? "the file system refused (\((error as NSError).code))" : text
    }
}

/// How many replications to run and on how many threads (`run`, `compare`, `sweep`).
struct ReplicationOptions: ParsableArguments {
    @Option(
        parsing: .unconditional,
        help:
            "Runs of the scenario, each on its own seed derived from the seed (default: the scenario's `replications`, else 1)."
    )
    var replications: Int?

    // Unconditional parsing: `--jobs -3` is a value to refuse in words, not a missing one.
    @Option(
        parsing: .unconditional, help: "Replications run at once (default: all cores). The results do not depend on it."
    )
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if let replications, !(1...10_000).contains(replications) {
            throw ValidationError("--replications must be from 1 to 10000")
        }
        guard (1...1024).contains(jobs) else { throw ValidationError("--jobs must be from 1 to 1024, found \(jobs)") }
    }

    /// The replications to run for `scenario`.
    func count(for scenario: Scenario) -> Int { replications ?? scenario.replications }
}

/// Whether runs check the engine's books as they go (`run`, `compare`, `sweep`; `test` checks by default).
struct InvariantOptions: ParsableArguments {
    @Flag(
        inversion: .prefixedNo,
        help: """
            Check the engine's books as the run goes: conservation in every office's pool after every step of the run, every \
            counter against a recount and no number held twice at its end; a breach stops with exit 3 (default: on in debug \
            builds, off in release).
            """)
    var checkInvariants: Bool = InvariantOptions.debugBuild

    /// Whether this binary is a debug build (where the checks are on unless `--no-check-invariants`).
    static var debugBuild: Bool { _isDebugAssertConfiguration() }

    /// Says where `run` stopped on a broken invariant, and exits 3.
    static func stop(_ scenario: String, _ replication: ReplicationSummary, of count: Int) throws -> Never {
        let which = count > 1 ? "replication \(replication.number) (seed \(replication.seed)): " : ""
        let trace =
            replication.breach!.applicant.map {
                "; `platelab explain \(scenario) --applicant \($0)` traces that applicant"
            } ?? ""
        printError("\(scenario): \(which)\(replication.breach!)\(trace); nothing was written")
        throw ExitCode(3)
    }
}

/// The results store a study is looked up in before it runs and kept in after (`compare`, `sweep`).
struct StoreOptions: ParsableArguments {
    @Option(
        help: """
            Results store: a study already in it (same rules, scenario, changes, seed, replications and PlateLab version) \
            is copied from it instead of run; a study that runs is kept in it. Shared with the workbench.
            """)
    var store: String?

    @Option(
        name: .customLong("store-max-gb"),
        help: "Keep the store's reports within this many gigabytes, least recently used out first (default: no bound).")
    var storeMaxGB: Double?

    func validate() throws {
        if let storeMaxGB, !(storeMaxGB > 0 && storeMaxGB < 1_000_000) {
            throw ValidationError("--store-max-gb must be more than 0, found \(storeMaxGB)")
        }
        if storeMaxGB != nil, store == nil { throw ValidationError("--store-max-gb needs --store DIR") }
    }

    /// The store, opened; exits 2 when it cannot be.
    func open() throws -> ResultStore? {
        guard let store else { return nil }
        do {
            return try ResultStore(folder: store, maxBytes: storeMaxGB.map { Int64($0 * 1_000_000_000) })
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
    }

    /// Says which results made room for the one just kept.
    static func report(_ evictions: [Eviction], store: ResultStore) {
        if let sentence = store.sentence(for: evictions) { print(sentence) }
    }
}
