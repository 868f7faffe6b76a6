/// The byte-level machinery behind a `SerialFormat`: alphabets, lookups and one DP counter per shape.
final class SerialEngine: Sendable {
    let alphabets: [[SerialAlphabet]]
    let patterns: [String]
    /// Distinct shape lengths, ascending.
    let lengths: [Int]
    /// `allowed[byte]`: the byte is one of the format's letters, digits or bracket literals.
    let allowed: [Bool]
    let constraints: SerialConstraints
    let withheld: Set<[UInt8]>
    let counters: [SerialCounter]

    init(
        shapes: [SerialShape], letters: String, digits: String, forbid: [SerialPattern], maxLetters: Int?,
        lettersInFirst: LettersInFirst?, withheld: [String]
    ) {
        // Only upper-case ASCII letters and ASCII digits can be serial characters; anything else is ignored.
        let letterBytes = Array(letters.utf8).filter(SerialByte.isLetter)
        let digitBytes = Array(digits.utf8).filter(SerialByte.isDigit)
        let alphabets = shapes.map { $0.positions.map { SerialAlphabet($0, letters: letterBytes, digits: digitBytes) } }
        var allowed = [Bool](repeating: false, count: 256)
        for byte in alphabets.joined().flatMap(\.bytes) + letterBytes + digitBytes { allowed[Int(byte)] = true }
        let constraints = SerialConstraints(forbid: forbid, maxLetters: maxLetters, lettersInFirst: lettersInFirst)
        let patterns = shapes.map(\.pattern)
        let lengths = Array(Set(shapes.map(\.length))).sorted()

        var counters = alphabets.indices.map { Self.counter(shape: $0, alphabets: alphabets, constraints: constraints) }
        let withheldBytes = Set(withheld.map { Array($0.utf8) })
        var ranks = [[Int]](repeating: [], count: shapes.count)
        for serial in withheldBytes {
            guard serial.allSatisfy({ allowed[Int($0)] }),
                case .member(let shape) = Self.classify(
                    serial, alphabets: alphabets, patterns: patterns, lengths: lengths,
                    constraints: constraints),
                let rank = counters[shape].rawRank(serial.span)
            else { continue }
            ranks[shape].append(rank)
        }
        counters = counters.indices.map { ranks[$0].isEmpty ? counters[$0] : counters[$0].withholding(ranks[$0]) }

        self.alphabets = alphabets
        self.patterns = patterns
        self.lengths = lengths
        self.allowed = allowed
        self.constraints = constraints
        self.withheld = withheldBytes
        self.counters = counters
    }

    /// The DP counter of shape `j`, excluding serials an earlier overlapping shape already claims.
    private static func counter(shape j: Int, alphabets: [[SerialAlphabet]], constraints: SerialConstraints)
        -> SerialCounter
    {
        let own = alphabets[j]
        let earlier = (0..<j).filter { overlaps(alphabets[$0], own) }
        let words = (earlier.count + 63) / 64
        var start = [UInt64](repeating: 0, count: words)
        for bit in earlier.indices { start[bit / 64] |= 1 << UInt64(bit % 64) }
        let masks = own.indices.map { position in
            own[position].bytes.map { byte in
                var mask = [UInt64](repeating: 0, count: words)
                for (bit, i) in earlier.enumerated() where alphabets[i][position].contains(byte) {
                    mask[bit / 64] |= 1 << UInt64(bit % 64)
                }
                return mask
            }
        }
        return SerialCounter(alphabets: own, constraints: constraints, shadowMasks: masks, shadowWords: start)
    }

    /// Whether two shapes' alphabets admit a common string: same length and every position shared.
    static func overlaps(_ a: [SerialAlphabet], _ b: [SerialAlphabet]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { pair in pair.0.bytes.contains(where: pair.1.contains) }
    }

    /// Checks `serial` fully, reporting the first problem in the documented order.
    func check(_ serial: String) -> SerialCheck {
        let bytes = Array(serial.utf8)
        // Fast path: every byte allowed means plain ASCII, so bytes are characters.
        guard bytes.allSatisfy({ allowed[Int($0)] }) else {
            let characters = Array(serial)
            guard lengths.contains(characters.count) else {
                return .rejected(.wrongLength(expected: lengths, found: characters.count))
            }
            for (index, c) in characters.enumerated() {
                guard c.utf8.count == 1, let byte = c.utf8.first, allowed[Int(byte)] else {
                    return .rejected(.characterNotAllowed(c, position: index + 1))
                }
            }
            return check(bytes: bytes)
        }
        return check(bytes: bytes)
    }

    /// Checks bytes that are all allowed characters.
    func check(bytes: [UInt8]) -> SerialCheck {
        let result = Self.classify(
            bytes, alphabets: alphabets, patterns: patterns, lengths: lengths, constraints: constraints)
        if result.isMember, !withheld.isEmpty, withheld.contains(bytes) { return .rejected(.withheld) }
        return result
    }

    /// The shape whose counter ranks `bytes`, or nil: the first shape whose characters fit, as `check` picks it.
    ///
    /// Rules and withheld serials are left to the counter (its automaton accepts only rule-abiding serials, and
    /// withheld ranks are skipped), so ranking there answers as `check` would without checking twice. A text with a
    /// byte outside the format's characters is never a member (see `check`), so bytes decide alone.
    func rankingShape(_ bytes: Span<UInt8>) -> Int? {
        guard lengths.contains(bytes.count) else { return nil }
        for i in bytes.indices where !allowed[Int(bytes[i])] { return nil }
        shapes: for j in alphabets.indices where alphabets[j].count == bytes.count {
            // The alphabet's table read in place: a method call on `alphabets[j][i]` would copy it out first.
            for i in bytes.indices where alphabets[j][i].index[Int(bytes[i])] < 0 { continue shapes }
            return j
        }
        return nil
    }

    /// Length, shape and rule checks, withheld ignored; `bytes` must all be allowed characters.
    private static func classify(
        _ bytes: [UInt8], alphabets: [[SerialAlphabet]], patterns: [String], lengths: [Int],
        constraints: SerialConstraints
    ) -> SerialCheck {
        guard lengths.contains(bytes.count) else {
            return .rejected(.wrongLength(expected: lengths, found: bytes.count))
        }
        let candidates = alphabets.indices.filter { alphabets[$0].count == bytes.count }
        guard let shape = candidates.first(where: { j in zip(alphabets[j], bytes).allSatisfy { $0.contains($1) } })
        else {
            return .rejected(.noMatchingShape(shapes: candidates.map { patterns[$0] }))
        }
        if let rejection = constraints.violation(bytes) { return .rejected(rejection) }
        return .member(shapeIndex: shape)
    }
}
