import PlateRules
import PlateSimulation
import PlateStudies

/// `sweep.csv` and `sweep.md`: one row per grid point, then one table per outcome.
public enum SweepReport {
    /// One row per grid point: with one replication each outcome's value, with several its mean and 95 % interval
    /// (`<outcome>_mean`, `_ci_low`, `_ci_high`) and the replications it ran.
    public static func csv(_ sweep: SweepResult) -> String {
        guard sweep.replications > 1 else {
            let header = ["point"] + sweep.grid.axes.map(\.path) + SweepRow.outcomes.map(\.key)
            let rows = sweep.rows.map { row in [String(row.point + 1)] + row.values + row.outcomes.map(String.init) }
            return ([header] + rows).map { $0.map(EventLog.csv).joined(separator: ",") }.joined(separator: "\n") + "\n"
        }
        let header =
            ["point"] + sweep.grid.axes.map(\.path) + ["replications"]
            + SweepRow.outcomes.flatMap { [$0.key + "_mean", $0.key + "_ci_low", $0.key + "_ci_high"] }
        func number(_ v: Double?) -> String { v.map { FixedDecimals.text($0, decimals: 4) } ?? "" }
        let rows = sweep.points.map { p in
            [String(p.point + 1)] + p.values + [String(p.rows.count)]
                + p.estimates.flatMap { [number($0.mean), number($0.low), number($0.high)] }
        }
        return ([header] + rows).map { $0.map(EventLog.csv).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// `sweep-replications.csv` (several replications only): every replication of every point, with its seed.
    public static func replicationsCSV(_ sweep: SweepResult) -> String? {
        guard sweep.replications > 1 else { return nil }
        let header = ["point", "replication", "seed"] + sweep.grid.axes.map(\.path) + SweepRow.outcomes.map(\.key)
        let rows = sweep.rows.map { row in
            [
                String(row.point + 1), String(row.replication),
                String(ReplicationSeeds.seed(sweep.seed, replication: row.replication)),
            ]
                + row.values + row.outcomes.map(String.init)
        }
        return ([header] + rows).map { $0.map(EventLog.csv).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// The sweep in the tables of `sweep.html` (`SweepTables`), without the charts; all outcomes in one table.
    public static func markdown(_ sweep: SweepResult) -> String {
        let outcomes = SweepOutcome.all(sweep)
        var out =
            "# Sweep: \(sweep.scenarioName)\n\n" + introText(sweep) + "\n\n" + SweepTables.provenance(sweep).markdown
            + "\n"
        out += "## Varied rule paths\n\n" + gridText + "\n\n" + SweepTables.grid(sweep.grid).markdown + "\n"
        out +=
            "## All outcomes\n\n" + allOutcomesText + ".\n\n"
            + SweepTables.all(sweep, outcomes, name: "table-sweep-outcomes").markdown + "\n"
        for outcome in outcomes {
            out += "## \(outcome.title)\n\n" + SweepTables.outcome(sweep, outcome).markdown + "\n"
        }
        return out
    }

    static func introText(_ sweep: SweepResult) -> String {
        guard sweep.replications > 1 else { return introText }
        return
            "The scenario run \(sweep.replications) times per combination of the varied rule values, replication k of every "
            + "combination on the same seed and random streams, so the differences come from the rules alone. Each figure is the "
            + "mean over the replications ± half its 95 % confidence interval (Student t); the charts draw the intervals as error bars. "
            + "Where two points' intervals overlap, the sweep alone cannot tell them apart: compare them with `platelab compare`, "
            + "whose paired differences are sharper. sweep-replications.csv holds every replication."
    }

    static let introText =
        "The scenario run once per combination of the varied rule values, every run with the same seed and "
        + "random streams: each applicant arrives at the same instant and wants the same things, so the differences come from the rules alone."

    static let gridText =
        "Each grid point is one run of the scenario with these rule paths set to one combination of their values; "
        + "every other rule stays as the scenario has it."

    static let allOutcomesText =
        "Every outcome of every grid point, as in sweep.csv (rates as percentages, times in readable units)"
}
