import PlateEngine
import PlateRules
import PlateScenarios
import PlateSimulation

/// A scenario run over replications: replication 1 in full (for the detailed sections of the reports), a summary
/// of every replication, each figure's statistics and the expectations over replications.
public struct ReplicatedRun {
    /// Replication 1, on the scenario's seed (or the one given): with one replication, the whole run.
    public let first: RunResult
    public let replications: [ReplicationSummary]
    public let statistics: [FigureStatistic]
    public let verdicts: [ReplicatedVerdict]
    /// With `--precision`: whether the figure got as precise as asked, which decided how many replications ran.
    public let precision: PrecisionOutcome?

    public init(first: RunResult, replications: [ReplicationSummary], precision: PrecisionOutcome? = nil) {
        self.first = first
        self.precision = precision
        self.replications = replications
        statistics = FigureStatistic.all(replications)
        let seeds = replications.map(\.seed)
        verdicts = first.scenario.expectations.indices.map { index in
            ReplicatedVerdict(
                expectation: first.scenario.expectations[index], observed: replications.map { $0.observed[index] },
                seeds: seeds)
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

    /// The expectations (by index into `verdicts`) that replication `r`'s own value breaks.
    public func failedExpectations(in r: ReplicationSummary) -> [Int] {
        verdicts.indices.filter { index in
            r.observed[index].map { !verdicts[index].expectation.requirement.holds(for: $0) } ?? true
        }
    }

    /// Every scripted step that missed its expectation, replication by replication; with several replications each line
    /// names its replication and seed.
    public var stepFailureLines: [String] {
        replications.flatMap { r in
            r.stepFailures.map { (count > 1 ? "replication \(r.number) (seed \(r.seed)): " : "") + $0 }
        }
    }

    /// Scripted steps that missed their expectation, over every replication.
    public var failedSteps: Int { replications.reduce(0) { $0 + $1.stepFailures.count } }

    /// The first replication that stopped on a broken invariant of the engine's books (`checkInvariants`), if any.
    public var breach: ReplicationSummary? { replications.first { $0.breach != nil } }

    /// The statistics of a figure by name.
    public func statistic(_ name: String) -> FigureStatistic? { statistics.first { $0.name == name } }

    /// Runs `count` replications of `scenario` on `jobs` threads. Replication 1 runs on the calling thread with
    /// `onEvent` and `progress` (which then counts replications done); the others on their derived seeds.
    ///
    /// With a `precision`, replications are added until the named figure's interval is as narrow as asked, or
    /// `maximum` ran: the run keeps the fewest replications (at least `count`) that meet it, so the outcome does not
    /// depend on how many ran at once.
    ///
    /// Throws `StudyStop.cancelled` only when `cancellation` is cancelled: replication 1 always runs to its end, and
    /// no other starts after the cancel (`StudyCancellation` says why a run is not interrupted midway).
    public static func run(
        _ scenario: Scenario, book: RuleBook, seed: UInt64? = nil, count: Int, jobs: Int,
        precision: Precision? = nil, maximum: Int = 100,
        onEvent: ((EngineEvent) -> Void)? = nil, progress: ((Double) -> Void)? = nil,
        checkInvariants: Bool = false, cancellation: StudyCancellation? = nil
    ) throws(StudyStop) -> ReplicatedRun {
        if cancellation?.isCancelled == true { throw .cancelled }
        @Sendable func skipped() -> Bool { cancellation?.isCancelled == true }
        let root = seed ?? scenario.seed
        // A precision needs an interval: at least two replications, three to start from something steadier.
        let start = precision == nil ? count : min(maximum, max(count, 3))
        let seeds = ReplicationSeeds.seeds(root, count: start)
        let (first, rest) = ReplicationPool.map(
            count: start, jobs: jobs,
            first: {
                ScenarioRunner.run(
                    scenario, book: book, seed: seeds[0], onEvent: onEvent, progress: start == 1 ? progress : nil,
                    checkInvariants: checkInvariants)
            },
            rest: { k in
                skipped()
                    ? nil
                    : ReplicationSummary(
                        number: k + 1,
                        result: ScenarioRunner.run(
                            scenario, book: book, seed: seeds[k], checkInvariants: checkInvariants))
            },
            done: start == 1 || precision != nil ? nil : { done in progress?(Double(done) / Double(start)) })
        guard rest.allSatisfy({ $0 != nil }) else { throw .cancelled }
        var summaries = [ReplicationSummary(number: 1, result: first)] + rest.map { $0! }
        guard let precision else { return ReplicatedRun(first: first, replications: summaries) }

        func met(_ n: Int) -> Bool? {
            let values = summaries.prefix(n).map { $0.value(precision.figure) }
            guard summaries[0].knows(precision.figure) else { return nil }
            return precision.met(by: Estimate(values))
        }
        var checked = 0
        var reached = false
        while true {
            // The fewest replications that meet the target, looked for in order.
            var found: Int?
            for n in max(start, checked + 1)...summaries.count {
                guard let ok = met(n) else { break }
                if ok {
                    found = n
                    break
                }
            }
            checked = summaries.count
            if let found {
                summaries = Array(summaries.prefix(found))
                reached = true
                break
            }
            guard summaries[0].knows(precision.figure), summaries.count < maximum else { break }
            if skipped() { throw .cancelled }
            let batch = min(max(jobs, 2), maximum - summaries.count)
            let from = summaries.count
            progress?(Double(from) / Double(maximum))
            let (head, tail) = ReplicationPool.map(
                count: batch, jobs: jobs,
                first: {
                    ReplicationSummary(
                        number: from + 1,
                        result: ScenarioRunner.run(
                            scenario, book: book, seed: ReplicationSeeds.seed(root, replication: from + 1),
                            checkInvariants: checkInvariants))
                },
                rest: { i in
                    ReplicationSummary(
                        number: from + i + 1,
                        result: ScenarioRunner.run(
                            scenario, book: book,
                            seed: ReplicationSeeds.seed(root, replication: from + i + 1),
                            checkInvariants: checkInvariants))
                })
            summaries += [head] + tail
        }
        let outcome = PrecisionOutcome(
            precision: precision, reached: reached, maximum: maximum, known: summaries[0].knows(precision.figure))
        return ReplicatedRun(first: first, replications: summaries, precision: outcome)
    }
}
