/// A pool's serial format: shapes in opening order, the letters and digits in use, and local rules.
///
/// Everything is data: the letter and digit sets, their order (which is the enumeration order),
/// the shapes and the rules all come from the rule set. Construction builds one counting table
/// per shape (small: length × reachable rule states), so checks, counts, ranks and unranks
/// afterwards are table walks and nothing is ever enumerated to count.
public struct SerialFormat: Hashable, Sendable {
    /// Shapes in opening order; a serial belongs to the first shape it matches.
    public let shapes: [SerialShape]
    /// Letters in use, in enumeration order (e.g. `ABCDEFGHJKLMNPQRSTUVWXYZ`, no I or O).
    public let letters: String
    /// Digits in use, in enumeration order.
    public let digits: String
    /// Forbidden patterns, in the order `check` reports them.
    public let forbid: [SerialPattern]
    /// Most letters in one serial, if limited.
    public let maxLetters: Int?
    /// Local rule: exactly K letters in the first P positions.
    public let lettersInFirst: LettersInFirst?
    /// Serials never offered (lucky numbers), as written.
    public let withheld: [String]
    let engine: SerialEngine

    /// Creates a format; characters in `letters` that are not A–Z, or in `digits` that are not 0–9, are ignored.
    public init(
        shapes: [SerialShape], letters: String, digits: String, forbid: [SerialPattern] = [],
        maxLetters: Int? = nil, lettersInFirst: LettersInFirst? = nil, withheld: [String] = []
    ) {
        self.shapes = shapes
        self.letters = letters
        self.digits = digits
        self.forbid = forbid
        self.maxLetters = maxLetters
        self.lettersInFirst = lettersInFirst
        self.withheld = withheld
        engine = SerialEngine(
            shapes: shapes, letters: letters, digits: digits, forbid: forbid, maxLetters: maxLetters,
            lettersInFirst: lettersInFirst, withheld: withheld)
    }

    /// Formats are equal when their rule values are; the tables derive from them.
    public static func == (lhs: SerialFormat, rhs: SerialFormat) -> Bool {
        lhs.shapes == rhs.shapes && lhs.letters == rhs.letters && lhs.digits == rhs.digits && lhs.forbid == rhs.forbid
            && lhs.maxLetters == rhs.maxLetters && lhs.lettersInFirst == rhs.lettersInFirst
            && lhs.withheld == rhs.withheld
    }

    /// Hashes the rule values only, consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(shapes)
        hasher.combine(letters)
        hasher.combine(digits)
        hasher.combine(forbid)
        hasher.combine(maxLetters)
        hasher.combine(lettersInFirst)
        hasher.combine(withheld)
    }

    /// Number of characters of shape `shapeIndex`'s serials.
    public func length(shapeIndex: Int) -> Int { shapes[shapeIndex].length }

    /// Whether `serial` is a member, and under which shape; otherwise the first reason it is not.
    ///
    /// Order: length, characters, shape (first match wins), `maxLetters`, `lettersInFirst`,
    /// forbidden patterns in listed order, withheld.
    public func check(_ serial: String) -> SerialCheck { engine.check(serial) }
}
