/// A fixed offset from UTC, such as China Standard Time `+08:00` (no daylight saving since 1991).
public struct UTCOffset: Hashable, Sendable, CustomStringConvertible {
    public let seconds: Int

    public init(seconds: Int) { self.seconds = seconds }

    /// Parses `+08:00`, `-05:30` or `Z`.
    public init?(_ text: some StringProtocol) {
        if text == "Z" {
            self.seconds = 0
            return
        }
        guard let sign = text.first, sign == "+" || sign == "-",
            text.count == 6, let time = TimeOfDay(text.dropFirst()), time.secondsSinceMidnight <= 14 * 3600
        else { return nil }
        self.seconds = (sign == "-" ? -1 : 1) * time.secondsSinceMidnight
    }

    public var description: String {
        let a = abs(seconds)
        return (seconds < 0 ? "-" : "+") + String(format2: a / 3600) + ":" + String(format2: a / 60 % 60)
    }
}
