import PlateRules
import PlateSimulation
import PlateStudies

/// The figures a comparison sets side by side, computed once per run.
struct RunFigures {
    let total: CohortTally
    let cohorts: [CohortTally]
    let cohortNames: [String]
    let waits: WaitStatistics
    let cohortWaits: [WaitStatistics]
    let rejections: [String: Int]
    let pools: [PoolTally]
    /// Mean self-compose numbers and draws used per applicant with a VIN file.
    let meanSelfCompose: Double?
    let meanDraws: Double?

    init(_ tally: RunTally) {
        total = tally.total
        cohorts = tally.cohorts
        cohortNames = tally.cohortNames
        waits = WaitStatistics(sorted: tally.sortedAllWaits)
        cohortWaits = tally.sortedWaits.map { WaitStatistics(sorted: $0) }
        rejections = tally.rejections
        pools = tally.pools
        meanSelfCompose = FigureSet.mean(tally.selfComposeUse)
        meanDraws = FigureSet.mean(tally.drawUse)
    }

    /// Reservations per arrival, in per mille, for a cohort (nil: the whole run).
    func reservationRate(_ cohort: Int?) -> Double? {
        let c = cohort.map { cohorts[$0] } ?? total
        return c.applicants == 0 ? nil : Double(c.reserved) / Double(c.applicants)
    }
}
