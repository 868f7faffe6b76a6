/// A vehicle identification number (车辆识别代号) per GB 16735 / ISO 3779, with a valid check digit.
public struct VIN: Hashable, Sendable, CustomStringConvertible {
    /// The 17 characters, exactly as given (never case-folded).
    public let text: String

    /// Accepts `text` only if it is a well-formed VIN; the first problem is reported in the order
    /// length, characters, model year, check digit.
    public init(validating text: String) throws(VINProblem) {
        // Valid VINs take the byte path; only a failure pays for the Character path that says why.
        if VIN.isValidASCII(text) {
            self.text = text
            return
        }
        let chars = Array(text)
        guard chars.count == VIN.length else { throw .wrongLength(found: chars.count) }
        for (i, c) in chars.enumerated() where VIN.value(of: c) == nil {
            throw .illegalCharacter(c, position: i + 1)
        }
        let year = chars[VIN.modelYearIndex]
        guard !VIN.forbiddenModelYears.contains(year) else { throw .illegalModelYear(year) }
        let expected = VIN.checkDigit(for: chars)!
        let found = chars[VIN.checkIndex]
        guard expected == found else { throw .wrongCheckDigit(expected: expected, found: found) }
        self.text = text
    }

    /// The VIN text itself.
    public var description: String { text }

    /// The check digit (position 9) for 17 characters, ignoring whatever is at position 9 now.
    ///
    /// Nil unless there are 17 characters and all but position 9 are legal VIN characters.
    public static func checkDigit(for text: String) -> Character? {
        checkDigit(for: Array(text))
    }

    /// `seventeen` with position 9 replaced by its check digit; nil unless the result is a valid VIN.
    ///
    /// Handy for making simulated VINs: write any placeholder at position 9.
    public static func withCheckDigit(_ seventeen: String) -> String? {
        withCheckDigit(ascii: Array(seventeen.utf8))
    }

    /// `withCheckDigit(_:)` on ASCII bytes, without a `Character` in sight (a million simulated VINs are made this
    /// way).
    public static func withCheckDigit(ascii bytes: [UInt8]) -> String? {
        guard bytes.count == length else { return nil }
        let byteValues = byteValues
        let weights = weights
        var sum = 0
        for (index, byte) in bytes.enumerated() where index != checkIndex {
            guard byte < 128, byteValues[Int(byte)] >= 0 else { return nil }
            sum += byteValues[Int(byte)] * weights[index]
        }
        guard !forbiddenModelYearBytes[Int(bytes[modelYearIndex])] else { return nil }
        var fixed = bytes
        let r = sum % 11
        fixed[checkIndex] = r == 10 ? UInt8(ascii: "X") : UInt8(ascii: "0") + UInt8(r)
        return String(decoding: fixed, as: UTF8.self)
    }

    // Structure fixed by the standard (not rule-set values).
    static let length = 17
    static let checkIndex = 8
    static let modelYearIndex = 9
    static let weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    /// Model-year codes never used; I, O and Q are illegal anywhere already.
    static let forbiddenModelYears: Set<Character> = ["I", "O", "Q", "U", "Z", "0"]
    /// Transliteration of every legal character; absence means illegal (lower case, I, O, Q, anything else).
    static let values: [Character: Int] = {
        var table: [Character: Int] = [:]
        for d in 0...9 { table[Character("\(d)")] = d }
        let letters: [(Character, Int)] = [
            ("A", 1), ("B", 2), ("C", 3), ("D", 4), ("E", 5), ("F", 6), ("G", 7), ("H", 8),
            ("J", 1), ("K", 2), ("L", 3), ("M", 4), ("N", 5), ("P", 7), ("R", 9),
            ("S", 2), ("T", 3), ("U", 4), ("V", 5), ("W", 6), ("X", 7), ("Y", 8), ("Z", 9),
        ]
        for (c, v) in letters { table[c] = v }
        return table
    }()

    static func value(of c: Character) -> Int? { values[c] }

