/// A wall-clock time of day, `HH:MM` or `HH:MM:SS`; `24:00` is the end of the day.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since local midnight, 0 ... 86 400.
    public let secondsSinceMidnight: Int

    /// Creates a time from seconds since midnight; nil outside 0 ... 86 400.
    public init?(secondsSinceMidnight: Int) {
        guard (0...86_400).contains(secondsSinceMidnight) else { return nil }
        self.secondsSinceMidnight = secondsSinceMidnight
    }

    /// Parses `HH:MM` or `HH:MM:SS`.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count),
            parts.allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        let h = Int(parts[0])!
        let m = Int(parts[1])!
        let s = parts.count == 3 ? Int(parts[2])! : 0
        guard m < 60, s < 60, h < 24 || (h == 24 && m == 0 && s == 0) else { return nil }
        self.secondsSinceMidnight = h * 3600 + m * 60 + s
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool {
        lhs.secondsSinceMidnight < rhs.secondsSinceMidnight
    }

    public var description: String {
        let h = secondsSinceMidnight / 3600
        let m = secondsSinceMidnight / 60 % 60
        let s = secondsSinceMidnight % 60
        return String(format2: h) + ":" + String(format2: m) + (s == 0 ? "" : ":" + String(format2: s))
    }
}
