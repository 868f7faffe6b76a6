import PlateRules

/// An action due at an instant, ordered by (instant, sequence) so equal instants apply in scheduling order.
struct TimedAction<Action>: Comparable {
    let at: Instant
    let sequence: Int
    let action: Action

    static func < (lhs: TimedAction, rhs: TimedAction) -> Bool { (lhs.at, lhs.sequence) < (rhs.at, rhs.sequence) }
    static func == (lhs: TimedAction, rhs: TimedAction) -> Bool { lhs.at == rhs.at && lhs.sequence == rhs.sequence }
}
