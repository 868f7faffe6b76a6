/// The one order rejection tables use: most frequent first, ties by name.
public enum RejectionOrder {
    /// The counts as (reason, count) pairs, most frequent first.
    public static func sorted(_ counts: [String: Int]) -> [(reason: String, count: Int)] {
        counts.map { ($0.key, $0.value) }.sorted { ($1.1, $0.0) < ($0.1, $1.0) }
    }
}
