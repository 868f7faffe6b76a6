/// Local rule: exactly `exactly` letters within the first `positions` positions of a serial.
public struct LettersInFirst: Hashable, Sendable {
    /// How many leading positions are looked at (a shorter serial is looked at whole).
    public let positions: Int
    /// How many of them must be letters.
    public let exactly: Int

    /// Creates the rule "exactly `exactly` letters in the first `positions` positions".
    public init(positions: Int, exactly: Int) {
        self.positions = positions
        self.exactly = exactly
    }
}
