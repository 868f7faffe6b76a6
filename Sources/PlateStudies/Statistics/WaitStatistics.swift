/// Time from arrival to reservation: order statistics and a histogram in readable buckets.
public struct WaitStatistics: Sendable {
    /// Histogram bucket upper bounds in seconds, with their labels; the last bucket is open.
    public static let buckets: [(label: String, below: Int64)] = [
        ("under 5 min", 300), ("5–15 min", 900), ("15–60 min", 3600), ("1–4 h", 14_400), ("4–24 h", 86_400),
        ("1–3 days", 259_200), ("3 days or more", .max),
    ]

    public let count: Int
    public let median: Int64?
    public let p90: Int64?
    public let max: Int64?
    /// Reservations per bucket of `buckets`.
    public let histogram: [Int]

    public init(_ waits: [Int64]) { self.init(sorted: waits.sorted()) }

    /// The statistics of waits already in ascending order (a run's tally keeps them so).
    public init(sorted: [Int64]) {
        assert(zip(sorted, sorted.dropFirst()).allSatisfy { $0 <= $1 }, "waits out of order")
        count = sorted.count
        func rank(_ q: Double) -> Int64? {
            sorted.isEmpty ? nil : sorted[Swift.max(0, Int((q * Double(sorted.count)).rounded(.up)) - 1)]
        }
        median = rank(0.5)
        p90 = rank(0.9)
        max = sorted.last
        var histogram = Array(repeating: 0, count: Self.buckets.count)
        for wait in sorted { histogram[Self.buckets.firstIndex { wait < $0.below }!] += 1 }
        self.histogram = histogram
    }

    /// Seconds as a short duration: `45 s`, `12 min`, `3.5 h`, `2.1 days`.
    public static func readable(_ seconds: Int64?) -> String {
        guard let seconds else { return "–" }
        if seconds < 60 { return "\(seconds) s" }
        if seconds < 3600 { return "\(seconds / 60) min" }
        if seconds < 86_400 { return oneDecimal(Double(seconds) / 3600) + " h" }
        return oneDecimal(Double(seconds) / 86_400) + " days"
    }

    public static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
