/// Unguessable trainee session ids: 128 bits from the system generator, as 32 lower-case hex digits.
///
/// This is a server, not a simulation: ids must not be predictable, so a system generator is right here.
enum SessionID {
    static let length = 32

    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return hex(generator.next()) + hex(generator.next())
    }

    /// Whether `text` has the shape of an id (checked before any lookup).
    static func isWellFormed(_ text: some StringProtocol) -> Bool {
        text.utf8.count == length && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
