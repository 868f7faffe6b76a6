/// A pool transition due at an instant.
typealias PoolTimer = TimedAction<PoolTimerAction>

/// What a pool timer does when it is due.
enum PoolTimerAction {
    case openSegment(slot: Int32)
    case returnNumber(local: Int32)
}
