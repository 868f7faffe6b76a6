import PlateRules
import PlateSimulation

/// What is kept of one replication once it has run: its seed, verdicts and figures (the tally itself is let go, so
/// many replications fit in memory).
public struct ReplicationSummary: Sendable {
    /// 1-based.
    public let number: Int
    public let seed: UInt64
    /// Each scenario expectation's observed value in this replication, in the scenario's order.
    public let observed: [Int?]
    /// Scripted steps that did not meet their expectation, as `file:line:column: step failed: ...` lines.
    public let stepFailures: [String]
    public let figures: FigureSet
    /// Counts per local day (days since 1970-01-01), for the charts' bands.
    public let days: [Int: DayTally]

    /// Where the run stopped on a broken invariant of the engine's books, when it did.
    public let breach: InvariantStop?

    public init(number: Int, result: RunResult) {
        breach = result.breach
        self.number = number
        seed = result.seed
        observed = result.verdicts.map(\.observed)
        stepFailures = result.steps.compactMap { step in
            step.failure.map {
                "\(step.location.file):\(step.location.line):\(step.location.column): step failed: \(step.user) step \(step.step): \($0)"
            }
        }
        figures = FigureSet(result)
        days = result.tally.days
    }

    /// Whether this run has a figure of that name (every rejection reason counts: one never seen is 0).
    public func knows(_ name: String) -> Bool {
        name.hasPrefix("rejected.") ? name.count > "rejected.".count : figures.figures.contains { $0.name == name }
    }

    /// The value of a figure by name (rejections by reason as `rejected.<reason>`, 0 when never seen); nil when the
    /// run has no such figure or it is undefined.
    public func value(_ name: String) -> Double? {
        if name.hasPrefix("rejected.") {
            return Double(figures.rejections[String(name.dropFirst("rejected.".count))] ?? 0)
        }
        return figures.figures.first { $0.name == name }?.value
    }
}

/// A figure's name and unit with its estimate over the replications.
public struct FigureStatistic: Sendable {
    public let name: String
    public let unit: Figure.Unit
    /// The figure in each replication, in order.
    public let values: [Double?]
    public let estimate: Estimate

    init(name: String, unit: Figure.Unit, values: [Double?]) {
        self.name = name
        self.unit = unit
        self.values = values
        estimate = Estimate(values)
    }

    /// Every figure of `replications`, in the first one's order, with the rejection reasons (every reason any
    /// replication
    /// saw, most frequent first) after the run-wide figures, before the cohorts' and pools'.
    public static func all(_ replications: [ReplicationSummary]) -> [FigureStatistic] {
        guard let first = replications.first else { return [] }
        // Every replication runs the same scenario, so figure i is the same figure everywhere; looked up by name when
        // not.
        var statistics = first.figures.figures.indices.map { index in
            let name = first.figures.figures[index].name
            return FigureStatistic(
                name: name, unit: first.figures.figures[index].unit,
                values: replications.map { r in
                    let figures = r.figures.figures
                    return index < figures.count && figures[index].name == name
                        ? figures[index].value : figures.first { $0.name == name }?.value
                })
        }
        var union: [String: Int] = [:]
        for r in replications { for (reason, n) in r.figures.rejections { union[reason, default: 0] += n } }
        let rejections = RejectionOrder.sorted(union).map { reason, _ in
            FigureStatistic(
                name: "rejected." + reason, unit: .count,
                values: replications.map { Double($0.figures.rejections[reason] ?? 0) })
        }
        let runWide =
            statistics.firstIndex { $0.name.hasPrefix("cohort.") || $0.name.hasPrefix("pool.") } ?? statistics.count
        statistics.insert(contentsOf: rejections, at: runWide)
        return statistics
    }
}
