/// A named pattern a pool may forbid (`forbid:` in the rule set).
public enum SerialPattern: String, CaseIterable, Sendable, Hashable {
    /// Three identical digits in a row, e.g. `A1112`.
    case threeIdenticalDigits = "three_identical_digits"
    /// Four identical digits in a row, e.g. `A1111`.
    case fourIdenticalDigits = "four_identical_digits"
    /// Every digit is 0, e.g. `A0000`; a serial without digits is not caught.
    case allZeroDigits = "all_zero_digits"
    /// The last character is a letter, e.g. `1234A`.
    case letterLast = "letter_last"

    /// One-line English summary for documentation and the schema.
    public var summary: String {
        switch self {
        case .threeIdenticalDigits: "three identical digits in a row (A1112)"
        case .fourIdenticalDigits: "four identical digits in a row (A1111)"
        case .allZeroDigits: "every digit is 0 (A0000)"
        case .letterLast: "the last character is a letter (1234A)"
        }
    }

    /// The run length of identical digits this pattern forbids, if it is a run pattern.
    var identicalDigitRun: Int? {
        switch self {
        case .threeIdenticalDigits: 3
        case .fourIdenticalDigits: 4
        case .allZeroDigits, .letterLast: nil
        }
    }
}
