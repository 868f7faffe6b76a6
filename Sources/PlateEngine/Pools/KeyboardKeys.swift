/// The virtual keyboard's enabled keys after a typed prefix.
public struct KeyboardKeys: Hashable, Sendable {
    /// Enabled keys as a bit mask over the pool alphabet's codes; kept as a mask so a query allocates nothing.
    let mask: UInt64
    let labels: KeyLabels
    /// Whether the prefix itself is a complete number the keyboard offers.
    public let isComplete: Bool

    /// Enabled characters as ASCII bytes, in keyboard order (digits, then letters, as the format orders them).
    var bytes: [UInt8] { labels.pick(mask, from: labels.bytes) }

    /// The enabled keys as ASCII codes, in keyboard order: cheaper than `enabled` for code that compares keys.
    public var enabledASCII: [UInt8] { bytes }

    /// The enabled keys as ASCII codes, in keyboard order, without building an array (typists read them key by key).
    public var enabledKeys: EnabledKeys { EnabledKeys(mask: mask, labels: labels) }

    /// The enabled characters, in keyboard order.
    public var enabled: [Character] { labels.pick(mask, from: labels.characters) }

    /// Whether no key is enabled.
    public var isEmpty: Bool { mask == 0 }

    /// Whether key `c` is enabled.
    public func allows(_ c: Character) -> Bool {
        guard let byte = c.asciiValue, let code = labels.bytes.firstIndex(of: byte) else { return false }
        return mask & (UInt64(1) << UInt64(code)) != 0
    }

    /// Equal when the same keys are enabled, whatever alphabet numbers them.
    public static func == (lhs: KeyboardKeys, rhs: KeyboardKeys) -> Bool {
        lhs.isComplete == rhs.isComplete && lhs.bytes == rhs.bytes
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(isComplete)
        hasher.combine(bytes)
    }
}

/// A pool alphabet's key labels by code, shared by every keyboard answer of the pool.
final class KeyLabels: Sendable {
    let bytes: [UInt8]
    /// The same labels as characters, made once: building a `Character` per key per query cost more than the query.
    let characters: [Character]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        characters = bytes.map { Character(Unicode.Scalar($0)) }
    }

    /// The labels whose codes are set in `mask`, in code order.
    func pick<T>(_ mask: UInt64, from labels: [T]) -> [T] {
        var mask = mask
        var picked: [T] = []
        picked.reserveCapacity(mask.nonzeroBitCount)
        while mask != 0 {
            picked.append(labels[mask.trailingZeroBitCount])
            mask &= mask - 1
        }
        return picked
    }
}

/// The enabled keys of a `KeyboardKeys` as ASCII codes, in keyboard order, read straight from its mask.
public struct EnabledKeys: Sequence, IteratorProtocol {
    var mask: UInt64
    let labels: KeyLabels

    /// How many keys are enabled.
    public var count: Int { mask.nonzeroBitCount }

    public mutating func next() -> UInt8? {
        guard mask != 0 else { return nil }
        defer { mask &= mask - 1 }
        return labels.bytes[mask.trailingZeroBitCount]
    }
}
