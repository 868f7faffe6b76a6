/// How long a reserved number stays valid, and when a lapsed one returns to the pool.
public struct ReservationRules: Sendable, Hashable {
    /// Calendar or working days to register the vehicle.
    public var validFor: RuleDuration
    public var countedFrom: CountingStart
    /// Delay before a lapsed number is available again.
    public var reuseAfter: RuleDuration
}

/// Blacklisting after lapsed reservations.
public struct BlacklistRules: Sendable, Hashable {
    public var afterLapses: Int
    /// Calendar length (days, months or years); lifted automatically.
    public var lasts: RuleDuration
    public var simultaneousSessions: Bool
}
