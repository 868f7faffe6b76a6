import PlateRules

/// The metric names scenario expectations may use, checked at load with a did-you-mean: every `RunCount` for the
/// whole run and per cohort, every `PoolMetric` per pool, and a count per rejection reason.
public enum ScenarioMetrics {
    /// Counts over the whole run.
    public static let counts = RunCount.names
    /// Per-pool metrics, written `pool.<pool id>.<metric>`.
    public static let pool = PoolMetric.names
    /// Per-cohort metrics, written `cohort.<name>.<metric>`.
    public static let cohort = RunCount.names

    /// One line for the schema's description.
    static let summary =
        counts.joined(separator: ", ") + ", rejected.<reason>, pool.<id>.(" + pool.joined(separator: "|")
        + "), cohort.<name>.(the same counts)"

    /// Why `name` is not a metric, or nil when it is one; `pools` and `cohorts` are the scenario's own names.
    public static func problem(with name: String, pools: [String], cohorts: [String]) -> String? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        switch parts.first {
        case "pool":
            guard parts.count == 3 else { return "write pool metrics as pool.<id>.<metric>" }
            if !pools.contains(parts[1]) {
                return "no pool '\(parts[1])'\(Suggestion.phrase(for: parts[1], among: pools))"
            }
            return pool.contains(parts[2])
                ? nil : "unknown pool metric '\(parts[2])'\(Suggestion.phrase(for: parts[2], among: pool))"
        case "cohort":
            guard parts.count >= 3 else { return "write cohort metrics as cohort.<name>.<metric>" }
            let cohortName = parts[1..<(parts.count - 1)].joined(separator: ".")
            if !cohorts.contains(cohortName) {
                return "no cohort '\(cohortName)'\(Suggestion.phrase(for: cohortName, among: cohorts))"
            }
            let metric = parts.last!
            return cohort.contains(metric)
                ? nil : "unknown cohort metric '\(metric)'\(Suggestion.phrase(for: metric, among: cohort))"
        case "rejected":
            guard parts.count == 2, !parts[1].isEmpty else { return "write rejection counts as rejected.<reason>" }
            return RejectionReason.names.contains(parts[1])
                ? nil
                : "unknown rejection reason '\(parts[1])'\(Suggestion.phrase(for: parts[1], among: RejectionReason.names)) "
                    + "(`platelab schema scenario --format markdown` lists them)"
        default:
            return parts.count == 1 && counts.contains(name)
                ? nil
                : "unknown metric '\(name)'\(Suggestion.phrase(for: name, among: counts)) Known: \(summary)."
        }
    }

    /// A Markdown table of every metric and its meaning, for the scenario format's reference.
    public static var markdown: String {
        "## Metrics\n\nNamed in a scenario's `expect`. Each count is written alone for the whole run and as "
            + "`cohort.<name>.<count>` for one cohort; pool metrics as `pool.<pool id>.<metric>`; `rejected.<reason>` "
            + "counts one rejection name.\n\n| metric | meaning |\n|---|---|\n"
            + RunCount.allCases.map { "| `\($0.name)` | \($0.meaning) |\n" }.joined()
            + PoolMetric.allCases.map { "| `pool.<id>.\($0.name)` | \($0.meaning) |\n" }.joined()
    }
}
