import PlateRules
import PlateSimulation
import PlateStudies

/// The tables of a run over several replications: every figure's statistics and one row per replication.
enum ReplicationTables {
    typealias Column = ReportTable.Column
    typealias Cell = ReportTable.Cell

    /// A value cell: readable text, the plain number in the CSV (shares as fractions, seconds, days).
    static func number(_ value: Double?, _ unit: Figure.Unit, spread: Bool = false) -> Cell {
        guard let value else { return Cell(text: "–", value: "") }
        return Cell(
            text: spread ? Numbers.spread(value, unit) : Numbers.value(value, unit),
            value: FixedDecimals.text(value, decimals: 4))
    }

    /// Figure | Mean | ± (95 %) | 95 % interval | SD | Defined in: every figure of the run (`only`: those the filter
    /// keeps).
    static func statistics(
        _ run: ReplicatedRun, name: String = "table-statistics", only: (FigureStatistic) -> Bool = { _ in true }
    ) -> ReportTable {
        var t = ReportTable(
            name,
            [
                Column("Figure", "figure", numeric: false), Column("Mean", "mean"), Column("± (95 %)", "half_width"),
                Column("95 % interval", "interval", numeric: false), Column("SD", "sd"),
                Column("Defined in", "defined_in", numeric: false),
            ])
        for s in run.statistics where only(s) {
            let e = s.estimate
            let interval = Numbers.interval(e, s.unit)
            t.add([
                .code(s.name), number(e.mean, s.unit), number(e.halfWidth, s.unit, spread: true),
                Cell(text: interval, value: interval == "–" ? "" : interval, look: .unbroken),
                number(e.standardDeviation, s.unit, spread: true),
                Cell(text: "\(e.count) of \(e.replications)", value: String(e.count)),
            ])
        }
        return t
    }

    /// The headline figures a reader looks at first.
    static let headline = Set(
        ([
            .applicants, .reserved, .reservedSelfCompose, .reservedRandom, .registered, .lapsed, .blacklisted,
            .blacklistHits, .sentToOffice, .movedToRandom, .confirmsAllTaken,
        ] as [RunCount]).map(\.name)
            + [
                "reservation_rate", "self_compose.all_taken_share", "time_to_reservation.median_seconds",
                "time_to_reservation.p90_seconds",
            ])

    /// Replication | Seed | a few totals | Result | Reproduce with (that replication alone, whatever the scenario's
    /// `replications`).
    static func replications(_ run: ReplicatedRun, _ provenance: RunProvenance) -> ReportTable {
        let shown = ([.reserved, .reservedSelfCompose, .reservedRandom, .lapsed, .blacklisted] as [RunCount]).map(
            \.name)
        var t = ReportTable(
            "table-replications",
            [Column("Replication", "replication"), Column("Seed", "seed")]
                + shown.map { Column($0, $0) }
                + [Column("Result", "result", numeric: false), Column("Reproduce with", "command", numeric: false)])
        for r in run.replications {
            let failed = run.failedExpectations(in: r).count + r.stepFailures.count
            let result =
                failed == 0
                ? Cell(text: "all checks hold", value: "pass", look: .pass)
                : Cell(text: "\(failed) check(s) fail here", value: "fail", look: .fail)
            t.add(
                [.count(r.number), .text(String(r.seed))] + shown.map { name in .count(Int(r.value(name) ?? 0)) }
                    + [result, .code(provenance.commandStem + " --replications 1 --seed \(r.seed)")])
        }
        return t
    }
}

/// The replications section's words, shared by `report.md` and `report.html`.
enum ReplicationText {
    static func intro(_ run: ReplicatedRun) -> String {
        "The scenario ran \(run.count) times, each replication on its own seed (replication 1 on the scenario's). Each figure is the mean "
            + "over the replications ± half the width of its 95 % confidence interval (Student t, \(run.count - 1) degrees of freedom): "
            + "the true mean of this scenario lies in the interval in 95 of 100 such studies. A narrow interval means more replications "
            + "would barely move the mean; where intervals of two rule sets overlap, compare them with `platelab compare`, whose paired "
            + "differences are sharper. \"Defined in\" counts the replications in which a figure exists (a pool that never ran dry has no "
            + "exhaustion day); the mean and interval are over those alone."
    }

    static let detail = "The sections below show replication 1 in detail; the figures above are over every replication."
}
