/// The virtual keyboard's enabled keys after a typed prefix.
public struct KeyboardKeys: Hashable, Sendable {
    /// Enabled characters as ASCII bytes, in keyboard order (digits, then letters, as the format orders them).
    let bytes: [UInt8]
    /// Whether the prefix itself is a complete number available to self-compose.
    public let isComplete: Bool

    /// The enabled characters, in keyboard order.
    public var enabled: [Character] { bytes.map { Character(Unicode.Scalar($0)) } }

    /// Whether no key is enabled.
    public var isEmpty: Bool { bytes.isEmpty }

    /// Whether key `c` is enabled.
    public func allows(_ c: Character) -> Bool {
        guard let byte = c.asciiValue else { return false }
        return bytes.contains(byte)
    }
}
