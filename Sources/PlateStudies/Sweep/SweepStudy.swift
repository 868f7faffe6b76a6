import PlateRules
import PlateSimulation

/// A scenario over a grid of rule values: every point's replications (or one shard of them), several at once; rows
/// come back in (point, replication) order whatever finished first.
public struct SweepStudy: Sendable {
    /// What came of a sweep's runs.
    public enum Outcome: Sendable {
        case finished(SweepResult)
        /// A point that does not load, with its errors (none when it loads now: its files changed meanwhile).
        case unloadable(point: Int, [Diagnostic])
        /// A run stopped on a broken invariant of the engine's books (the first in grid order).
        case broken(point: Int, replication: Int, InvariantStop)
    }

    /// The scenario as loaded without the grid.
    public let base: StudyInput
    public let grid: SweepGrid
    public let replications: Int
    /// The part of the grid's runs this study runs (`.whole` for all).
    public let shard: Shard
    /// The root seed every run derives its seed from.
    public let seed: UInt64
    /// Runs at once; the results do not depend on it.
    public let jobs: Int
    public let checkInvariants: Bool

    public init(
        base: StudyInput, grid: SweepGrid, replications: Int, shard: Shard = .whole, seed: UInt64? = nil, jobs: Int,
        checkInvariants: Bool = false
    ) {
        precondition(jobs >= 1 && replications >= 1, "a sweep needs a job and a replication")
        self.base = base
        self.grid = grid
        self.replications = replications
        self.shard = shard
        self.seed = seed ?? base.scenario.seed
        self.jobs = jobs
        self.checkInvariants = checkInvariants
    }

    /// The (point, replication) runs of this study, in grid order.
    public var runs: [(point: Int, replication: Int)] { shard.runs(of: grid, replications: replications) }

    /// The grid points this study runs, in grid order.
    public var points: [Int] {
        var points: [Int] = []
        for run in runs where points.last != run.point { points.append(run.point) }
        return points
    }

    /// Which of the study's points do not load, and why, without loading every point (`SweepCheck`); `progress`
    /// counts loads and combinations checked (stage `grid checks`).
    public func check(progress: StudyProgressHandler? = nil) -> SweepCheck.Outcome {
        SweepCheck.check(points, of: grid, scenario: base.file, base: base.book, jobs: jobs) { done, total in
            progress?(StudyProgress(.gridChecks, done: done, of: total))
        }
    }

    /// Runs every run of the study, each loading its point as it starts (so memory follows the runs under way, not
    /// the grid); `progress` counts runs done (stage `runs`). With a `cache`, a run found in it is read instead of
    /// run, and each run that finishes whole (its books unbroken) is left in it as soon as it does.
    public func run(
        progress: StudyProgressHandler? = nil, cancellation: StudyCancellation? = nil, cache: SweepRunCache? = nil
    ) throws(StudyStop) -> Outcome {
        let (runs, grid, file, seed, checkInvariants) = (runs, grid, base.file, seed, checkInvariants)
        let scenarioDigest = cache == nil ? "" : StudyKey.fileDigest(file)
        let study = self
        let rows = try StudyPool.map(
            count: runs.count, jobs: jobs, stage: .runs, progress: progress, cancellation: cancellation
        ) { task -> (row: SweepRow, breach: InvariantStop?)?? in
            let (point, k) = runs[task]
            let values = grid.values(at: point)
            let key = cache.map { _ in
                StudyKey.sweepRun(study, values: values, replication: k, scenarioDigest: scenarioDigest)
            }
            if let key, let outcomes = cache?.outcomes(key), outcomes.count == SweepRow.outcomes.count {
                return (SweepRow(point: point, replication: k, values: values, outcomes: outcomes), nil)
            }
            // A point that does not load is a result (nil), not a cancel.
            guard case .success(let input) = SweepPoints.load(point, of: grid, scenario: file) else {
                return .some(nil)
            }
            let result = ScenarioRunner.run(
                input.scenario, book: input.book, seed: ReplicationSeeds.seed(seed, replication: k),
                checkInvariants: checkInvariants)
            let row = SweepRow(point: point, replication: k, values: values, result: result)
            if let key, result.breach == nil { cache?.keep(row.outcomes, key: key) }
            return (row, result.breach)
        }
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
        return .finished(
            SweepResult(
                scenarioFile: file, scenarioName: base.scenario.name, seed: seed,
                baseRulesSHA256: base.provenance.rulesSHA256, grid: grid, replications: replications,
                rows: rows.map { $0!.row }))
    }
}
