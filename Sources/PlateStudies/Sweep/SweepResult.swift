import PlateRules
import PlateSimulation

/// A finished sweep (whole or merged from parts): the grid, where it came from, and one row per point.
public struct SweepResult: Hashable, Sendable {
    public let scenarioFile: String
    public let scenarioName: String
    public let seed: UInt64
    /// SHA-256 of the scenario's own effective rules, before any swept value.
    public let baseRulesSHA256: String
    public let grid: SweepGrid
    /// Replications per grid point.
    public let replications: Int
    /// One row per point and replication, in point order, then replication order.
    public let rows: [SweepRow]

    public init(
        scenarioFile: String, scenarioName: String, seed: UInt64, baseRulesSHA256: String, grid: SweepGrid,
        replications: Int = 1,
        rows: [SweepRow]
    ) {
        self.scenarioFile = scenarioFile
        self.scenarioName = scenarioName
        self.seed = seed
        self.baseRulesSHA256 = baseRulesSHA256
        self.grid = grid
        self.replications = replications
        self.rows = rows.sorted { ($0.point, $0.replication) < ($1.point, $1.replication) }
    }

    /// The command that runs the whole sweep again.
    public var command: String {
        (["platelab", "sweep", scenarioFile]
            + grid.axes.flatMap { ["--vary", "\($0.path)=\($0.values.joined(separator: ","))"] }
            + (replications > 1 ? ["--replications", String(replications)] : []) + ["--seed", String(seed)])
            .map(ShellWord.quoted).joined(separator: " ")
    }

    /// Grid points where some replication broke an expectation or a scripted step, in point order.
    public var failingPoints: [Int] {
        let failed = SweepRow.outcomes.firstIndex { $0.key == "expectations_failed" }!
        var points: [Int] = []
        for row in rows where row.outcomes[failed] > 0 && points.last != row.point { points.append(row.point) }
        return points
    }

    /// Each grid point that ran, with each outcome's estimate over its replications, in point order.
    public var points: [SweepPoint] {
        var points: [SweepPoint] = []
        var start = 0
        while start < rows.count {
            var end = start
            while end < rows.count, rows[end].point == rows[start].point { end += 1 }
            let group = rows[start..<end]
            points.append(SweepPoint(point: rows[start].point, values: rows[start].values, rows: Array(group)))
            start = end
        }
        return points
    }

}

/// One grid point over its replications: each outcome's estimate.
public struct SweepPoint: Sendable {
    public let point: Int
    public let values: [String]
    /// The point's rows, one per replication that ran.
    public let rows: [SweepRow]
    /// One per `SweepRow.outcomes` entry.
    public let estimates: [Estimate]

    init(point: Int, values: [String], rows: [SweepRow]) {
        self.point = point
        self.values = values
        self.rows = rows
        estimates = SweepRow.outcomes.indices.map { index in Estimate(rows.map { Double($0.outcomes[index]) }) }
    }
}