    /// `forbiddenModelYears` by ASCII byte.
    static let forbiddenModelYearBytes: [Bool] = (0..<128).map {
        forbiddenModelYears.contains(Character(Unicode.Scalar(UInt8($0))))
    }

    /// Transliteration values by ASCII byte, -1 where the byte is not allowed.
    static let byteValues: [Int] = (0..<128).map { byte in values[Character(Unicode.Scalar(UInt8(byte)))] ?? -1 }

    /// The whole validation on bytes: length, characters, model year and check digit.
    static func isValidASCII(_ text: String) -> Bool {
        guard text.utf8.count == length else { return false }
        // Contiguous bytes when the string has them (native strings do): indexing beats the UTF-8 view's iterator.
        return text.utf8.withContiguousStorageIfAvailable(isValidASCII) ?? isValidASCII(Array(text.utf8))
    }

    /// `isValidASCII` on the text's UTF-8 bytes.
    static func isValidASCII(_ bytes: some Collection<UInt8>) -> Bool {
        guard bytes.count == length else { return false }
        // Tables read once into locals: each static access checks its lazy initialisation.
        let byteValues = byteValues
        let weights = weights
        let forbiddenYears = forbiddenModelYearBytes
        var sum = 0
        var index = 0
        var check: UInt8 = 0
        for byte in bytes {
            guard byte < 128 else { return false }
            let value = byteValues[Int(byte)]
            guard value >= 0 else { return false }
            if index == checkIndex { check = byte } else { sum += value * weights[index] }
            if index == modelYearIndex, forbiddenYears[Int(byte)] { return false }
            index += 1
        }
        let r = sum % 11
        return check == (r == 10 ? UInt8(ascii: "X") : UInt8(ascii: "0") + UInt8(r))
    }

    static func checkDigit(for chars: [Character]) -> Character? {
        guard chars.count == length else { return nil }
        var sum = 0
        for (i, c) in chars.enumerated() where i != checkIndex {
            guard let v = value(of: c) else { return nil }
            sum += v * weights[i]
        }
        let r = sum % 11
        return r == 10 ? "X" : Character("\(r)")
    }
}

/// Why a text is not a VIN; the descriptions are shown to the user (校验失败原因).
public enum VINProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not exactly 17 characters.
    case wrongLength(found: Int)
    /// A character outside 0–9 and upper-case A–Z without I, O, Q; `position` is 1-based.
    case illegalCharacter(Character, position: Int)
    /// Position 10 holds I, O, Q, U, Z or 0.
    case illegalModelYear(Character)
    /// Position 9 does not match the computed check digit.
    case wrongCheckDigit(expected: Character, found: Character)

    /// An English message naming the position at fault, fit to show the user.
    public var description: String {
        switch self {
        case .wrongLength(let found):
            return "A VIN has exactly 17 characters; this one has \(found)."
        case .illegalCharacter(let c, let position):
            let why: String
            if c.isLowercase {
                why = "lower-case letters are not accepted; type it in upper case"
            } else if c == "I" || c == "O" || c == "Q" {
                why = "I, O and Q are never used in a VIN"
            } else {
                why = "only digits 0–9 and upper-case letters A–Z except I, O and Q are allowed"
            }
            return "Character '\(VINProblem.shown(c))' at position \(position) is not allowed: \(why)."
        case .illegalModelYear(let c):
            return
                "Position 10 (model year) cannot be '\(VINProblem.shown(c))': I, O, Q, U, Z and 0 are never used there."
        case .wrongCheckDigit(let expected, let found):
            return
                "Position 9 (check digit) is '\(VINProblem.shown(found))' but the other characters require '\(expected)'; the VIN is probably mistyped."
        }
    }

    /// The character with invisible ones escaped, so a stray tab or newline is visible in the message.
    static func shown(_ c: Character) -> String {
        c.unicodeScalars.map { $0.escaped(asASCII: false) }.joined()
    }
}
