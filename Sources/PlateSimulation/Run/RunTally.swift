import PlateEngine
import PlateRules
import PlateScenarios

/// The run's counts, folded from events as they happen (the engine's, and the run's own `Arrival`s); reports render
/// this and nothing else. It reads nothing of the engine but its events (`TallyCounts` holds the fold).
public final class RunTally {
    /// Cohort names, then `scripted users` for the scripted ones.
    public let cohortNames: [String]
    let zone: UTCOffset
    private var counts: TallyCounts

    public var total: CohortTally { counts.total }
    public var cohorts: [CohortTally] { counts.cohorts }
    /// Rejections by reason name, overall and per cohort.
    public var rejections: [String: Int] { counts.rejections }
    public var cohortRejections: [[String: Int]] { counts.cohortRejections }
    /// Per local day (days since 1970-01-01) on which anything was counted.
    public var days: [Int: DayTally] {
        var days: [Int: DayTally] = [:]
        for (offset, day) in counts.dayCounts.enumerated() where day != DayTally() {
            days[counts.firstDay + offset] = day
        }
        return days
    }
    /// Seconds from arrival to reservation, per cohort, in order of reservation.
    public var waits: [[Int64]] { counts.waits }
    /// The waits sorted, per cohort and all together: reports take order statistics of them many times, so they are
    /// sorted once.
    public private(set) lazy var sortedWaits: [[Int64]] = counts.waits.map { $0.sorted() }
    public private(set) lazy var sortedAllWaits: [Int64] = counts.waits.flatMap { $0 }.sorted()
    public var pools: [PoolTally] { counts.pools }
    /// Self-compose numbers and draws used per applicant whose sessions had a VIN file (numbers used → applicants),
    /// from the quota use reported as sessions closed; filled by `finish()`.
    public private(set) var selfComposeUse: [Int: Int] = [:]
    public private(set) var drawUse: [Int: Int] = [:]
    /// The same per cohort (scripted users last).
    public private(set) var cohortSelfComposeUse: [[Int: Int]]
    public private(set) var cohortDrawUse: [[Int: Int]]

    /// A tally for subjects `0..<subjects` (simulated applicants, then scripted users) of the named cohorts.
    init(cohortNames: [String], pools: [PoolKey], zone: UTCOffset, subjects: Int) {
        self.cohortNames = cohortNames
        self.zone = zone
        counts = TallyCounts(cohorts: cohortNames.count, pools: pools, zone: zone, subjects: subjects)
        cohortSelfComposeUse = Array(repeating: [:], count: cohortNames.count)
        cohortDrawUse = cohortSelfComposeUse
    }

    /// Folds an applicant's arrival into the counts.
    func fold(_ arrival: Arrival) { counts.arrive(arrival.subject, cohort: arrival.cohort, at: arrival.at) }

    /// Folds one engine event into the counts.
    func fold(_ event: EngineEvent) { counts.fold(event) }

    /// Ends the fold: the quota-use histograms from what the applicants' last sessions reported.
    func finish() {
        (selfComposeUse, drawUse, cohortSelfComposeUse, cohortDrawUse) = counts.quotaUse()
    }
}
