/// Who receives the engine's events, and the events held during a step: one value, so an event costs one
/// access to it rather than one per flag (each access to an engine property is a run-time exclusivity check).
struct EventDelivery {
    /// Whether every event is kept in `log` (tests).
    var keepsLog = true
    var log: [EngineEvent] = []
    var listener: ((EngineEvent) -> Void)?
    var reportsStageChanges = true
    var reportsSelectionSteps = true
    /// Whether a step has a session borrowed: events wait in `held` until it ends.
    private(set) var inStep = false
    private var held: [EngineEvent] = []

    /// Whether anyone keeps or receives events: when not, events are not even built.
    var isListening: Bool { keepsLog || listener != nil }

    /// Logs `event` and holds it during a step; returns it when it is to be delivered now (outside a step).
    ///
    /// The event is taken, not copied, into the held list: most events of a run are emitted within steps, and a
    /// copy of an event retains every reference it holds.
    mutating func record(_ event: consuming EngineEvent) -> EngineEvent? {
        if keepsLog { log.append(copy event) }
        guard listener != nil else { return nil }
        guard !inStep else {
            held.append(event)
            return nil
        }
        return event
    }

    /// A step begins: events wait until it ends. Steps do not nest.
    mutating func beginStep() {
        precondition(!inStep, "engine steps do not nest")
        inStep = true
    }

    /// A step ends: the events held during it, with the listener to deliver them to (nil when none were held).
    mutating func endStep() -> (events: [EngineEvent], listener: (EngineEvent) -> Void)? {
        inStep = false
        guard !held.isEmpty, let listener else { return nil }
        var events: [EngineEvent] = []
        swap(&events, &held)
        return (events, listener)
    }

    /// Takes back a delivered buffer for the next step's events, unless a listener's own steps held events meanwhile.
    mutating func reuse(_ buffer: inout [EngineEvent]) {
        guard held.isEmpty else { return }
        buffer.removeAll(keepingCapacity: true)
        swap(&held, &buffer)
    }
}
