import PlateEngine
import PlateRules
import PlateSimulation

/// A scenario run over replications: replication 1 in full (for the detailed sections of the reports), a summary
/// of every replication, each figure's statistics and the expectations over replications.
public struct ReplicatedRun {
    /// Replication 1, on the scenario's seed (or the one given): with one replication, the whole run.
    public let first: RunResult
    public let replications: [ReplicationSummary]
    public let statistics: [FigureStatistic]
    public let verdicts: [ReplicatedVerdict]

    public init(first: RunResult, replications: [ReplicationSummary]) {
        self.first = first
        self.replications = replications
        statistics = FigureStatistic.all(replications)
        let seeds = replications.map(\.seed)
        verdicts = first.scenario.expectations.indices.map { index in
            ReplicatedVerdict(expectation: first.scenario.expectations[index], observed: replications.map { $0.observed[index] }, seeds: seeds)
        }
    }

    /// One run as a replicated run of one replication.
    public init(single result: RunResult) {
        self.init(first: result, replications: [ReplicationSummary(number: 1, result: result)])
    }

    public var count: Int { replications.count }
    public var scenario: Scenario { first.scenario }

    /// Whether every expectation holds over the replications and every scripted step met its expectation in each.
    public var passed: Bool { verdicts.allSatisfy(\.holds) && replications.allSatisfy { $0.stepFailures.isEmpty } }

    /// Scripted steps that missed their expectation, over every replication.
    public var failedSteps: Int { replications.reduce(0) { $0 + $1.stepFailures.count } }

    /// The statistics of a figure by name.
    public func statistic(_ name: String) -> FigureStatistic? { statistics.first { $0.name == name } }

    /// Runs `count` replications of `scenario` on `jobs` threads. Replication 1 runs on the calling thread with
    /// `onEvent` and `progress` (which then counts replications done); the others on their derived seeds.
    public static func run(_ scenario: Scenario, book: RuleBook, seed: UInt64? = nil, count: Int, jobs: Int,
                           onEvent: ((EngineEvent) -> Void)? = nil, progress: ((Double) -> Void)? = nil) -> ReplicatedRun {
        let seeds = ReplicationSeeds.seeds(seed ?? scenario.seed, count: count)
        let (first, rest) = ReplicationPool.map(
            count: count, jobs: jobs,
            first: { ScenarioRunner.run(scenario, book: book, seed: seeds[0], onEvent: onEvent, progress: count == 1 ? progress : nil) },
            rest: { k in ReplicationSummary(number: k + 1, result: ScenarioRunner.run(scenario, book: book, seed: seeds[k])) },
            done: count == 1 ? nil : { done in progress?(Double(done) / Double(count)) })
        return ReplicatedRun(first: first, replications: [ReplicationSummary(number: 1, result: first)] + rest)
    }
}
