import Foundation
import PlateReports
import PlateStore
import PlateStudies

/// Runs one study as `platelab compare` would, into its report folder: from the results store when the same study
/// is there, else on `threads` threads, kept in the store after. The report folder appears whole or not at all.
struct StudyRunner: Sendable {
    let folders: DataFolders
    let store: ResultStore
    let threads: Int
    /// Where the runner says what the store removed to stay within its bound (the server's output).
    var log: @Sendable (String) -> Void = { _ in }

    /// Says which results made room for the ones just kept.
    func say(_ evictions: [Eviction]) {
        if let sentence = store.sentence(for: evictions) { log(sentence) }
    }

    /// How a study ended.
    enum Ending: Sendable, Equatable {
        /// It ran (or came from the store): the exit status and console lines of the command that reproduces it,
        /// and its key in the results store (a comparison's; a sweep keeps each run under a key of its own).
        case done(status: Int32, console: [String], key: String?, fromStore: Bool)
        /// It could not run: why, in words for the page.
        case failed(String)
        case cancelled
    }

    func run(
        _ study: StudyRecord, progress: @escaping @Sendable (Int, Int) -> Void, cancellation: StudyCancellation
    ) -> Ending {
        if study.kind == .sweep { return sweep(study, progress: progress, cancellation: cancellation) }
        let arms: [CompareStudy.Arm]
        switch StudyInputs.load(scenario: study.scenario, variants: study.variants, seed: study.seed) {
        case .success(let loaded): arms = loaded
        case .failure(let problems):
            let said = problems.unreadable + problems.findings.map { $0.diagnostic.description }
            return .failed("the study no longer loads: " + said.joined(separator: "; "))
        }
        let compare = CompareStudy(
            arms: arms, seed: study.seed, replications: study.replications, jobs: threads,
            precision: study.precision.flatMap(Precision.init))
        let key = StudyKey.compare(compare)
        let report = folders.report(study.id)
        // A ZIP of an earlier report (a study resumed after a crash that left one) would no longer match.
        try? FileManager.default.removeItem(atPath: folders.zip(study.id))
        do {
            let staging = try ReportFolder.staging(for: report)
            do {
                if let stored = try? store.find(key), stored.kind == ResultKind.compare {
                    try FileManager.default.removeItem(atPath: staging)
                    try FileManager.default.copyItem(atPath: stored.folder, toPath: staging)
                    try ReportFolder.commit(staging, to: report)
                    return .done(status: stored.status, console: stored.console, key: key, fromStore: true)
                }
                let runs: [ComparedRun]
                switch try compare.run(
                    progress: { progress($0.done, $0.total) }, cancellation: cancellation)
                {
                case .finished(let done): runs = done
                case .broken(let label, let replication, _):
                    ReportFolder.discard(staging)
                    return .failed(
                        "\(label), replication \(replication): the engine's books broke; nothing was written")
                }
                if let outcome = runs[0].replicated.precision, !outcome.known {
                    ReportFolder.discard(staging)
                    return .failed("precision \(outcome.precision.figure): no such figure in this run")
                }
                let console = CompareFiles.console(runs, count: runs[0].replicated.count)
                let status = CompareFiles.status(runs)
                try CompareFiles.write(runs, zone: arms[0].input.zone, to: staging)
                // A store that cannot keep it costs a rerun next time, never this result.
                say(
                    (try? store.keep(
                        key, kind: ResultKind.compare, reportFolder: staging, console: console, status: status,
                        junit: JUnitReport.render(runs: runs))) ?? [])
                try ReportFolder.commit(staging, to: report)
                return .done(status: status, console: console, key: key, fromStore: false)
            } catch StudyStop.cancelled {
                ReportFolder.discard(staging)
                return .cancelled
            } catch {
                ReportFolder.discard(staging)
                throw error
            }
        } catch {
            return .failed("the report could not be written: \(error.localizedDescription)")
        }
    }
}

extension StudyRunner {
    /// A sweep, as `platelab sweep` runs it: every point checked first, then each run read from the store when
    /// there and kept in it as it finishes (so a sweep interrupted halfway resumes from the runs already done).
    func sweep(
        _ study: StudyRecord, progress: @escaping @Sendable (Int, Int) -> Void, cancellation: StudyCancellation
    ) -> Ending {
        let base: StudyInput
        switch StudyInput.load(study.scenario, changes: [], seed: study.seed, command: ["run", study.scenario]) {
        case .success(let input): base = input
        case .failure: return .failed("the scenario no longer loads; run platelab check on \(study.scenario)")
        }
        let grid = SweepGrid(axes: study.grid.map { SweepGrid.Axis(path: $0.path, values: $0.values) })
        let sweep = SweepStudy(
            base: base, grid: grid, replications: study.replications, seed: study.seed, jobs: threads)
        let checked = sweep.check()
        if checked.failingPoints > 0 {
            let said = checked.findings.prefix(5).flatMap { finding in
                finding.errors.map { "\(finding.label): \($0.message)" }
            }
            return .failed(
                "\(checked.failingPoints) of \(grid.count) grid points do not load: " + said.joined(separator: "; "))
        }
        let stored = StoredSweepRuns(store: store)
        let report = folders.report(study.id)
        try? FileManager.default.removeItem(atPath: folders.zip(study.id))
        do {
            let result: SweepResult
            switch try sweep.run(
                progress: { progress($0.done, $0.total) }, cancellation: cancellation, cache: stored)
            {
            case .finished(let done): result = done
            case .unloadable(let point, _):
                return .failed("grid point \(point + 1) (\(grid.label(at: point))) does not load")
            case .broken(let point, let replication, _):
                return .failed("grid point \(point + 1), replication \(replication): the engine's books broke")
            }
            let staging = try ReportFolder.staging(for: report)
            do {
                try SweepFiles.write(result, to: staging)
                try ReportFolder.commit(staging, to: report)
            } catch {
                ReportFolder.discard(staging)
                throw error
            }
            say(stored.evictions)
            let ran = sweep.runs.count - stored.runsFound
            let console = [
                "\(grid.count) grid points × \(study.replications) replications: \(stored.runsFound) of \(sweep.runs.count) runs from the store, \(ran) ran",
                result.failingPoints.isEmpty
                    ? "every grid point meets the scenario's expectations"
                    : "\(result.failingPoints.count) of \(grid.count) grid points break the scenario's expectations",
            ]
            return .done(
                status: result.failingPoints.isEmpty ? 0 : 1, console: console, key: nil,
                fromStore: stored.runsFound == sweep.runs.count)
        } catch StudyStop.cancelled {
            return .cancelled
        } catch {
            return .failed("the report could not be written: \(error.localizedDescription)")
        }
    }
}

/// Where the workbench keeps things inside its data folder.
public struct DataFolders: Sendable {
    public let root: String

    public init(root: String) { self.root = root }

    /// The results store, shared with `platelab compare --store DATA/store`.
    public var store: String { root + "/store" }
    /// Uploaded scenarios, one folder per upload (named by the digest of its name and text).
    public var uploads: String { root + "/uploads" }
    /// A study's own folder.
    public func study(_ id: String) -> String { root + "/studies/" + id }
    /// A study's report folder, there only once complete.
    public func report(_ id: String) -> String { study(id) + "/report" }
    /// The ZIP of a study's report folder, made when first asked for.
    public func zip(_ id: String) -> String { study(id) + "/report-\(id).zip" }
}
