/// A byte-level whole match for the simple patterns credential formats use, e.g. `[A-Z0-9]{15}` or `[A-Z0-9]{14,18}`.
///
/// It understands only a sequence of atoms, each a letter or digit or a bracket class of letters, digits
/// and ranges between them, with an optional greedy count (`{n}`, `{n,}`, `{n,m}`, `?`, `*`, `+`).
/// Anything else makes `init` fail, and the rule set is refused: this subset is what credential formats may use.
/// Matching is linear in the text (a set of positions, a 64-bit mask). Text that is not all ASCII, or longer than
/// `maxLength`, gets nil (no credential is either); in ASCII text only "\r\n" is a multi-byte character, and no
/// class here contains either byte.
struct CredentialMatcher: Sendable {
    struct Atom: Sendable {
        /// ASCII bytes the atom accepts, as a 128-bit set.
        let low: UInt64, high: UInt64
        let min: Int
        /// nil: unbounded.
        let max: Int?

        func accepts(_ byte: UInt8) -> Bool {
            byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
        }
    }

    let atoms: [Atom]

    /// The fewest characters a match needs.
    var minimumLength: Int { atoms.reduce(0) { $0 + $1.min } }

    /// Longest text matched (the position set is a 64-bit mask): the longest credential.
    static let maxLength = 63
    /// Largest count accepted in `{n,m}`.
    static let maxCount = 1000

    /// Parses `pattern`, or nil when it is not of the simple kind described above.
    init?(pattern: String) {
        var bytes = Array(pattern.utf8)[...]
        var atoms: [Atom] = []
        while let first = bytes.first {
            var low: UInt64 = 0
            var high: UInt64 = 0
            func add(_ from: UInt8, _ to: UInt8) {
                for b in from...to { if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) } }
            }
            if first == UInt8(ascii: "[") {
                bytes.removeFirst()
                var empty = true
                while let c = bytes.first, c != UInt8(ascii: "]") {
                    guard Self.isAlphanumeric(c) else { return nil }
                    bytes.removeFirst()
                    if bytes.first == UInt8(ascii: "-") {
                        bytes.removeFirst()
                        guard let end = bytes.first, Self.isAlphanumeric(end), c <= end else { return nil }
                        bytes.removeFirst()
                        add(c, end)
                    } else {
                        add(c, c)
                    }
                    empty = false
                }
                guard !empty, bytes.first == UInt8(ascii: "]") else { return nil }
                bytes.removeFirst()
            } else {
                guard Self.isAlphanumeric(first) else { return nil }
                bytes.removeFirst()
                add(first, first)
            }
            guard let (min, max) = Self.count(&bytes) else { return nil }
            atoms.append(Atom(low: low, high: high, min: min, max: max))
        }
        self.atoms = atoms
    }

    /// Whether the whole of `text` matches; nil for text no credential is (non-ASCII, or longer than `maxLength`).
    func matches(_ text: String) -> Bool? {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ matches($0) }) { return answer }
        var text = text
        return text.withUTF8 { matches($0) }
    }

    func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.count <= Self.maxLength else { return nil }
        for byte in bytes where byte >= 128 { return nil }
        if atoms.count == 1 {
            // The usual credential pattern: one class with a count.
            let atom = atoms[0]
            guard bytes.count >= atom.min, atom.max.map({ bytes.count <= $0 }) ?? true else { return false }
            return bytes.allSatisfy(atom.accepts)
        }
        // Bit p of `reached`: some way to match the atoms so far ends at byte offset p.
        var reached: UInt64 = 1
        for atom in atoms {
            var next: UInt64 = 0
            var rest = reached
            while rest != 0 {
                let start = rest.trailingZeroBitCount
                rest &= rest - 1
                var length = 0
                while true {
                    if length >= atom.min { next |= 1 << UInt64(start + length) }
                    if let max = atom.max, length == max { break }
                    guard start + length < bytes.count, atom.accepts(bytes[start + length]) else { break }
                    length += 1
                }
            }
            reached = next
            if reached == 0 { return false }
        }
        return reached & (1 << UInt64(bytes.count)) != 0
    }

    static func isAlphanumeric(_ c: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(c)
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(c)
    }

    /// Reads an optional greedy count after an atom: (1, 1) when there is none, nil when it is not understood.
    static func count(_ bytes: inout ArraySlice<UInt8>) -> (Int, Int?)? {
        let result: (Int, Int?)
        switch bytes.first {
        case UInt8(ascii: "?"):
            bytes.removeFirst()
            result = (0, 1)
        case UInt8(ascii: "*"):
            bytes.removeFirst()
            result = (0, nil)
        case UInt8(ascii: "+"):
            bytes.removeFirst()
            result = (1, nil)
        case UInt8(ascii: "{"):
            bytes.removeFirst()
            guard let min = number(&bytes) else { return nil }
            var max: Int? = min
            if bytes.first == UInt8(ascii: ",") {
                bytes.removeFirst()
                max = bytes.first == UInt8(ascii: "}") ? nil : number(&bytes)
                if max == nil, bytes.first != UInt8(ascii: "}") { return nil }
            }
            guard bytes.first == UInt8(ascii: "}"), max.map({ min <= $0 }) ?? true else { return nil }
            bytes.removeFirst()
            result = (min, max)
        default: return (1, 1)
        }
        // Lazy and possessive suffixes are left to Regex (possessive changes what matches).
        if let next = bytes.first, next == UInt8(ascii: "?") || next == UInt8(ascii: "+") { return nil }
        return result
    }

    static func number(_ bytes: inout ArraySlice<UInt8>) -> Int? {
        var value = 0
        var digits = 0
        while let c = bytes.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) {
            value = value * 10 + Int(c - UInt8(ascii: "0"))
            digits += 1
            bytes.removeFirst()
            guard value <= maxCount else { return nil }
        }
        return digits > 0 ? value : nil
    }
}
