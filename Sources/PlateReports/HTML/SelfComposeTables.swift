import PlateRules
import PlateScenarios
import PlateSimulation
import PlateStudies

/// The self-compose (自编) tables of a run, shared by `report.md`, `report.html` and the CSV files: how often
/// confirms found all N numbers taken, how many numbers each tried, success by attempt, and quota use per cohort.
enum SelfComposeTables {
    typealias Column = ReportTable.Column
    typealias Cell = ReportTable.Cell

    /// Cohorts that confirmed at least once, with their index into the tally.
    static func composingCohorts(_ tally: RunTally) -> [Int] {
        tally.cohortNames.indices.filter { tally.cohorts[$0].selfCompose.confirms > 0 }
    }

    /// Per cohort and for all: confirms, all-taken confirms and their share, numbers per confirm, and where applicants
    /// went.
    static func summary(_ tally: RunTally) -> ReportTable {
        var t = ReportTable(
            "table-self-compose",
            [
                Column("Cohort", "cohort", numeric: false), Column("Confirms", .confirms),
                Column("All N taken", .confirmsAllTaken),
                Column("Share all taken", "all_taken_percent"),
                Column("Numbers per confirm", "mean_numbers_per_confirm"),
                Column("Reserved by self-compose", .reservedSelfCompose),
                Column("Moved to random (used up)", .movedToRandom),
                Column("Sent to the office", .sentToOffice),
            ])
        let rows =
            ReportTables.activeCohorts(tally).map { (tally.cohortNames[$0], tally.cohorts[$0]) } + [
                ("all", tally.total)
            ]
        for (name, c) in rows {
            let s = c.selfCompose
            t.add([
                .name(name), .count(s.confirms), .count(s.allTaken), .percent(s.allTaken, of: s.confirms),
                decimal(s.meanTriedPerConfirm),
                .count(c.reservedSelfCompose), .count(c.movedToRandom), .count(c.sentToOffice),
            ])
        }
        return t
    }

    /// Success by attempt number: of the confirms that were a vehicle's k-th, how many reserved a number (all, then per
    /// cohort).
    static func attempts(_ tally: RunTally) -> ReportTable {
        let cohorts = composingCohorts(tally)
        var t = ReportTable(
            "table-self-compose-attempts",
            [
                Column("Attempt", "attempt"), Column("Confirms", .confirms), Column("Reserved", .reserved),
                Column("Success rate", "success_percent"),
            ] + cohorts.map { Column("\(tally.cohortNames[$0]): success", "\(tally.cohortNames[$0])_success_percent") })
        let all = tally.total.selfCompose
        for k in all.confirmsAtAttempt.indices {
            t.add(
                [
                    .count(k + 1), .count(all.confirmsAtAttempt[k]), .count(all.reservedAtAttempt[k]),
                    .percent(all.reservedAtAttempt[k], of: all.confirmsAtAttempt[k]),
                ]
                    + cohorts.map { index in
                        let s = tally.cohorts[index].selfCompose
                        return k < s.confirmsAtAttempt.count
                            ? .percent(s.reservedAtAttempt[k], of: s.confirmsAtAttempt[k]) : .percent(0, of: 0)
                    })
        }
        return t
    }

    /// Confirms by how many numbers they tried (up to N; fewer when the first free one came early or the quota ran
    /// low).
    static func numbersPerConfirm(_ tally: RunTally) -> ReportTable {
        let cohorts = composingCohorts(tally)
        var t = ReportTable(
            "table-self-compose-numbers-per-confirm",
            [Column("Numbers tried", "numbers_tried"), Column("Confirms", .confirms)]
                + cohorts.map { Column(tally.cohortNames[$0], tally.cohortNames[$0]) })
        let all = tally.total.selfCompose.triedPerConfirm
        for k in all.indices {
            t.add(
                [.count(k + 1), .count(all[k])]
                    + cohorts.map { index in
                        let counts = tally.cohorts[index].selfCompose.triedPerConfirm
                        return .count(k < counts.count ? counts[k] : 0)
                    })
        }
        return t
    }

    /// Applicants by self-composed numbers used over all sessions of their vehicle, per cohort (up to the whole quota).
    static func quotaUseByCohort(_ tally: RunTally) -> ReportTable {
        let cohorts = ReportTables.activeCohorts(tally).filter { !tally.cohortSelfComposeUse[$0].isEmpty }
        var t = ReportTable(
            "table-self-compose-use-by-cohort",
            [Column("Self-composed numbers used", "used")]
                + cohorts.map { Column(tally.cohortNames[$0], tally.cohortNames[$0]) })
        let top = cohorts.compactMap { tally.cohortSelfComposeUse[$0].keys.max() }.max() ?? -1
        guard top >= 0 else { return t }
        for used in 0...top where cohorts.contains(where: { tally.cohortSelfComposeUse[$0][used] != nil }) {
            t.add([.count(used)] + cohorts.map { .count(tally.cohortSelfComposeUse[$0][used] ?? 0) })
        }
        return t
    }

    /// A mean with two decimals; empty when there is nothing to average.
    static func decimal(_ value: Double?) -> Cell {
        guard let value else { return Cell(text: "–", value: "") }
        let text = FixedDecimals.text(value, decimals: 2)
        return Cell(text: text, value: text)
    }
}
