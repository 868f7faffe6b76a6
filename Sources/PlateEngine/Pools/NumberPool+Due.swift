import PlateRules

extension PoolStore {
    /// Whether `advance(to:)` would change anything or report an event; lets the engine skip idle pools.
    func hasWorkDue(by instant: Instant) -> Bool { dueSeconds <= instant.secondsSinceEpoch }

    /// Recomputes `dueSeconds` after the timers or held events change.
    mutating func refreshDue() {
        dueSeconds = !pendingEvents.isEmpty ? .min : timers.min?.at.secondsSinceEpoch ?? .max
    }
}
