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

    public static func markdown(_ sweep: SweepResult) -> String {
        var out = "# Sweep: \(sweep.scenarioName)\n\n"
        out += "Scenario `\(sweep.scenarioFile)` (rules SHA-256 before the swept values `\(sweep.baseRulesSHA256)`), seed \(sweep.seed), "
            + "\(sweep.grid.count) grid points, every one run with the same random streams. Reproduce: `\(sweep.command)`.\n\n"
        var varied = MarkdownTable(["Rule path", "Values"])
        varied.rightAligned = []
        for axis in sweep.grid.axes { varied.add(["`\(axis.path)`", axis.values.joined(separator: ", ")]) }
        out += varied.rendered + "\n## All outcomes\n\n"
        var all = MarkdownTable(["Point"] + sweep.grid.axes.map(\.path) + SweepRow.outcomes.map(\.name))
        all.rightAligned = Set([0] + Array((sweep.grid.axes.count + 1)...(sweep.grid.axes.count + SweepRow.outcomes.count)))
        for row in sweep.rows { all.add([String(row.point + 1)] + row.values + row.outcomes.map(String.init)) }
        out += all.rendered + "\n"
        for (index, outcome) in SweepRow.outcomes.enumerated() {
            out += "## \(outcome.name.prefix(1).uppercased() + outcome.name.dropFirst())\n\n" + outcomeTable(sweep, index).rendered + "\n"
        }
        return out
    }

    /// One outcome over the grid: rows by the first path's values, columns by the second's (or one column).
    static func outcomeTable(_ sweep: SweepResult, _ outcome: Int) -> MarkdownTable {
        let axes = sweep.grid.axes
        let value = { (point: Int) in sweep.rows.first { $0.point == point }.map { String($0.outcomes[outcome]) } ?? "–" }
        guard axes.count == 2 else {
            var t = MarkdownTable(axes.map(\.path) + [SweepRow.outcomes[outcome].name])
            t.rightAligned = [axes.count]
            for point in 0..<sweep.grid.count { t.add(sweep.grid.values(at: point) + [value(point)]) }
            return t
        }
        var t = MarkdownTable(["\(axes[0].path) \\ \(axes[1].path)"] + axes[1].values)
        for (i, first) in axes[0].values.enumerated() {
            t.add([first] + axes[1].values.indices.map { value(i * axes[1].values.count + $0) })
        }
        return t
    }
}
