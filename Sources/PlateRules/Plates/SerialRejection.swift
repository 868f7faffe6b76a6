/// Why a serial is not a member of a format; checked in the order the cases are listed.
public enum SerialRejection: Hashable, Sendable, CustomStringConvertible {
    /// No shape has this many characters; `expected` lists the shapes' lengths, ascending.
    case wrongLength(expected: [Int], found: Int)
    /// A character outside the format's letters, digits and bracket literals (e.g. `I`, `O`); `position` is 1-based.
    case characterNotAllowed(Character, position: Int)
    /// No shape of this length matches (e.g. three letters); `shapes` are the shapes of that length.
    case noMatchingShape(shapes: [String])
    /// The serial has a forbidden pattern (the first, in the format's `forbid` order).
    case forbidden(SerialPattern)
    /// More letters than `maxLetters`.
    case tooManyLetters(max: Int, found: Int)
    /// Not exactly `exactly` letters within the first `positions` positions.
    case lettersInFirst(positions: Int, exactly: Int, found: Int)
    /// The serial is withheld (lucky numbers never offered).
    case withheld

    /// The reason in English.
    public var description: String {
        switch self {
        case .wrongLength(let expected, let found):
            let lengths = expected.map { String($0) }.joined(separator: " or ")
            return "has \(found) characters; serials have \(lengths.isEmpty ? "no valid length" : lengths)"
        case .characterNotAllowed(let c, let position):
            return "character '\(c)' at position \(position) is not used in this pool's serials"
        case .noMatchingShape(let shapes):
            return "matches none of the shapes \(shapes.joined(separator: ", "))"
        case .forbidden(let pattern):
            return "is forbidden: \(pattern.summary)"
        case .tooManyLetters(let max, let found):
            return "has \(found) letters; at most \(max) allowed"
        case .lettersInFirst(let positions, let exactly, let found):
            return "has \(found) letters in the first \(positions) positions; exactly \(exactly) required"
        case .withheld:
            return "is withheld and never offered"
        }
    }
}
