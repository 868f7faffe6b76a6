import PlateRules

/// Where one serial stands in an office's pool.
public enum NumberAvailability: Hashable, Sendable {
    /// Not a serial of the pool's format at all.
    case notMember(SerialRejection)
    /// A serial of the format, but not (yet) published by this office.
    case unpublished
    /// Published and free; which modes may take it (random always, self-compose after the random-only period).
    case available(selfCompose: Bool, random: Bool)
    /// Taken by a reservation.
    case reserved
    /// A lapsed reservation's number, back in the pool at `until`.
    case cooling(until: Instant)
}
