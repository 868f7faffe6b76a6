/// The state of one published number; stored as a byte with `hasFourFlag` beside it.
enum NumberState: UInt8 {
    /// Padding past a short last segment (a published position always holds a real state).
    case unpublished = 0
    case available = 1
    case reserved = 2
    case cooling = 3

    /// Set in a stored state byte when the serial contains the digit 4.
    static let hasFourFlag: UInt8 = 0x80
}

/// Tracks one count for exhaustion reports: only a fall to zero from positive is "exhausted".
enum ExhaustionWatch {
    case neverPositive, positive, exhausted
}
