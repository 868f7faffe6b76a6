import Foundation
import PlateRules

/// A shard's rows as a file (`platelab/sweep-part/v2`), so independent jobs can be merged into one sweep. v2 adds
/// `replications` and each row's `replication`; v1 parts (one replication) still read.
public enum SweepPart {
    public static let schema = "platelab/sweep-part/v2"
    static let schemaV1 = "platelab/sweep-part/v1"

    /// The part file of `shard`, holding the rows it ran.
    public static func encode(_ sweep: SweepResult, shard: Shard) -> String {
        JSONValue.object([
            ("schema", .string(schema)), ("scenario", .string(sweep.scenarioFile)),
            ("name", .string(sweep.scenarioName)),
            ("seed", .string(String(sweep.seed))), ("base_rules_sha256", .string(sweep.baseRulesSHA256)),
            (
                "grid",
                .array(
                    sweep.grid.axes.map {
                        .object([("path", .string($0.path)), ("values", .array($0.values.map(JSONValue.string)))])
                    })
            ),
            ("replications", .int(sweep.replications)),
            ("shard", .string("\(shard.index)/\(shard.count)")),
            (
                "rows",
                .array(
                    sweep.rows.map { row in
                        .object([
                            ("point", .int(row.point)), ("replication", .int(row.replication)),
                            ("values", .array(row.values.map(JSONValue.string))),
                            ("outcomes", .object(zip(SweepRow.outcomes, row.outcomes).map { ($0.key, .int($1)) })),
                        ])
                    })
            ),
        ]).rendered() + "\n"
    }

