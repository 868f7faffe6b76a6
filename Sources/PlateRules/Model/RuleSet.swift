/// One region's rules as in force at some instant: validated, typed, ready for the engine.
public struct RuleSet: Sendable, Hashable {
    public var region: Region
    public var offices: [Office]
    /// Business notice (业务须知) text.
    public var notice: String
    public var serviceHours: ServiceHours
    public var calendar: WorkCalendar
    public var locality: LocalityRules
    public var verification: VerificationRules
    public var selfCompose: SelfComposeRules
    public var random: RandomDrawRules
    public var reservation: ReservationRules
    public var blacklist: BlacklistRules
    public var pools: [PoolRules]

    /// The pool with this id.
    public func pool(_ id: String) -> PoolRules? { pools.first { $0.id == id } }

    /// The office with this id.
    public func office(_ id: String) -> Office? { offices.first { $0.id == id } }

    /// Vehicle kinds some office offers a pool for: the kinds eligible online in this region.
    public var eligibleVehicles: [VehicleKind] {
        let offered = Set(offices.flatMap(\.pools).compactMap { pool($0)?.vehicle })
        return VehicleKind.allCases.filter(offered.contains)
    }
}

/// The region a rule set governs.
public struct Region: Sendable, Hashable {
    public var id: String
    public var name: String
    /// Province abbreviation, the plate's first character (冀).
    public var province: String
    /// Issuing-authority letter, the plate's second character (H).
    public var authority: Character
    public var utcOffset: UTCOffset
}

/// A vehicle-management office (车管所).
public struct Office: Sendable, Hashable {
    public var id: String
    public var name: String
    /// Ids of the pools this office offers, in the order listed.
    public var pools: [String]
    public var address: String?
}
