import PlateRules
import PlateSimulation

/// A scenario as it is and under rule changes (or other rule sets), every run on the same seeds, so replication k
/// of each variant pairs with replication k of the baseline.
public struct CompareStudy: Sendable {
    /// One run of the comparison: a label and its loaded input.
    public struct Arm: Sendable {
        public let label: String
        public let input: StudyInput

        public init(label: String, input: StudyInput) {
            self.label = label
            self.input = input
        }
    }

    /// What came of a comparison.
    public enum Outcome {
        /// Every run, the baseline first.
        case finished([ComparedRun])
        /// A run stopped on a broken invariant of the engine's books: its label and the replication that broke.
        case broken(label: String, ReplicationSummary, of: Int)
    }

    /// The baseline first, then the variants.
    public let arms: [Arm]
    /// The root seed (default: the scenario's).
    public let seed: UInt64?
    public let replications: Int
    /// Replications run at once; the results do not depend on it.
    public let jobs: Int
    public let checkInvariants: Bool
    /// Replications are added (to every arm alike, so they stay paired) until the paired difference of this figure
    /// is as precise as asked for every variant, or `maximumReplications` ran.
    public let precision: Precision?
    public let maximumReplications: Int

    public init(
        arms: [Arm], seed: UInt64? = nil, replications: Int, jobs: Int, checkInvariants: Bool = false,
        precision: Precision? = nil, maximumReplications: Int = 100
    ) {
        precondition(arms.count >= 2, "a comparison needs a baseline and a variant")
        precondition(jobs >= 1 && replications >= 1, "a comparison needs a job and a replication")
        self.arms = arms
        self.seed = seed
        self.replications = replications
        self.jobs = jobs
        self.checkInvariants = checkInvariants
        self.precision = precision?.pairedDifference
        self.maximumReplications = max(maximumReplications, replications)
    }

    /// Runs every arm in turn, each over its replications on `jobs` threads; `progress` counts replications done
    /// over the whole comparison (stage `runs`).
    public func run(
        progress: StudyProgressHandler? = nil, cancellation: StudyCancellation? = nil
    ) throws(StudyStop) -> Outcome {
        if let precision { return try run(until: precision, progress: progress, cancellation: cancellation) }
        var runs: [ComparedRun] = []
        let total = arms.count * replications
        for (index, arm) in arms.enumerated() {
            let before = index * replications
            let run = try ReplicatedRun.run(
                arm.input.scenario, book: arm.input.book, seed: seed, count: replications, jobs: jobs,
                progress: progress.map { tell in
                    { share in
                        tell(StudyProgress(.runs, done: before + Int(share * Double(self.replications)), of: total))
                    }
                },
                checkInvariants: checkInvariants, cancellation: cancellation)
            progress?(StudyProgress(.runs, done: before + replications, of: total))
            if let broken = run.breach { return .broken(label: arm.label, broken, of: run.count) }
            runs.append(ComparedRun(label: arm.label, replicated: run, provenance: arm.input.provenance))
        }
        return .finished(runs)
    }

    /// Runs every arm over at least three replications (and at least `replications`), then adds a batch to every arm
    /// until the fewest replications that make every variant's paired difference of the figure as precise as asked
    /// are found, or the maximum ran. The outcome is the same whatever `jobs`: the count kept is the fewest that meet
    /// the target, looked for in order, and replication k runs on the same derived seed in every arm.
    func run(
        until precision: Precision, progress: StudyProgressHandler?, cancellation: StudyCancellation?
    ) throws(StudyStop) -> Outcome {
        let start = min(maximumReplications, max(replications, 3))
        var summaries: [[ReplicationSummary]] = []
        var firsts: [RunResult] = []
        for arm in arms {
            let run = try ReplicatedRun.run(
                arm.input.scenario, book: arm.input.book, seed: seed, count: start, jobs: jobs,
                checkInvariants: checkInvariants, cancellation: cancellation)
            if let broken = run.breach { return .broken(label: arm.label, broken, of: run.count) }
            firsts.append(run.first)
            summaries.append(run.replications)
            progress?(StudyProgress(.runs, done: summaries.count * start, of: arms.count * maximumReplications))
        }
        let known = summaries.allSatisfy { $0[0].knows(precision.figure) }
        func met(_ n: Int) -> Bool {
            let baseline = summaries[0].prefix(n).map { $0.value(precision.figure) }
            return summaries.dropFirst().allSatisfy { variant in
                precision.met(
                    by: Estimate.paired(
                        baseline: baseline, variant: variant.prefix(n).map { $0.value(precision.figure) }))
            }
        }
        var (checked, kept, reached) = (start - 1, start, false)
        while known {
            if let found = (checked + 1...summaries[0].count).first(where: met) {
                (kept, reached) = (found, true)
                break
            }
            checked = summaries[0].count
            kept = checked
            guard checked < maximumReplications else { break }
            if cancellation?.isCancelled == true { throw .cancelled }
            let (from, batch) = (checked, min(max(jobs, 2), maximumReplications - checked))
            for (index, arm) in arms.enumerated() {
                let (scenario, book, root, check) = (
                    arm.input.scenario, arm.input.book, seed ?? arm.input.scenario.seed, checkInvariants
                )
                @Sendable func replication(_ number: Int) -> ReplicationSummary {
                    ReplicationSummary(
                        number: number,
                        result: ScenarioRunner.run(
                            scenario, book: book, seed: ReplicationSeeds.seed(root, replication: number),
                            checkInvariants: check))
                }
                let (head, tail) = ReplicationPool.map(
                    count: batch, jobs: jobs, first: { replication(from + 1) }, rest: { replication(from + $0 + 1) })
                let added = [head] + tail
                if let broken = added.first(where: { $0.breach != nil }) {
                    return .broken(label: arm.label, broken, of: from + batch)
                }
                summaries[index] += added
                progress?(
                    StudyProgress(
                        .runs, done: summaries.reduce(0) { $0 + $1.count }, of: arms.count * maximumReplications))
            }
        }
        let outcome = PrecisionOutcome(
            precision: precision, reached: reached, maximum: maximumReplications, known: known)
        return .finished(
            arms.indices.map { index in
                ComparedRun(
                    label: arms[index].label,
                    replicated: ReplicatedRun(
                        first: firsts[index], replications: Array(summaries[index].prefix(kept)), precision: outcome),
                    provenance: arms[index].input.provenance)
            })
    }
}
