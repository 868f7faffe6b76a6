extension SchemaType {
    /// What a value of this type looks like, for "expected …" messages.
    public var expectation: String {
        switch self {
        case .object: return "a mapping of keys to values"
        case .list(let item, let minItems, _):
            return minItems > 0
                ? "a list of at least \(minItems) of \(item.expectationPlural)" : "a list of \(item.expectationPlural)"
        case .text(let form):
            switch form {
            case .free: return "text"
            case .identifier: return "an identifier of lower-case letters, digits, '-' and '_'"
            case .exact(let value): return "'\(value)'"
            case .singleCharacter(let hint, _): return hint
            case .characterSet(let hint, _, let allowsEmpty):
                return "a string of distinct \(hint)" + (allowsEmpty ? " (\"\" for none)" : "")
            }
        case .integer(let min, let max):
            if let max { return "a whole number from \(min) to \(max)" }
            return "a whole number ≥ \(min)"
        case .unsigned: return "a whole number from 0 to \(UInt64.max)"
        case .number(let min, let max): return "a number from \(min) to \(max)"
        case .boolean: return "true or false"
        case .duration(let units): return "a duration in \(units.map(\.phrase).joined(separator: " or "))"
        case .date: return "a date YYYY-MM-DD"
        case .dateOrRange: return "a date YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD"
        case .timeOfDay: return "a time HH:MM (quote it: \"08:00\")"
        case .utcOffset: return "a UTC offset such as +08:00"
        case .instantOrDate: return "a date YYYY-MM-DD or an instant YYYY-MM-DDTHH:MM+08:00"
        case .choice(let words) where words.count > 12:
            // A long list (the rejection names) would bury the message: the did-you-mean and the reference name them.
            return "one of \(words.count) names (\(words.prefix(3).joined(separator: ", ")), …)"
        case .choice(let words): return "one of \(words.joined(separator: ", "))"
        case .regex: return "a credential pattern: letters, digits and [classes] with counts, e.g. [A-Z0-9]{15}"
        case .serialShape: return "a serial shape of D (digit), L (letter), X (either) and [..] (listed characters)"
        case .ruleChanges: return "a mapping of dotted rule paths to new values"
        case .anyOf(let alternatives): return alternatives.map(\.expectation).joined(separator: ", or ")
        case .localInstant: return "a date-time YYYY-MM-DDTHH:MM (offset optional: the region's zone)"
        case .share: return "a share from 0 to 1 such as 0.93"
        case .mapOf(let value): return "a mapping of names to \(value.expectationPlural)"
        }
    }

    var expectationPlural: String {
        switch self {
        case .object: "mappings"
        case .text(.identifier): "identifiers"
        case .date: "dates"
        case .choice(let words): "words from: \(words.joined(separator: ", "))"
        default: "values (\(expectation))"
        }
    }
}

extension RuleDuration.Unit {
    /// How the unit family is written, with examples.
    /// The unit's plain name, for an amount: "100 years".
    var name: String {
        switch self {
        case .clock: "seconds"
        case .days: "days"
        case .workingDays: "working days"
        case .months: "months"
        case .years: "years"
        }
    }

    var phrase: String {
        switch self {
        case .clock: "seconds, minutes or hours (8s, 5m, 2h)"
        case .days: "days (7d, 3 days)"
        case .workingDays: "working days (5 working days)"
        case .months: "months (6mo)"
        case .years: "years (2y)"
        }
    }
}
