/// A VIN packed into two integers, the registry's index key.
///
/// VIN characters are digits and capitals, six bits each, so 17 of them fit in 102 bits. Hashing and
/// comparing two words beats hashing a 17-byte string and following its heap pointer to compare it,
/// which with a million vehicles cost a cache miss per lookup.
struct VINKey: Hashable {
    let high: UInt64
    let low: UInt64

    /// The key of `text`, or nil when it cannot be a VIN (not 17 digits and capitals), so it is in no registry.
    init?(_ text: String) {
        var text = text
        guard let key = text.withUTF8(VINKey.init(utf8:)) else { return nil }
        self = key
    }

    /// A key no VIN packs to (real keys use 48 and 54 bits), for index entries without a VIN.
    static let placeholder = VINKey(high: .max, low: .max)

    private init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    private init?(utf8: UnsafeBufferPointer<UInt8>) {
        guard utf8.count == 17 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for (index, byte) in utf8.enumerated() {
            let code: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): code = byte - UInt8(ascii: "0")
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): code = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            if index < 8 { high = high << 6 | UInt64(code) } else { low = low << 6 | UInt64(code) }
        }
        self.high = high
        self.low = low
    }
}
