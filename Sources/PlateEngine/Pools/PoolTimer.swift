import PlateRules

/// A transition due at an instant; the sequence number breaks ties so equal instants apply in scheduling order.
struct PoolTimer: Comparable {
    enum Action {
        case openSegment(slot: Int32)
        case returnNumber(local: Int32)
    }

    let at: Instant
    let sequence: Int
    let action: Action

    static func < (lhs: PoolTimer, rhs: PoolTimer) -> Bool { (lhs.at, lhs.sequence) < (rhs.at, rhs.sequence) }
    static func == (lhs: PoolTimer, rhs: PoolTimer) -> Bool { lhs.at == rhs.at && lhs.sequence == rhs.sequence }
}
