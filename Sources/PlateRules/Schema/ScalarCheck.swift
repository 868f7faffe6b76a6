/// Checks one scalar against a scalar schema type and says what is wrong with it.
enum ScalarCheck {
    /// nil when `node` is a valid value of `type`, else "expected …, found …".
    static func problem(_ node: YAMLNode, _ type: SchemaType) -> String? {
        guard let text = node.scalar, !node.isNull || isText(type) else {
            return "expected \(type.expectation), found \(node.shapeDescription)"
        }
        let found = node.shapeDescription
        // No value but free text is long: refusing a long one unread keeps checking linear in the input.
        if text.utf8.count > longestValue, !isFreeText(type) {
            return "expected \(type.expectation), found a text of \(text.utf8.count) bytes"
        }
        switch type {
        case .text(let form):
            switch form {
            case .free:
                return text.isEmpty ? "expected text, found nothing" : nil
            case .identifier:
                return isIdentifier(text) ? nil : "expected \(type.expectation), found \(found)"
            case .exact(let value):
                return text == value ? nil : "expected '\(value)', found \(found)"
            case .singleCharacter(let hint, let allowed):
                return text.count == 1 && allowed(text.first!) ? nil : "expected \(hint), found \(found)"
            case .characterSet(let hint, let allowed, let allowsEmpty):
                if let bad = text.first(where: { !allowed($0) }) {
                    return "expected \(hint), found '\(bad)' in \(found)"
                }
                if text.isEmpty, !allowsEmpty { return "expected at least one of \(hint), found nothing" }
                if let repeated = firstRepeated(text) { return "'\(repeated)' is listed twice in \(found)" }
                return nil
            }
        case .unsigned:
            return UInt64(text) != nil && node.kind == .scalar(text, plain: true)
                ? nil : "expected \(type.expectation), found \(found)"
        case .integer(let min, let max):
            guard let value = Int(text), node.kind == .scalar(text, plain: true) else {
                return "expected \(type.expectation), found \(found)"
            }
            if value < min || max.map({ value > $0 }) == true { return "expected \(type.expectation), found \(value)" }
            return nil
        case .number(let min, let max):
            guard let value = Double(text), value >= min, value <= max else {
                return "expected \(type.expectation), found \(found)"
            }
            return nil
        case .boolean:
            return text == "true" || text == "false" ? nil : "expected true or false, found \(found)"
        case .duration(let units):
            guard let duration = RuleDuration(text) else {
                return "expected \(type.expectation), found \(found)"
            }
            guard units.contains(duration.unit) else {
                return "expected \(type.expectation), found \(duration) (\(duration.unit.phrase))"
            }
            let most = RuleDuration.maximum(duration.unit)
            return duration.amount <= most
                ? nil : "expected at most a century (\(most) \(duration.unit.name)), found \(duration)"
        case .date:
            return CivilDate(text) == nil ? "expected \(type.expectation), found \(found)" : nil
        case .dateOrRange:
            guard let range = DateRange(text) else { return "expected \(type.expectation), found \(found)" }
            return range.first <= range.last ? nil : "the range \(text) ends before it starts"
        case .timeOfDay:
            return TimeOfDay(text) == nil ? "expected \(type.expectation), found \(found)" : nil
        case .utcOffset:
            return UTCOffset(text) == nil ? "expected \(type.expectation), found \(found)" : nil
        case .instantOrDate:
            return CivilDate(text) == nil && Instant(iso8601: text) == nil
                ? "expected \(type.expectation), found \(found)" : nil
        case .choice(let words):
            return words.contains(text)
                ? nil : "expected \(type.expectation), found \(found)\(Suggestion.phrase(for: text, among: words))"
        case .regex:
            do {
                _ = try CredentialFormat(pattern: text)
                return nil
            } catch { return "\(error)" }
        case .serialShape:
            do {
                // Counting tables grow with length × letters; real serials have 5 or 6 characters.
                let shape = try SerialShape(parsing: text)
                return shape.length <= 10
                    ? nil : "a serial shape has at most 10 positions, found \(shape.length) in \(found)"
            } catch { return "invalid serial shape \(found): \(error)" }
        case .localInstant:
            return LocalInstant(text) == nil ? "expected \(type.expectation), found \(found)" : nil
        case .share:
            guard let value = Double(text), value >= 0, value <= 1 else {
                return "expected \(type.expectation), found \(found)"
            }
            return nil
        case .object, .list, .ruleChanges, .anyOf, .mapOf:
            return "expected \(type.expectation), found \(found)"
        }
    }

    /// The longest value of any type but free text, in bytes (a calendar's holiday list item, a pool's letters).
    static let longestValue = 256

    private static func isFreeText(_ type: SchemaType) -> Bool {
        if case .text(.free) = type { return true }
        return false
    }

    private static func isText(_ type: SchemaType) -> Bool {
        if case .text = type { return true }
        return false
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLowercase || first.isNumber else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    private static func firstRepeated(_ text: String) -> Character? {
        var seen = Set<Character>()
        return text.first { !seen.insert($0).inserted }
    }
}

/// A date or an inclusive range of dates, `2027-02-10..2027-02-16`.
public struct DateRange: Hashable, Sendable {
    public let first: CivilDate
    public let last: CivilDate

    /// Parses a single date or a `..` range.
    public init?(_ text: String) {
        if let dots = text.range(of: "..") {
            guard let a = CivilDate(text[..<dots.lowerBound].trimmingSpaces()),
                let b = CivilDate(text[dots.upperBound...].trimmingSpaces())
            else { return nil }
            first = a
            last = b
        } else {
            guard let date = CivilDate(text) else { return nil }
            first = date
            last = date
        }
    }

    /// Every date of the range in order.
    public var dates: [CivilDate] {
        guard first <= last else { return [] }
        return (first.daysSinceEpoch...last.daysSinceEpoch).map(CivilDate.init(daysSinceEpoch:))
    }
}
