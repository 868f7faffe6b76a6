/// The metric names scenario expectations may use, checked at load with a did-you-mean.
public enum ScenarioMetrics {
    /// Counts over the whole run.
    public static let counts = ["applicants", "reserved", "reserved_self_compose", "reserved_random", "registered", "lapsed",
                                "blacklisted", "blacklist_hits", "blacklist_lifted", "sent_to_office", "moved_to_random", "rejections",
                                "confirms", "confirms_all_taken"]
    /// Per-pool metrics, written `pool.<pool id>.<metric>`.
    public static let pool = ["exhausted", "exhausted_self_compose", "exhausted_random", "segments_published"]
    /// Per-cohort metrics, written `cohort.<name>.<metric>`.
    public static let cohort = ["applicants", "reserved", "reserved_self_compose", "reserved_random", "lapsed", "blacklisted",
                                "blacklist_hits", "sent_to_office", "moved_to_random", "confirms", "confirms_all_taken"]

    /// One line for the schema's description.
    static let summary = counts.joined(separator: ", ") + ", rejected.<reason>, pool.<id>.(" + pool.joined(separator: "|")
        + "), cohort.<name>.(" + cohort.joined(separator: "|") + ")"

    /// Why `name` is not a metric, or nil when it is one; `pools` and `cohorts` are the scenario's own names.
    public static func problem(with name: String, pools: [String], cohorts: [String]) -> String? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        switch parts.first {
        case "pool":
            guard parts.count == 3 else { return "write pool metrics as pool.<id>.<metric>" }
            if !pools.contains(parts[1]) { return "no pool '\(parts[1])'\(Suggestion.phrase(for: parts[1], among: pools))" }
            return pool.contains(parts[2]) ? nil : "unknown pool metric '\(parts[2])'\(Suggestion.phrase(for: parts[2], among: pool))"
        case "cohort":
            guard parts.count >= 3 else { return "write cohort metrics as cohort.<name>.<metric>" }
            let cohortName = parts[1..<(parts.count - 1)].joined(separator: ".")
            if !cohorts.contains(cohortName) { return "no cohort '\(cohortName)'\(Suggestion.phrase(for: cohortName, among: cohorts))" }
            let metric = parts.last!
            return cohort.contains(metric) ? nil : "unknown cohort metric '\(metric)'\(Suggestion.phrase(for: metric, among: cohort))"
        case "rejected":
            guard parts.count == 2, !parts[1].isEmpty else { return "write rejection counts as rejected.<reason>" }
            return RejectionReason.names.contains(parts[1]) ? nil
                : "unknown rejection reason '\(parts[1])'\(Suggestion.phrase(for: parts[1], among: RejectionReason.names)) "
                    + "(`platelab schema scenario --format markdown` lists them)"
        default:
            return parts.count == 1 && counts.contains(name) ? nil
                : "unknown metric '\(name)'\(Suggestion.phrase(for: name, among: counts)) Known: \(summary)."
        }
    }
}
