import PlateEngine

/// Independent seeded generators, one per purpose (and cohort): common random numbers, so a rule
/// change that makes one stream draw more does not shift any other stream's draws.
public struct RandomStreams {
    public let seed: UInt64
    private var streams: [String: Xoshiro256] = [:]

    public init(seed: UInt64) { self.seed = seed }

    /// The stream for `purpose` (e.g. `arrivals/local owners`), created from the root seed on first use.
    public mutating func stream(_ purpose: String) -> Xoshiro256 {
        if let existing = streams[purpose] { return existing }
        let fresh = Xoshiro256(seed: seed, stream: purpose)
        streams[purpose] = fresh
        return fresh
    }

    /// Draws with the stream for `purpose` and keeps its state.
    public mutating func with<T>(_ purpose: String, _ body: (inout Xoshiro256) -> T) -> T {
        var generator = stream(purpose)
        defer { streams[purpose] = generator }
        return body(&generator)
    }

    /// A uniform value in 0 ..< 1 from the stream for `purpose`.
    public mutating func unit(_ purpose: String) -> Double {
        with(purpose) { Double($0.next() >> 11) * 0x1.0p-53 }
    }
}
