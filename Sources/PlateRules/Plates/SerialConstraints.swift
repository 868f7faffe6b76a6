/// A format's rules (beyond shapes) in the one place both `check` and the counting DP read them.
struct SerialConstraints: Sendable {
    let forbid: [SerialPattern]
    let maxLetters: Int?
    let lettersInFirst: LettersInFirst?
    /// The shortest forbidden run of identical digits, if any run pattern is forbidden.
    let runLimit: Int?
    let forbidAllZero: Bool
    let forbidLetterLast: Bool

    init(forbid: [SerialPattern], maxLetters: Int?, lettersInFirst: LettersInFirst?) {
        self.forbid = forbid
        self.maxLetters = maxLetters
        self.lettersInFirst = lettersInFirst
        runLimit = forbid.compactMap(\.identicalDigitRun).min()
        forbidAllZero = forbid.contains(.allZeroDigits)
        forbidLetterLast = forbid.contains(.letterLast)
    }

    /// How many leading positions `lettersInFirst` looks at in a serial of `length` characters.
    func window(length: Int) -> Int {
        guard let rule = lettersInFirst else { return 0 }
        return min(max(rule.positions, 0), length)
    }

    // MARK: Direct check

    /// The first rule `bytes` breaks, in check order: letters, letters-in-first, forbidden patterns.
    func violation(_ bytes: [UInt8]) -> SerialRejection? {
        let letters = bytes.count(where: SerialByte.isLetter)
        if let max = maxLetters, letters > max { return .tooManyLetters(max: max, found: letters) }
        if let rule = lettersInFirst {
            let found = bytes.prefix(window(length: bytes.count)).count(where: SerialByte.isLetter)
            if found != rule.exactly {
                return .lettersInFirst(positions: rule.positions, exactly: rule.exactly, found: found)
            }
        }
        for pattern in forbid where Self.has(pattern, bytes) { return .forbidden(pattern) }
        return nil
    }

    /// Whether `bytes` shows `pattern`.
    static func has(_ pattern: SerialPattern, _ bytes: [UInt8]) -> Bool {
        switch pattern {
        case .threeIdenticalDigits, .fourIdenticalDigits:
            let limit = pattern.identicalDigitRun!
            var run = 0
            for (index, byte) in bytes.enumerated() {
                guard SerialByte.isDigit(byte) else {
                    run = 0
                    continue
                }
                run = index > 0 && bytes[index - 1] == byte ? run + 1 : 1
                if run >= limit { return true }
            }
            return false
        case .allZeroDigits:
            let digits = bytes.filter(SerialByte.isDigit)
            return !digits.isEmpty && digits.allSatisfy { $0 == UInt8(ascii: "0") }
        case .letterLast:
            return bytes.last.map(SerialByte.isLetter) ?? false
        }
    }

    // MARK: DP transitions (must accept exactly what `violation` accepts)

    /// The state before the first character; nil when no serial of `length` can pass.
    func initialState(length: Int, shadow: [UInt64]) -> SerialState? {
        // An empty window is settled before any character is read.
        if let rule = lettersInFirst, window(length: length) == 0, rule.exactly != 0 { return nil }
        return SerialState(shadow: shadow)
    }

    /// The state after reading `byte` at 0-based `position`; nil when every completion breaks a rule.
    func step(_ state: SerialState, _ byte: UInt8, at position: Int, length: Int) -> SerialState? {
        var next = state
        // A max at or above the length can never bite, so it need not grow the state.
        let maxLetters = self.maxLetters.flatMap { $0 < length ? $0 : nil }
        let window = window(length: length)
        if SerialByte.isDigit(byte) {
            if let limit = runLimit {
                if next.lastDigit == byte {
                    next.run += 1
                    if Int(next.run) >= limit { return nil }
                } else {
                    next.lastDigit = byte
                    next.run = 1
                }
            }
            if forbidAllZero { next.zeros = byte == UInt8(ascii: "0") ? max(next.zeros, 1) : 2 }
        } else {
            next.lastDigit = 0
            next.run = 0
            if forbidLetterLast && position == length - 1 { return nil }
            if maxLetters != nil || position < window { next.letters += 1 }
            if let max = maxLetters, next.letters > max { return nil }
        }
        if let rule = lettersInFirst, position < window {
            // Letters in the window only grow, so passing `exactly` early is already fatal.
            if next.letters > rule.exactly { return nil }
            if position == window - 1 {
                if next.letters != rule.exactly { return nil }
                if maxLetters == nil { next.letters = 0 }
            }
        }
        return next
    }

    /// Whether a complete serial in `state` passes; the shadow is the caller's concern.
    func accepts(_ state: SerialState) -> Bool {
        !(forbidAllZero && state.zeros == 1)
    }
}
