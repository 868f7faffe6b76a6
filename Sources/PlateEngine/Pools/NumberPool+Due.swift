import PlateRules

extension NumberPool {
    /// Whether `advance(to:)` would change anything or report an event; lets the engine skip idle pools.
    func hasWorkDue(by instant: Instant) -> Bool {
        !pendingEvents.isEmpty || (timers.min.map { $0.at <= instant } ?? false)
    }
}
