import PlateRules

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

    /// Builds the event from `kind` when anyone keeps or receives events, logs it and holds it during a step; returns
    /// it with the listener when it is to be delivered now (outside a step). One access to the delivery per event.
    ///
    /// `kind` must not read the delivery (it runs inside this access). The event is taken, not copied, into the
    /// held list: most events of a run are emitted within steps, and a copy of an event retains every reference it
    /// holds.
    mutating func record(at instant: Instant, _ kind: () -> EngineEvent.Kind) -> (
        event: EngineEvent, listener: (EngineEvent) -> Void
    )? {
        guard keepsLog || listener != nil else { return nil }
        let event = EngineEvent(at: instant, kind: kind())
        if keepsLog { log.append(event) }
        guard let listener else { return nil }
        guard !inStep else {
            held.append(event)
            return nil
        }
        return (event, listener)
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
