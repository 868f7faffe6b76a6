import PlateRules

/// Counts for one cohort (or the whole run) folded from engine events.
public struct CohortTally: Hashable, Sendable {
    public internal(set) var applicants = 0
    /// Entry refused at least once before ever entering (locality, counter signing, blacklist).
    public internal(set) var refused = 0
    public internal(set) var entered = 0
    public internal(set) var basicInfoCompleted = 0
    public internal(set) var identityConfirmed = 0
    public internal(set) var reserved = 0
    public internal(set) var reservedSelfCompose = 0
    public internal(set) var reservedRandom = 0
    public internal(set) var registered = 0
    public internal(set) var lapsed = 0
    public internal(set) var sentToOffice = 0
    /// Moved to random by the platform because self-compose was used up (自编次数用完, 自动跳转随机).
    public internal(set) var movedToRandom = 0
    public internal(set) var blacklisted = 0
    public internal(set) var blacklistHits = 0
    public internal(set) var blacklistLifted = 0
    public internal(set) var rejections = 0
    /// Self-compose confirms and what came of them.
    public internal(set) var selfCompose = SelfComposeTally()

    /// The value of a count of the scenario schema.
    public func count(_ count: RunCount) -> Int {
        switch count {
        case .applicants: applicants
        case .refusedAtEntry: refused
        case .entered: entered
        case .basicInfoCompleted: basicInfoCompleted
        case .identityConfirmed: identityConfirmed
        case .reserved: reserved
        case .reservedSelfCompose: reservedSelfCompose
        case .reservedRandom: reservedRandom
        case .registered: registered
        case .lapsed: lapsed
        case .sentToOffice: sentToOffice
        case .movedToRandom: movedToRandom
        case .blacklisted: blacklisted
        case .blacklistHits: blacklistHits
        case .blacklistLifted: blacklistLifted
        case .rejections: rejections
        case .confirms: selfCompose.confirms
        case .confirmsAllTaken: selfCompose.allTaken
        }
    }

    /// The value of a count named as in the scenario schema; nil for a name that is not one.
    func metric(_ name: String) -> Int? { RunCount(rawValue: name).map(count) }
}

/// Counts for one simulated day.
public struct DayTally: Hashable, Sendable {
    /// A day on which nothing happened.
    public init() {}

    public internal(set) var arrivals = 0
    public internal(set) var reservedSelfCompose = 0
    public internal(set) var reservedRandom = 0
    public internal(set) var registered = 0
    public internal(set) var lapsed = 0
    public internal(set) var blacklisted = 0
    public internal(set) var blacklistHits = 0
    public internal(set) var blacklistLifted = 0
}
