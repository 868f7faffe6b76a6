import PlateRules
import PlateSimulation

/// Runs cases as tests, each in its own world, several at once; outcomes come back in the order the cases were
/// given, whatever finished first.
public struct TestStudy: Sendable {
    public let cases: [TestCase]
    /// Cases run at once; the outcomes do not depend on it.
    public let jobs: Int
    /// Whether every case checks the engine's books as it runs (a breach fails the case).
    public let checkInvariants: Bool

    public init(cases: [TestCase], jobs: Int, checkInvariants: Bool = true) {
        precondition(jobs >= 1, "a study needs at least one job")
        self.cases = cases
        self.jobs = jobs
        self.checkInvariants = checkInvariants
    }

    /// Every case's outcome; `progress` counts cases done (stage `cases`); throws only when `cancellation` is
    /// cancelled. A case's replications run one after the
    /// other: the cases are what run at once.
    public func run(
        progress: StudyProgressHandler? = nil, cancellation: StudyCancellation? = nil
    ) throws(StudyStop) -> [TestOutcome] {
        let (cases, checkInvariants) = (cases, checkInvariants)
        return try StudyPool.map(
            count: cases.count, jobs: jobs, stage: .cases, progress: progress, cancellation: cancellation
        ) { index in
            let test = cases[index]
            // A case of many replications stops between them when cancelled.
            guard
                let run = try? ReplicatedRun.run(
                    test.scenario, book: test.book, count: test.scenario.replications, jobs: 1,
                    checkInvariants: checkInvariants, cancellation: cancellation)
            else { return nil }
            if let broken = run.breach {
                return TestOutcome(
                    test: test, failures: ["replication \(broken.number) (seed \(broken.seed)): \(broken.breach!)"],
                    brokeInvariant: true)
            }
            return TestOutcome(test: test, failures: run.verdicts.compactMap(\.failure) + run.stepFailureLines)
        }
    }
}
