/// The characters allowed at one position of one shape, in enumeration order, with a byte lookup.
struct SerialAlphabet: Sendable {
    /// Allowed bytes in enumeration order, without repeats.
    let bytes: [UInt8]
    /// `index[byte]` is the byte's place in `bytes`, or -1; a table beats searching in hot paths.
    let index: [Int8]

    init(_ candidates: [UInt8]) {
        var bytes: [UInt8] = []
        var index = [Int8](repeating: -1, count: 256)
        for byte in candidates where index[Int(byte)] < 0 && (SerialByte.isLetter(byte) || SerialByte.isDigit(byte)) {
            index[Int(byte)] = Int8(bytes.count)
            bytes.append(byte)
        }
        self.bytes = bytes
        self.index = index
    }

    /// The alphabet of `position` given the format's letters and digits (each in its own order).
    init(_ position: SerialPosition, letters: [UInt8], digits: [UInt8]) {
        switch position {
        case .digit: self.init(digits)
        case .letter: self.init(letters)
        case .letterOrDigit: self.init(digits + letters)
        case .oneOf(let listed): self.init(listed)
        }
    }

    /// Whether `byte` may stand here.
    func contains(_ byte: UInt8) -> Bool { index[Int(byte)] >= 0 }
}
