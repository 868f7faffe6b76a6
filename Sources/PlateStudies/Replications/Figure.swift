import PlateEngine
import PlateRules
import PlateSimulation

/// One named figure of a run, as statistics over replications take it: counts, shares, waits, pool dates.
public struct Figure: Hashable, Sendable {
    /// What a figure's number is, for showing it.
    public enum Unit: String, Hashable, Sendable {
        case count
        /// A share between 0 and 1, shown as a percentage.
        case share
        case seconds
        /// Days after the scenario's start.
        case days
    }

    /// Metric-style name: `reserved`, `cohort.walk-ins.lapsed`, `rejected.pool_exhausted`,
    /// `pool.city/small-car.exhausted_day`.
    public let name: String
    public let unit: Unit
    /// Nil when the figure is undefined in this run (no reservation to time, a pool that never ran dry).
    public let value: Double?

    public init(_ name: String, _ unit: Unit, _ value: Double?) {
        self.name = name
        self.unit = unit
        self.value = value
    }
}

/// The figures of one run, in report order: totals, rates, waits, quota use, cohorts and pools. Rejections by reason
/// stay apart, as a reason one replication never saw counts 0 there.
public struct FigureSet: Sendable {
    public let figures: [Figure]
    public let rejections: [String: Int]

    public init(_ result: RunResult) {
        let tally = result.tally
        var f: [Figure] = []
        func group(_ prefix: String, _ c: CohortTally, waits: [Int64], selfComposeUse: [Int: Int], drawUse: [Int: Int])
        {
            for count in RunCount.allCases { f.append(Figure(prefix + count.name, .count, Double(c.count(count)))) }
            f.append(
                Figure(
                    prefix + "reservation_rate", .share,
                    c.applicants == 0 ? nil : Double(c.reserved) / Double(c.applicants)))
            f.append(Figure(prefix + "self_compose.all_taken_share", .share, c.selfCompose.allTakenShare))
            f.append(Figure(prefix + "quota_use.mean_self_compose_numbers", .count, Self.mean(selfComposeUse)))
            f.append(Figure(prefix + "quota_use.mean_draws", .count, Self.mean(drawUse)))
            let w = WaitStatistics(sorted: waits)
            f.append(Figure(prefix + "time_to_reservation.median_seconds", .seconds, w.median.map(Double.init)))
            f.append(Figure(prefix + "time_to_reservation.p90_seconds", .seconds, w.p90.map(Double.init)))
            f.append(Figure(prefix + "time_to_reservation.max_seconds", .seconds, w.max.map(Double.init)))
        }
        group(
            "", tally.total, waits: tally.sortedAllWaits, selfComposeUse: tally.selfComposeUse, drawUse: tally.drawUse)
        for index in tally.cohortNames.indices
        where tally.cohorts[index].applicants > 0 || index < tally.cohortNames.count - 1 {
            group(
                "cohort.\(tally.cohortNames[index]).", tally.cohorts[index], waits: tally.sortedWaits[index],
                selfComposeUse: tally.cohortSelfComposeUse[index], drawUse: tally.cohortDrawUse[index])
        }
        let start = result.scenario.start
        func day(_ instant: Instant?) -> Double? {
            instant.map { Double($0.secondsSinceEpoch - start.secondsSinceEpoch) / 86_400 }
        }
        for pool in tally.pools {
            let prefix = "pool.\(pool.key.office)/\(pool.key.pool)."
            f.append(Figure(prefix + "self_compose_exhausted_day", .days, day(pool.exhaustedSelfCompose)))
            f.append(Figure(prefix + "random_exhausted_day", .days, day(pool.exhaustedRandom)))
            f.append(Figure(prefix + "exhausted_day", .days, day(pool.exhausted)))
            f.append(Figure(prefix + "segments_published", .count, Double(pool.segmentsPublished)))
            f.append(
                Figure(
                    prefix + "self_compose_available_at_end", .count, pool.samples.last.map { Double($0.selfCompose) }))
            f.append(Figure(prefix + "random_available_at_end", .count, pool.samples.last.map { Double($0.random) }))
        }
        figures = f
        rejections = tally.rejections
    }

    /// Numbers used per applicant on average, from a histogram of applicants by numbers used.
    public static func mean(_ histogram: [Int: Int]) -> Double? {
        let n = histogram.values.reduce(0, +)
        return n == 0 ? nil : Double(histogram.reduce(0) { $0 + $1.key * $1.value }) / Double(n)
    }
}
