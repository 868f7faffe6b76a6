import PlateEngine

/// The draws simulated people make. Every stream is a `Xoshiro256(seed:stream:)` named by its purpose
/// (`arrivals/<cohort>`, `plans/<cohort>`) or an applicant's own, so one stream drawing more never shifts another.
extension Xoshiro256 {
    /// A uniform value in 0 ..< 1.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Whether an event of probability `share` happens.
    mutating func chance(_ share: Double) -> Bool { share > 0 && unit() < share }

    /// A uniform integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }
}
