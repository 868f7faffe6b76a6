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

    public init(arms: [Arm], seed: UInt64? = nil, replications: Int, jobs: Int, checkInvariants: Bool = false) {
        precondition(arms.count >= 2, "a comparison needs a baseline and a variant")
        precondition(jobs >= 1 && replications >= 1, "a comparison needs a job and a replication")
        self.arms = arms
        self.seed = seed
        self.replications = replications
        self.jobs = jobs
        self.checkInvariants = checkInvariants
    }

    /// Runs every arm in turn, each over its replications on `jobs` threads; `progress` counts replications done
    /// over the whole comparison (stage `runs`).
    public func run(
        progress: StudyProgressHandler? = nil, cancellation: StudyCancellation? = nil
    ) throws(StudyStop) -> Outcome {
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
}
