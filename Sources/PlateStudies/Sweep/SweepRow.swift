import PlateRules
import PlateSimulation

/// The outcomes of one grid point: whole numbers only, so rows render identically wherever they were computed.
public struct SweepRow: Hashable, Sendable {
    /// The outcome columns, in report order, with a readable name.
    public static let outcomes: [(key: String, name: String)] = columns.map { ($0.key, $0.name) }

    /// An outcome column: its key, its readable name and how a finished run gives its value.
    private struct Column: Sendable {
        let key: String, name: String
        let value: @Sendable (RunResult) -> Int
    }

    private static func count(_ count: RunCount) -> Column {
        Column(key: count.name, name: count.label) { $0.tally.total.count(count) }
    }

    private static let columns: [Column] = [
        count(.applicants), count(.reserved),
        Column(key: "reservation_rate_permille", name: "reservation rate (‰)") { r in
            let t = r.tally.total
            return t.applicants == 0 ? 0 : Int((Double(t.reserved) * 1000 / Double(t.applicants)).rounded())
        },
        count(.reservedSelfCompose), count(.reservedRandom), count(.registered), count(.lapsed), count(.blacklisted),
        count(.blacklistHits), count(.sentToOffice), count(.rejections),
        Column(key: "median_wait_seconds", name: "median time to reservation (s)") {
            Int(WaitStatistics(sorted: $0.tally.sortedAllWaits).median ?? 0)
        },
        Column(key: "p90_wait_seconds", name: "90th percentile time to reservation (s)") {
            Int(WaitStatistics(sorted: $0.tally.sortedAllWaits).p90 ?? 0)
        },
        Column(key: PoolMetric.segmentsPublished.name, name: "segments published") {
            $0.tally.pools.reduce(0) { $0 + $1.segmentsPublished }
        },
        Column(key: "pools_self_compose_exhausted", name: "office pools whose self-compose ran dry") {
            $0.tally.pools.filter { $0.exhaustedSelfCompose != nil }.count
        },
        Column(key: "expectations_failed", name: "expectations failed") {
            $0.verdicts.filter { !$0.holds }.count + $0.steps.filter { $0.failure != nil }.count
        },
    ]

    public let point: Int
    /// 1-based; replication k of every point ran on the same seed.
    public let replication: Int
    public let values: [String]
    /// One value per `outcomes` entry.
    public let outcomes: [Int]

    public init(point: Int, replication: Int = 1, values: [String], outcomes: [Int]) {
        self.point = point
        self.replication = replication
        self.values = values
        self.outcomes = outcomes
    }

    /// The row of a finished run.
    public init(point: Int, replication: Int = 1, values: [String], result: RunResult) {
        self.init(
            point: point, replication: replication, values: values, outcomes: Self.columns.map { $0.value(result) })
    }
}