    /// Reads a part file; nil with a reason when it is not one.
    public static func decode(_ data: Data, file: String) -> Result<SweepResult, SweepError> {
        func fail(_ why: String) -> Result<SweepResult, SweepError> { .failure(SweepError("\(file): \(why)")) }
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return fail("not a JSON object")
        }
        let version = root["schema"] as? String
        guard version == schema || version == schemaV1 else { return fail("not a sweep part (schema \(schema))") }
        let replications = version == schemaV1 ? 1 : root["replications"] as? Int ?? 0
        guard replications >= 1 else { return fail("replications must be a whole number of at least 1") }
        guard let scenario = root["scenario"] as? String, let name = root["name"] as? String,
            let seed = (root["seed"] as? String).flatMap(UInt64.init), let sha = root["base_rules_sha256"] as? String,
            let gridItems = root["grid"] as? [[String: Any]], let rowItems = root["rows"] as? [[String: Any]]
        else {
            return fail("missing scenario, name, seed, base_rules_sha256, grid or rows")
        }
        // The shard is not needed to merge, but one that names no shard says the file was not written by a sweep.
        if let shard = root["shard"] {
            guard let text = shard as? String, Shard(text) != nil else {
                return fail("shard \(shard): expected I/N with 1 ≤ I ≤ N")
            }
        }
        let axes = gridItems.compactMap { item -> SweepGrid.Axis? in
            guard let path = item["path"] as? String, let values = item["values"] as? [String] else { return nil }
            return SweepGrid.Axis(path: path, values: values)
        }
        guard axes.count == gridItems.count else { return fail("a grid axis lacks its path or values") }
        // The same grid checks as `sweep --vary`: no empty axis or value, no path twice, a size a sweep can run.
        let arguments = axes.map { "\($0.path)=\($0.values.joined(separator: ","))" }
        if axes.contains(where: { $0.values.isEmpty }) { return fail("a grid axis has no values") }
        if case .failure(let error) = SweepGrid.parse(arguments) {
            return fail("its grid is not one a sweep runs: \(error.description)")
        }
        var rows: [SweepRow] = []
        let grid = SweepGrid(axes: axes)
        for item in rowItems {
            guard let point = item["point"] as? Int, let values = item["values"] as? [String],
                let outcomes = item["outcomes"] as? [String: Int]
            else { return fail("a row lacks point, values or outcomes") }
            // Before anything that reads the point: every message after this one names the point's grid values.
            guard (0..<grid.count).contains(point) else {
                return fail(
                    "a row holds point \(point + 1), outside the grid of \(grid.count) points (1 to \(grid.count))")
            }
            let replication = version == schemaV1 ? 1 : item["replication"] as? Int ?? 0
            guard (1...replications).contains(replication) else {
                return fail("row \(point + 1) has no replication from 1 to \(replications)")
            }
            if let missing = SweepRow.outcomes.first(where: { outcomes[$0.key] == nil }) {
                return fail("row \(point + 1) lacks the outcome '\(missing.key)'")
            }
            let ordered = SweepRow.outcomes.compactMap { outcomes[$0.key] }
            guard ordered.allSatisfy({ $0 >= 0 }) else {
                return fail("row \(point + 1) has a negative outcome; outcomes are counts, rates and times")
            }
            rows.append(SweepRow(point: point, replication: replication, values: values, outcomes: ordered))
        }
        return .success(
            SweepResult(
                scenarioFile: scenario, scenarioName: name, seed: seed, baseRulesSHA256: sha,
                grid: grid, replications: replications, rows: rows))
    }

    /// The schema of one run's outcomes as the results store keeps them.
    public static let runSchema = "platelab/sweep-run/v1"

    /// One run's outcomes as a file (`platelab/sweep-run/v1`), by column name.
    public static func encodeRun(_ outcomes: [Int]) -> String {
        JSONValue.object([
            ("schema", .string(runSchema)),
            ("outcomes", .object(zip(SweepRow.outcomes, outcomes).map { ($0.key, .int($1)) })),
        ]).rendered() + "\n"
    }

    /// The outcomes of a run file, in column order; nil when it is not one or lacks a column (then the run runs).
    public static func decodeRun(_ data: Data) -> [Int]? {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            root["schema"] as? String == runSchema, let outcomes = root["outcomes"] as? [String: Int]
        else { return nil }
        let ordered = SweepRow.outcomes.compactMap { outcomes[$0.key] }
        return ordered.count == SweepRow.outcomes.count && ordered.allSatisfy({ $0 >= 0 }) ? ordered : nil
    }

    /// Parts of one sweep combined; every grid point must come exactly once.
    public static func merge(_ parts: [SweepResult]) -> Result<SweepResult, SweepError> {
        guard let first = parts.first else { return .failure(SweepError("no parts to merge")) }
        for part in parts.dropFirst()
        where part.scenarioFile != first.scenarioFile || part.seed != first.seed
            || part.grid != first.grid || part.baseRulesSHA256 != first.baseRulesSHA256
            || part.replications != first.replications
        {
            return .failure(
                SweepError("the parts come from different sweeps (scenario, seed, grid, replications or rules differ)"))
        }
        let rows = parts.flatMap(\.rows).sorted { ($0.point, $0.replication) < ($1.point, $1.replication) }
        let runs = rows.map { [$0.point, $0.replication] }
        func named(_ run: [Int]) -> String {
            "grid point \(run[0] + 1) (\(first.grid.label(at: run[0])))"
                + (first.replications > 1 ? ", replication \(run[1])," : "")
        }
        // The range first: the other checks name a point by its grid values.
        if let outside = rows.first(where: { !(0..<first.grid.count).contains($0.point) }) {
            return .failure(
                SweepError(
                    "a part holds point \(outside.point + 1), outside the grid of \(first.grid.count) points (1 to \(first.grid.count))"
                ))
        }
        if let duplicate = zip(runs, runs.dropFirst()).first(where: { $0 == $1 })?.0 {
            return .failure(SweepError("\(named(duplicate)) is in two parts"))
        }
        if let wrong = rows.first(where: { $0.values != first.grid.values(at: $0.point) }) {
            return .failure(
                SweepError(
                    "a part gives point \(wrong.point + 1) the values \(wrong.values.joined(separator: ", ")), but the grid's are "
                        + first.grid.values(at: wrong.point).joined(separator: ", ")))
        }
        let present = Set(runs)
        for point in 0..<first.grid.count {
            for replication in 1...first.replications where !present.contains([point, replication]) {
                return .failure(SweepError("\(named([point, replication])) is in no part; run its shard"))
            }
        }
        return .success(
            SweepResult(
                scenarioFile: first.scenarioFile, scenarioName: first.scenarioName, seed: first.seed,
                baseRulesSHA256: first.baseRulesSHA256, grid: first.grid, replications: first.replications, rows: rows))
    }
}
