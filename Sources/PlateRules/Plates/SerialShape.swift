/// A serial shape (号牌序号结构) such as `LDDDD` or `[DF]XDDDD`: one character class per position.
public struct SerialShape: Hashable, Sendable, CustomStringConvertible {
    /// The shape as written in the rule set.
    public let pattern: String
    /// The parsed positions, first to last.
    public let positions: [SerialPosition]

    /// Parses `D` digit, `L` letter, `X` either, `[DF]` listed upper-case letters or digits.
    public init(parsing text: String) throws(SerialShapeError) {
        var positions: [SerialPosition] = []
        var bracket: (offset: Int, bytes: [UInt8])? = nil
        for (index, c) in text.enumerated() {
            let offset = index + 1
            if var open = bracket {
                if c == "]" {
                    guard !open.bytes.isEmpty else { throw .emptyBracket(offset: open.offset) }
                    positions.append(.oneOf(open.bytes))
                    bracket = nil
                    continue
                }
                guard let byte = SerialShape.literalByte(c) else { throw .invalidLiteral(c, offset: offset) }
                guard !open.bytes.contains(byte) else { throw .repeatedLiteral(c, offset: offset) }
                open.bytes.append(byte)
                bracket = open
                continue
            }
            switch c {
            case "D": positions.append(.digit)
            case "L": positions.append(.letter)
            case "X": positions.append(.letterOrDigit)
            case "[": bracket = (offset, [])
            default: throw .unknownClass(c, offset: offset)
            }
        }
        if let open = bracket { throw .unclosedBracket(offset: open.offset) }
        guard !positions.isEmpty else { throw .empty }
        self.pattern = text
        self.positions = positions
    }

    /// Number of characters in a serial of this shape.
    public var length: Int { positions.count }

    /// The shape as written.
    public var description: String { pattern }

    /// The ASCII byte of an upper-case letter or digit; nil for anything else.
    static func literalByte(_ c: Character) -> UInt8? {
        guard let byte = c.asciiValue, c.utf8.count == 1,
            SerialByte.isLetter(byte) || SerialByte.isDigit(byte)
        else { return nil }
        return byte
    }
}
