/// A human-readable rule-set duration: `8s`, `5m`, `2h`, `7d`, `2w`, `6mo`, `2y`, `5 working days`.
public enum RuleDuration: Hashable, Sendable, CustomStringConvertible {
    /// A fixed number of seconds (`s`, `m`, `h`): countdowns, expiries, SMS validity.
    case seconds(Int)
    /// Calendar days (`d`, `w`, `days`, `calendar days`).
    case days(Int)
    /// Working days per the region's calendar (`working days`).
    case workingDays(Int)
    /// Calendar months (`mo`, `months`).
    case months(Int)
    /// Calendar years (`y`, `years`).
    case years(Int)

    /// The families a rule field may accept.
    public enum Unit: String, Sendable, CaseIterable {
        case clock, days, workingDays, months, years
    }

    /// The longest duration of each family a rule may give: a century, which the calendar (and every sum of
    /// instants) represents with room to spare. Longer values are refused at load.
    public static func maximum(_ unit: Unit) -> Int {
        switch unit {
        case .clock: 100 * 366 * 86_400
        case .days, .workingDays: 36_600
        case .months: 1_200
        case .years: 100
        }
    }

    /// Which family this duration belongs to.
    public var unit: Unit {
        switch self {
        case .seconds: .clock
        case .days: .days
        case .workingDays: .workingDays
        case .months: .months
        case .years: .years
        }
    }

    /// The magnitude in the duration's own unit.
    public var amount: Int {
        switch self {
        case .seconds(let n), .days(let n), .workingDays(let n), .months(let n), .years(let n): n
        }
    }

    /// Parses the forms listed on the type; nil for anything else.
    public init?(_ raw: some StringProtocol) {
        let text = raw.trimmingSpaces().lowercased()
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 9, let n = Int(digits) else { return nil }
        let unit = text.dropFirst(digits.count).trimmingSpaces()
        switch unit {
        case "s", "sec", "second", "seconds": self = .seconds(n)
        case "m", "min", "minute", "minutes": self = .seconds(n * 60)
        case "h", "hour", "hours": self = .seconds(n * 3600)
        case "d", "day", "days", "calendar day", "calendar days": self = .days(n)
        case "w", "week", "weeks": self = .days(n * 7)
        case "working day", "working days", "workday", "workdays": self = .workingDays(n)
        case "mo", "month", "months": self = .months(n)
        case "y", "year", "years": self = .years(n)
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .seconds(let s):
            if s != 0, s % 3600 == 0 { return "\(s / 3600)h" }
            if s != 0, s % 60 == 0 { return "\(s / 60)m" }
            return "\(s)s"
        case .days(let d): return "\(d)d"
        case .workingDays(let d): return d == 1 ? "1 working day" : "\(d) working days"
        case .months(let m): return "\(m)mo"
        case .years(let y): return "\(y)y"
        }
    }

    /// Seconds, for clock durations only.
    public var seconds: Int? { if case .seconds(let s) = self { s } else { nil } }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (no Foundation needed).
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
