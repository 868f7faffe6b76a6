/// The counting DP's state after a prefix: only what the active rules still need to know.
struct SerialState: Hashable {
    /// The previous character when it was a digit and runs are tracked; 0 otherwise.
    var lastDigit: UInt8 = 0
    /// How many times `lastDigit` has repeated at the end of the prefix.
    var run: UInt8 = 0
    /// `all_zero_digits` progress: 0 no digit yet, 1 only zeros, 2 a non-zero digit seen.
    var zeros: UInt8 = 0
    /// Letters so far, while a letter rule still needs the count; 0 once no rule does.
    var letters: Int32 = 0
    /// Bit i set: the prefix still fits earlier overlapping shape i, so the serial would count there.
    var shadow: [UInt64]
}
