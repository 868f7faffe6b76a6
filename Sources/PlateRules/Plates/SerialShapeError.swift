/// Why a serial shape such as `LDDDD` or `[DF]XDDDD` could not be parsed; offsets are 1-based characters.
public enum SerialShapeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The shape has no positions at all.
    case empty
    /// A character outside brackets is not `D`, `L`, `X` or `[`.
    case unknownClass(Character, offset: Int)
    /// A `[` at `offset` has no matching `]`.
    case unclosedBracket(offset: Int)
    /// `[]` at `offset` lists no characters.
    case emptyBracket(offset: Int)
    /// A bracket lists a character that is not an ASCII upper-case letter or digit (e.g. `d`, `Ｄ`, `-`).
    case invalidLiteral(Character, offset: Int)
    /// A bracket lists the same character twice; almost certainly a typo.
    case repeatedLiteral(Character, offset: Int)

    /// The 1-based character offset of the problem; nil for an empty shape.
    public var offset: Int? {
        switch self {
        case .empty: nil
        case .unknownClass(_, let offset), .unclosedBracket(let offset), .emptyBracket(let offset),
            .invalidLiteral(_, let offset), .repeatedLiteral(_, let offset):
            offset
        }
    }

    /// The reason in English, with the offset.
    public var description: String {
        switch self {
        case .empty:
            "the shape is empty; write one of D, L, X or [..] per serial position"
        case .unknownClass(let c, let offset):
            "unknown position class '\(c)' at character \(offset); use D (digit), L (letter), X (either) or [..] (listed characters)"
        case .unclosedBracket(let offset):
            "'[' at character \(offset) is never closed with ']'"
        case .emptyBracket(let offset):
            "'[]' at character \(offset) lists no characters"
        case .invalidLiteral(let c, let offset):
            "'\(c)' at character \(offset) is not an upper-case ASCII letter or digit"
        case .repeatedLiteral(let c, let offset):
            "'\(c)' at character \(offset) is already listed in this bracket"
        }
    }
}
