/// One position of a serial shape: which characters may stand there.
public enum SerialPosition: Hashable, Sendable {
    /// `D`: a digit from the format's digit set.
    case digit
    /// `L`: a letter from the format's letter set.
    case letter
    /// `X`: a digit or a letter from the format's sets (digits first in enumeration order).
    case letterOrDigit
    /// `[DF]`: exactly the listed ASCII upper-case letters or digits, in the order written.
    case oneOf([UInt8])
}
