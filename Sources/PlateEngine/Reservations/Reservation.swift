import PlateRules

/// A reserved number (预选成功) and how long it stays valid.
public struct Reservation: Hashable, Sendable {
    public let serial: String
    /// The full plate as shown, e.g. 冀H·A1234.
    public let plate: String
    public let vin: String
    public let user: String
    public let pool: PoolKey
    public let mode: SelectionMode
    public let application: ApplicationID
    public let reservedAt: Instant
    /// The last day on which the vehicle may be registered.
    public let lastValidDay: CivilDate
    /// The instant the reservation lapses if not registered.
    public let lapsesAt: Instant
    /// Practice reservations are invalid: never in the pool, never registrable.
    public let practice: Bool
}

/// A user's blacklist standing.
public struct BlacklistEntry: Hashable, Sendable {
    public internal(set) var lapses = 0
    /// Blacklisted through this day (inclusive), when blacklisted.
    public internal(set) var until: CivilDate?
    public internal(set) var liftsAt: Instant?
}
