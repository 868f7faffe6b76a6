import ArgumentParser
import Dispatch
import Foundation
import PlateReports
import PlateRules
import PlateSimulation
import PlateStore
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
            interval, error bars in the charts, and sweep-replications.csv. With --store DIR every run is looked up in the results store \
            first and kept in it as it finishes, so a sweep run again, or killed and started again, runs only what is not there. With --shard I/N only every N-th run of the grid's \
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

    @OptionGroup var storage: StoreOptions

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
        let study = SweepStudy(
            base: base, grid: grid, replications: replication.count(for: base.scenario), shard: part, seed: seed,
            jobs: replication.jobs, checkInvariants: invariants.checkInvariants)
        let replications = study.replications
        // Every point is checked before anything runs, so a bad value stops the sweep at once; only its findings are
        // kept, and each run loads its point again, so memory follows the runs under way, not the grid.
        let checking = ProgressLine.start("grid checks done")
        let checked = study.check { checking.show($0.done, of: $0.total) }
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
                "\(checked.failingPoints) of \(study.points.count) grid points do not load"
                    + (unshown > 0 ? " (\(unshown) more findings not shown)" : "")
                    + "; nothing ran")
            throw ExitCode(2)
        }

        let stored = try storage.open().map(StoredSweepRuns.init)
        let running = ProgressLine.start("runs done")
        // Without a cancellation token a study cannot stop early; a signal ends the process, which has written
        // nothing yet (but the store keeps each run that finished).
        let outcome = try! study.run(
            progress: { running.show($0.done, of: $0.total) }, cancellation: nil, cache: stored)
        running.finish()
        if let stored { Self.report(stored, runs: study.runs.count) }
        let sweep: SweepResult
        switch outcome {
        case .finished(let done): sweep = done
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
                    "\(sweep.rows.count) of \(grid.count * replications) runs (shard \(part.index)/\(part.count)); part in \(file)"
                )
            }
        } catch {
            printError("cannot write the results to \(folder): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        try SweepVerdict.judge(sweep)
    }
}

extension SweepCommand {
    /// Says how many runs came from the store, how many were kept, and what the store could not do.
    static func report(_ stored: StoredSweepRuns, runs: Int) {
        let ran = runs - stored.runsFound
        print(
            "store: \(stored.runsFound) of \(runs) runs from the store, \(ran) ran"
                + (stored.runsKept == ran ? " and kept" : ", \(stored.runsKept) kept"))
        if let problem = stored.problems.first {
            let more = stored.problems.count - 1
            printError("warning: \(problem)" + (more > 0 ? " (and \(more) more)" : "") + "; the figures are unaffected")
        }
        StoreOptions.report(stored.evictions, store: stored.store)
    }
}

/// What the command says of a finished sweep.
enum SweepVerdict {
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
            try SweepVerdict.judge(sweep)
        }
    }
}
