import PlateSimulation

/// The outcomes of one grid point: whole numbers only, so rows render identically wherever they were computed.
public struct SweepRow: Hashable, Sendable {
    /// The outcome columns, in report order, with a readable name.
    public static let outcomes: [(key: String, name: String)] = [
        ("applicants", "applicants"), ("reserved", "reserved"), ("reservation_rate_permille", "reservation rate (‰)"),
        ("reserved_self_compose", "reserved by self-compose"), ("reserved_random", "reserved by random draw"),
        ("registered", "registered"), ("lapsed", "lapsed"), ("blacklisted", "blacklisted"), ("blacklist_hits", "blacklist hits"),
        ("sent_to_office", "sent to the office"), ("rejections", "rejected steps"),
        ("median_wait_seconds", "median time to reservation (s)"), ("p90_wait_seconds", "90th percentile time to reservation (s)"),
        ("segments_published", "segments published"), ("pools_self_compose_exhausted", "office pools whose self-compose ran dry"),
        ("expectations_failed", "expectations failed"),
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
        let tally = result.tally, t = tally.total
        let waits = WaitStatistics(sorted: tally.sortedAllWaits)
        self.init(point: point, replication: replication, values: values, outcomes: [
            t.applicants, t.reserved, t.applicants == 0 ? 0 : Int((Double(t.reserved) * 1000 / Double(t.applicants)).rounded()),
            t.reservedSelfCompose, t.reservedRandom, t.registered, t.lapsed, t.blacklisted, t.blacklistHits, t.sentToOffice, t.rejections,
            Int(waits.median ?? 0), Int(waits.p90 ?? 0), tally.pools.reduce(0) { $0 + $1.segmentsPublished },
            tally.pools.filter { $0.exhaustedSelfCompose != nil }.count,
            result.verdicts.filter { !$0.holds }.count + result.steps.filter { $0.failure != nil }.count,
        ])
    }
}
