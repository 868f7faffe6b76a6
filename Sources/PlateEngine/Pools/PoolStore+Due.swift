import PlateRules

extension PoolStore {
    /// Recomputes `dueSeconds` after the timers or held events change.
    mutating func refreshDue() {
        dueSeconds = !pendingEvents.isEmpty ? .min : timers.min?.at.secondsSinceEpoch ?? .max
    }
}
