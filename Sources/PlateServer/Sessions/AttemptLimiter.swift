/// Failed attempts per client over a sliding window: past `limit` failures in `window` milliseconds a client is
/// refused until its oldest failure leaves the window. Guards what a guess could open (a class's join code, the
/// trainer password): one machine could otherwise try thousands a second.
public struct AttemptLimiter: Sendable {
    let limit: Int
    let window: Int64
    /// Failure instants (wall milliseconds) per client, oldest first; a client with none is not kept.
    private var failures: [String: [Int64]] = [:]

    public init(limit: Int, windowSeconds: Int) {
        self.limit = limit
        window = Int64(windowSeconds) * 1000
    }

    /// Whether `client` has used up its failures at `wall`.
    public mutating func isBlocked(_ client: String, at wall: Int64) -> Bool {
        recent(client, at: wall).count >= limit
    }

    /// Counts a failed attempt of `client` at `wall`.
    public mutating func fail(_ client: String, at wall: Int64) {
        failures[client] = recent(client, at: wall) + [wall]
        // Memory follows the clients failing now: every few thousand entries, the quiet ones go.
        if failures.count > 4096 { failures = failures.filter { $0.value.last.map { wall - $0 < window } ?? false } }
    }

    /// Minutes until `client` may try again (at least 1), for the refusal's words.
    public mutating func minutesLeft(_ client: String, at wall: Int64) -> Int {
        guard let oldest = recent(client, at: wall).first else { return 1 }
        return max(1, Int((oldest + window - wall + 59_999) / 60_000))
    }

    private mutating func recent(_ client: String, at wall: Int64) -> [Int64] {
        let kept = (failures[client] ?? []).filter { wall - $0 < window }
        failures[client] = kept.isEmpty ? nil : kept
        return kept
    }
}
