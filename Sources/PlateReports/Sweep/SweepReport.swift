import PlateRules

/// A finished sweep (whole or merged from parts): the grid, where it came from, and one row per point.
public struct SweepResult: Hashable, Sendable {
    public let scenarioFile: String
    public let scenarioName: String
    public let seed: UInt64
    /// SHA-256 of the scenario's own effective rules, before any swept value.
    public let baseRulesSHA256: String
    public let grid: SweepGrid
    /// Rows in point order.
    public let rows: [SweepRow]

    public init(scenarioFile: String, scenarioName: String, seed: UInt64, baseRulesSHA256: String, grid: SweepGrid, rows: [SweepRow]) {
        self.scenarioFile = scenarioFile
        self.scenarioName = scenarioName
        self.seed = seed
        self.baseRulesSHA256 = baseRulesSHA256
        self.grid = grid
        self.rows = rows.sorted { $0.point < $1.point }
    }

    /// The command that runs the whole sweep again.
    public var command: String {
        (["platelab", "sweep", scenarioFile] + grid.axes.flatMap { ["--vary", "\($0.path)=\($0.values.joined(separator: ","))"] }
            + ["--seed", String(seed)]).map(Self.shellQuoted).joined(separator: " ")
    }

    static func shellQuoted(_ word: String) -> String {
        word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=,:".contains($0) } ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// `sweep.csv` and `sweep.md`: one row per grid point, then one table per outcome.
public enum SweepReport {
    public static func csv(_ sweep: SweepResult) -> String {
        let header = ["point"] + sweep.grid.axes.map(\.path) + SweepRow.outcomes.map(\.key)
        let rows = sweep.rows.map { row in [String(row.point + 1)] + row.values + row.outcomes.map(String.init) }
        return ([header] + rows).map { $0.map(EventLog.csv).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// The sweep in the tables of `sweep.html` (`SweepTables`), without the charts; all outcomes in one table.
    public static func markdown(_ sweep: SweepResult) -> String {
        let outcomes = SweepOutcome.all(sweep)
        var out = "# Sweep: \(sweep.scenarioName)\n\n" + introText + "\n\n" + SweepTables.provenance(sweep).markdown + "\n"
        out += "## Varied rule paths\n\n" + gridText + "\n\n" + SweepTables.grid(sweep.grid).markdown + "\n"
        out += "## All outcomes\n\n" + allOutcomesText + ".\n\n" + SweepTables.all(sweep, outcomes, name: "table-sweep-outcomes").markdown + "\n"
        for outcome in outcomes { out += "## \(outcome.title)\n\n" + SweepTables.outcome(sweep, outcome).markdown + "\n" }
        return out
    }

    static let introText = "The scenario run once per combination of the varied rule values, every run with the same seed and "
        + "random streams: each applicant arrives at the same instant and wants the same things, so the differences come from the rules alone."

    static let gridText = "Each grid point is one run of the scenario with these rule paths set to one combination of their values; "
        + "every other rule stays as the scenario has it."

    static let allOutcomesText = "Every outcome of every grid point, as in sweep.csv (rates as percentages, times in readable units)"
}
