/// A point in time, whole seconds since 1970-01-01T00:00Z. The engine is always handed one; it never reads a clock.
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let secondsSinceEpoch: Int64

    // The small operations are inlinable: the simulation calls them millions of times from other modules.
    @inlinable public init(secondsSinceEpoch: Int64) { self.secondsSinceEpoch = secondsSinceEpoch }

    /// The instant at which `time` on `date` begins in a zone `offset` from UTC.
    public init(date: CivilDate, time: TimeOfDay = TimeOfDay(secondsSinceMidnight: 0)!, offset: UTCOffset) {
        secondsSinceEpoch =
            Int64(date.daysSinceEpoch) * 86_400 + Int64(time.secondsSinceMidnight) - Int64(offset.seconds)
    }

    /// Parses ISO 8601 `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)`; the offset is required so no instant is ambiguous.
    public init?(iso8601 text: some StringProtocol) {
        let s = Substring(text)
        guard let t = s.firstIndex(of: "T"), let date = CivilDate(s[..<t]) else { return nil }
        let rest = s[s.index(after: t)...]
        guard let zone = rest.firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "-" }),
            let time = TimeOfDay(rest[..<zone]), time.secondsSinceMidnight < 86_400,
            let offset = UTCOffset(rest[zone...])
        else { return nil }
        self.init(date: date, time: time, offset: offset)
    }

    /// The local date at this instant in a zone `offset` from UTC.
    public func date(in offset: UTCOffset) -> CivilDate { CivilDate(daysSinceEpoch: localDay(in: offset)) }

    /// The local date at this instant in a zone `offset` from UTC, as days since 1970-01-01: `date(in:)` without the
    /// calendar arithmetic.
    @inlinable public func localDay(in offset: UTCOffset) -> Int {
        Int(floorDiv(secondsSinceEpoch + Int64(offset.seconds), 86_400))
    }

    /// The local time of day at this instant in a zone `offset` from UTC.
    public func timeOfDay(in offset: UTCOffset) -> TimeOfDay {
        let local = secondsSinceEpoch + Int64(offset.seconds)
        return TimeOfDay(secondsSinceMidnight: Int(local - floorDiv(local, 86_400) * 86_400))!
    }

    /// The instant `seconds` later.
    @inlinable public func adding(seconds: Int64) -> Instant { Instant(secondsSinceEpoch: secondsSinceEpoch + seconds) }

    /// ISO 8601 in the given zone, e.g. `2026-12-01T08:00:00+08:00`.
    public func formatted(in offset: UTCOffset) -> String {
        let t = timeOfDay(in: offset).secondsSinceMidnight
        return
            "\(date(in: offset))T\(String(format2: t / 3600)):\(String(format2: t / 60 % 60)):\(String(format2: t % 60))\(offset)"
    }

    public var description: String { formatted(in: UTCOffset(seconds: 0)) }

    @inlinable public static func < (lhs: Instant, rhs: Instant) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }
}

@inlinable @inline(__always)
func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }
