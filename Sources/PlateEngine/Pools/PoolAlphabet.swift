import PlateRules

/// Every character a pool's serials may use, numbered in keyboard order: digits, then letters, as the format orders
/// them.
struct PoolAlphabet: Sendable {
    /// Characters (ASCII bytes) by code; at most 36, so a code fits a bit of a `UInt64`.
    let bytes: [UInt8]
    /// `codes[byte]`: the byte's code, or -1.
    let codes: [Int8]
    /// The labels for keyboard answers.
    let labels: KeyLabels

    init(format: SerialFormat) {
        let isDigit = { (b: UInt8) in b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        let isLetter = { (b: UInt8) in b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }
        // Bracket literals outside the format's sets still appear on keys, after their kind.
        let literals: [UInt8] = format.shapes.flatMap { shape in
            shape.positions.flatMap { position -> [UInt8] in
                if case .oneOf(let listed) = position { return listed }
                return []
            }
        }
        let digits = Array(format.digits.utf8).filter(isDigit) + literals.filter(isDigit)
        let letters = Array(format.letters.utf8).filter(isLetter) + literals.filter(isLetter)
        var bytes: [UInt8] = []
        var codes = [Int8](repeating: -1, count: 256)
        for byte in digits + letters where codes[Int(byte)] < 0 {
            codes[Int(byte)] = Int8(bytes.count)
            bytes.append(byte)
        }
        self.bytes = bytes
        self.codes = codes
        labels = KeyLabels(bytes: bytes)
    }

    /// The code of `byte`, or -1 when no serial uses it.
    @inline(__always) func code(_ byte: UInt8) -> Int { Int(codes[Int(byte)]) }
}
