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

    /// The value of a cohort metric name of the scenario schema.
    func metric(_ name: String) -> Int? {
        switch name {
        case "applicants": applicants
        case "reserved": reserved
        case "reserved_self_compose": reservedSelfCompose
        case "reserved_random": reservedRandom
        case "registered": registered
        case "lapsed": lapsed
        case "blacklisted": blacklisted
        case "blacklist_hits": blacklistHits
        case "blacklist_lifted": blacklistLifted
        case "sent_to_office": sentToOffice
        case "moved_to_random": movedToRandom
        case "rejections": rejections
        case "confirms": selfCompose.confirms
        case "confirms_all_taken": selfCompose.allTaken
        default: nil
        }
    }
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
