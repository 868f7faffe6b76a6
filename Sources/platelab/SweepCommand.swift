import ArgumentParser
import Dispatch
import Foundation
import PlateReports
import PlateRules
import PlateSimulation
import PlateStudies

/// `platelab sweep SCENARIO --vary PATH=V1,V2 ...`: the scenario over a grid of rule values, on all cores.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract:
            "Run a scenario over a grid of rule values (every combination), in parallel, with one table per outcome.",
        discussion: """
            Writes sweep.csv, sweep.md and sweep.html (a chart per outcome) to Reports/<scenario>-sweep/ (or --out). With --replications R \
            every grid point runs R times on seeds derived from the seed: one row per point with each outcome's mean and 95 % \
            interval, error bars in the charts, and sweep-replications.csv. With --shard I/N only every N-th run of the grid's \
            points × replications (starting at the I-th) runs and a part file is written instead; `platelab merge` combines the parts into \
            the same sweep.csv and sweep.md as one whole run. Exit status: 0 every grid point meets the scenario's \
            expectations, 1 one does not (the summary line names it), 2 invalid input or grid.
            """
    )

    @OptionGroup var input: ScenarioOptions

    @Option(
        name: .customLong("vary"),
        help: "A rule path and its values, e.g. self_compose.total=10,20,30. Repeatable: the grid is every combination."
    )
    var vary: [String] = []

    @Option(
        help:
            "Run only part I of N of the grid's runs (points × replications, 1-based), e.g. 2/8; writes sweep-part-I-of-N.json for `platelab merge`."
    )
    var shard: String?

    @OptionGroup var replication: ReplicationOptions

    @OptionGroup var invariants: InvariantOptions

    @Option(help: "Folder for the results (default: Reports/<scenario file name>-sweep).")
    var out: String?

    /// Distinct findings printed before the rest are only counted.
    static let shownFindings = 20

    func validate() throws {
        if case .failure(let error) = SweepGrid.parse(vary) { throw ValidationError(error.description) }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard \(shard): write I/N with 1 ≤ I ≤ N") }
    }

    func run() throws {
        let grid = try SweepGrid.parse(vary).get()
        let part = shard.flatMap(Shard.init) ?? .whole
        let (scenario, seed) = (input.scenario, input.seed)
        let base = try ScenarioInput.load(scenario, changes: [], seed: seed, command: ["run", scenario])
        let folder = out ?? ScenarioInput.defaultFolder(for: scenario, suffix: "-sweep")
        if let problem = OutputProblem.folder(folder) {
            printError("--out \(folder): \(problem)")
            throw ExitCode(2)
        }
        let replications = replication.count(for: base.scenario)
        let runs = part.runs(of: grid, replications: replications)
        var points: [Int] = []
        for run in runs where points.last != run.point { points.append(run.point) }
        // Every point is checked before anything runs, so a bad value stops the sweep at once; only its findings are
        // kept, and each run loads its point again, so memory follows the runs under way, not the grid.
        let checking = ProgressLine.start("grid checks done")
        let checked = SweepCheck.check(points, of: grid, scenario: scenario, base: base.book, jobs: replication.jobs) {
            checking.show($0, of: $1)
        }
        checking.finish()
        var reported: Set<String> = []
        var unshown = 0
        for finding in checked.findings {
            for error in finding.errors {
                // A wrong path fails in every dated epoch: say it once.
                let message = error.message.components(separatedBy: " (rules in force from").first ?? error.message
                guard reported.insert(error.path + message).inserted else { continue }
                // A bad axis may fail in many ways: the first few say what is wrong.
                guard reported.count <= Self.shownFindings else {
                    unshown += 1
                    continue
                }
                printError("--vary \(finding.label): \(error.path): \(message)")
            }
        }
        if checked.failingPoints > 0 {
            printError(
                "\(checked.failingPoints) of \(points.count) grid points do not load"
                    + (unshown > 0 ? " (\(unshown) more findings not shown)" : "")
                    + "; nothing ran")
            throw ExitCode(2)
        }

        let root = seed ?? base.scenario.seed
        let running = ProgressLine.start("runs done")
        let outcome = SweepRunner.run(
            runs, grid: grid, scenario: scenario, seed: root, jobs: replication.jobs,
            checkInvariants: invariants.checkInvariants
        ) { running.show($0, of: runs.count) }
        running.finish()
        let rows: [SweepRow]
        switch outcome {
        case .rows(let done): rows = done
        case .unloadable(let point, let errors):
            // A combination the checks before the runs did not cover, or files changed meanwhile: the point's own
            // errors.
            for error in errors { printError("--vary \(grid.label(at: point)): \(error.path): \(error.message)") }
            printError(
                "grid point \(point + 1) does not load"
                    + (errors.isEmpty ? " (the scenario or its files changed while the sweep ran)" : "")
                    + "; nothing was written")
            throw ExitCode(2)
        case .broken(let point, let replication, let stop):
            printError(
                "\(scenario): grid point \(point + 1) (\(grid.label(at: point))), replication \(replication): \(stop); nothing was written"
            )
            throw ExitCode(3)
        }
        let sweep = SweepResult(
            scenarioFile: scenario, scenarioName: base.scenario.name, seed: root,
            baseRulesSHA256: base.provenance.rulesSHA256, grid: grid, replications: replications, rows: rows)
        do {
            try ReportFiles.prepare(folder)
            if part == .whole {
                try SweepFiles.write(sweep, to: folder)
                print(
                    "\(grid.count) grid points" + (replications > 1 ? " × \(replications) replications" : "")
                        + "; results in \(FilePaths.join(folder, "sweep.html")), sweep.md and sweep.csv")
            } else {
                let file = FilePaths.join(folder, "sweep-part-\(part.index)-of-\(part.count).json")
                try Data(SweepPart.encode(sweep, shard: part).utf8).write(to: URL(fileURLWithPath: file))
                print(
                    "\(rows.count) of \(grid.count * replications) runs (shard \(part.index)/\(part.count)); part in \(file)"
                )
            }
        } catch {
            printError("cannot write the results to \(folder): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        try SweepFiles.judge(sweep)
    }
}

/// Loads a sweep's grid points: the scenario with the point's values as an overlay.
enum SweepPoints {
    /// The scenario and rules of `point`, or the errors that stop it.
    static func load(_ point: Int, of grid: SweepGrid, scenario file: String) -> Result<
        (scenario: Scenario, book: RuleBook), Failure
    > {
        load(overlay: grid.overlayText(at: point), scenario: file)
    }

    /// The scenario with the overlay `text` (`platelab/changes/v1`) over its rules, or the errors that stop it.
    static func load(overlay text: String, scenario file: String, skipping: Set<String> = []) -> Result<
        (scenario: Scenario, book: RuleBook), Failure
    > {
        let overlay = ChangesLoader.load(text: text, file: "--vary")
        guard let changes = overlay.overlay, !overlay.diagnostics.hasErrors else {
            return .failure(Failure(overlay.diagnostics))
        }
        guard let loaded = try? ScenarioLoader.load(file: file, overlays: [changes], skipping: skipping) else {
            return .failure(
                Failure([
                    Diagnostic(
                        .error, at: SourceLocation(file: file, line: 1, column: 1), path: "", "cannot read the file")
                ]))
        }
        guard !loaded.diagnostics.hasErrors, let scenario = loaded.scenario, let book = loaded.book else {
            return .failure(Failure(loaded.diagnostics))
        }
        return .success((scenario, book))
    }

    /// The errors of the scenario with the overlay `text` over its rules (none when it loads).
    static func load(text: String, scenario file: String, skipping: Set<String> = []) -> [Diagnostic] {
        if case .failure(let failure) = load(overlay: text, scenario: file, skipping: skipping) {
            return failure.errors
        }
        return []
    }

    /// Why a point does not load: its errors (warnings left out).
    struct Failure: Error {
        let errors: [Diagnostic]
        init(_ findings: [Diagnostic]) { errors = findings.filter { $0.severity == .error } }
    }
}

/// Runs grid points' replications, several at once; rows come back in (point, replication) order whatever finished
/// first.
enum SweepRunner {
    /// What came of a sweep's runs.
    enum Outcome {
        case rows([SweepRow])
        /// A point that does not load, with its errors (none when it loads now: its files changed meanwhile).
        case unloadable(point: Int, [Diagnostic])
        /// A run stopped on a broken invariant of the engine's books (the first in grid order).
        case broken(point: Int, replication: Int, InvariantStop)
    }

    /// The rows of `runs`, each loading its point as it starts.
    static func run(
        _ runs: [(point: Int, replication: Int)], grid: SweepGrid, scenario file: String, seed: UInt64, jobs: Int,
        checkInvariants: Bool = false, done: @escaping (Int) -> Void
    ) -> Outcome {
        guard !runs.isEmpty else { return .rows([]) }
        @Sendable func row(_ task: Int) -> (row: SweepRow, breach: InvariantStop?)? {
            let (point, k) = runs[task]
            guard case .success(let input) = SweepPoints.load(point, of: grid, scenario: file) else { return nil }
            let result = ScenarioRunner.run(
                input.scenario, book: input.book, seed: ReplicationSeeds.seed(seed, replication: k),
                checkInvariants: checkInvariants)
            return (
                SweepRow(point: point, replication: k, values: grid.values(at: point), result: result), result.breach
            )
        }
        let (first, rest) = ReplicationPool.map(count: runs.count, jobs: jobs, first: { row(0) }, rest: row, done: done)
        let rows = [first] + rest
        if let missing = rows.firstIndex(where: { $0 == nil }) {
            let point = runs[missing].point
            if case .failure(let failure) = SweepPoints.load(point, of: grid, scenario: file) {
                return .unloadable(point: point, failure.errors)
            }
            return .unloadable(point: point, [])
        }
        if let broken = rows.first(where: { $0!.breach != nil }).map({ $0! }) {
            return .broken(point: broken.row.point, replication: broken.row.replication, broken.breach!)
        }
        return .rows(rows.map { $0!.row })
    }
}

/// Writes a finished sweep's files.
enum SweepFiles {
    /// Says which grid points broke the scenario's expectations (or a scripted step), and exits 1 when any did.
    static func judge(_ sweep: SweepResult) throws {
        let failing = sweep.failingPoints
        guard !failing.isEmpty else { return }
        let shown = failing.prefix(5).map { "\($0 + 1) (\(sweep.grid.label(at: $0)))" }.joined(separator: ", ")
        print(
            "\(failing.count) of \(Set(sweep.rows.map(\.point)).count) grid points break the scenario's expectations: \(shown)"
                + (failing.count > 5 ? ", …" : "") + "; see the expectations failed column of sweep.md")
        throw ExitCode(1)
    }

    /// The sweep's files, each written whole (a temporary file renamed into place); a file this sweep does not
    /// produce (`sweep-replications.csv` with one replication) is removed, so no stale one stays beside the new.
    /// The folder itself may hold part files, so it is not replaced.
    static func write(_ sweep: SweepResult, to folder: String) throws {
        try ReportFiles.prepare(folder)
        func path(_ name: String) -> URL { URL(fileURLWithPath: FilePaths.join(folder, name)) }
        try Data(SweepReport.csv(sweep).utf8).write(to: path("sweep.csv"), options: .atomic)
        try Data(SweepReport.markdown(sweep).utf8).write(to: path("sweep.md"), options: .atomic)
        try Data(SweepHTML.render(sweep).utf8).write(to: path("sweep.html"), options: .atomic)
        if let csv = SweepReport.replicationsCSV(sweep) {
            try Data(csv.utf8).write(to: path("sweep-replications.csv"), options: .atomic)
        } else {
            try? FileManager.default.removeItem(at: path("sweep-replications.csv"))
        }
    }
}

/// `platelab merge PART.json...`: combines sweep parts into one sweep.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the part files of a sharded sweep into sweep.csv and sweep.md.",
        discussion:
            "Exit status: 0 merged, 1 the parts do not make one whole sweep or a grid point breaks the scenario's expectations, 2 a part is unreadable."
    )

    @Argument(help: "Part files written by `platelab sweep --shard I/N`.")
    var parts: [String]

    @Option(help: "Folder for the merged results (default: the first part's folder).")
    var out: String?

    func run() throws {
        let folder = out ?? FilePaths.folder(of: parts[0])
        if let problem = OutputProblem.folder(folder) {
            printError("--out \(folder): \(problem)")
            throw ExitCode(2)
        }
        var decoded: [SweepResult] = []
        for file in parts {
            guard let data = FileManager.default.contents(atPath: file) else {
                printError("\(file): cannot read the file")
                throw ExitCode(2)
            }
            switch SweepPart.decode(data, file: file) {
            case .success(let part): decoded.append(part)
            case .failure(let error):
                printError(error.description)
                throw ExitCode(2)
            }
        }
        switch SweepPart.merge(decoded) {
        case .failure(let error):
            printError(error.description)
            throw ExitCode(1)
        case .success(let sweep):
            do { try SweepFiles.write(sweep, to: folder) } catch {
                printError("cannot write the results to \(folder): \(error.localizedDescription)")
                throw ExitCode(2)
            }
            print(
                "merged \(parts.count) parts, \(sweep.points.count) grid points; results in \(FilePaths.join(folder, "sweep.html")), sweep.md and sweep.csv"
            )
            try SweepFiles.judge(sweep)
        }
    }
}
