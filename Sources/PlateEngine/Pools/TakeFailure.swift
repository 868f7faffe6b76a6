import PlateRules

/// Why a number could not be taken from a pool.
public enum TakeFailure: Error, Hashable, Sendable {
    /// Not a serial of the pool's format.
    case notMember(SerialRejection)
    /// A serial of the format that this office has not published.
    case unpublished
    /// Already reserved.
    case taken
    /// A lapsed number not yet back in the pool.
    case cooling(until: Instant)
    /// Available, but not to this mode (a segment still in its random-only period).
    case notOpenTo(SelectionMode)
}
