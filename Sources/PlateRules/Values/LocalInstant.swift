/// A date-time as written in scenarios: with an offset it is an instant; without, it is read in the region's zone.
public struct LocalInstant: Hashable, Sendable, CustomStringConvertible {
    public let date: CivilDate
    public let time: TimeOfDay
    /// Nil when written without an offset.
    public let offset: UTCOffset?

    /// Parses `YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]`.
    public init?(_ text: some StringProtocol) {
        let s = Substring(text)
        guard let t = s.firstIndex(of: "T"), let date = CivilDate(s[..<t]) else { return nil }
        let rest = s[s.index(after: t)...]
        if let zone = rest.firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "-" }) {
            guard let time = TimeOfDay(rest[..<zone]), time.secondsSinceMidnight < 86_400,
                let offset = UTCOffset(rest[zone...])
            else { return nil }
            self.init(date: date, time: time, offset: offset)
        } else {
            guard let time = TimeOfDay(rest), time.secondsSinceMidnight < 86_400 else { return nil }
            self.init(date: date, time: time, offset: nil)
        }
    }

    public init(date: CivilDate, time: TimeOfDay, offset: UTCOffset?) {
        self.date = date
        self.time = time
        self.offset = offset
    }

    /// The instant, reading an offset-less value in `zone`.
    public func instant(in zone: UTCOffset) -> Instant { Instant(date: date, time: time, offset: offset ?? zone) }

    public var description: String { "\(date)T\(time)" + (offset.map(\.description) ?? "") }
}
