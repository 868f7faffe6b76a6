import PlateRules

extension PoolStore {
    /// Applies every transition due by `instant` in instant order (ties in scheduling order) and returns the events
    /// since the last report.
    mutating func advance(to instant: Instant) -> [PoolEvent] {
        _ = applyDue(until: instant)
        return drainEvents()
    }

    /// Applies due timers into `pendingEvents`; returns the instant operations at `instant` take effect (never before
    /// the latest one seen).
    mutating func applyDue(until instant: Instant) -> Instant {
        while let timer = timers.min, timer.at <= instant {
            _ = timers.popMin()
            switch timer.action {
            case .openSegment(let slot): openSegment(Int(slot), at: timer.at)
            case .returnNumber(let local): returnNumber(Int(local), at: timer.at)
            }
            noteTransitions(at: timer.at)
        }
        let effective = max(now ?? instant, instant)
        now = effective
        return effective
    }

    mutating func schedule(_ action: PoolTimerAction, at instant: Instant) {
        timers.insert(PoolTimer(at: instant, sequence: nextTimerSequence, action: action))
        nextTimerSequence += 1
    }

    mutating func openSegment(_ slot: Int, at instant: Instant) {
        guard !slotIsOpen[slot] else { return }
        slotIsOpen[slot] = true
        for local in slot * size..<(slot + 1) * size {
            let state = numberState(local)
            guard state != .unpublished else { continue }
            let shape = shapeIndex(ofIndex: globalIndex(ofLocal: local))
            offerToSelfCompose(local, shape: shape)
            if state == .available { changeSelfCompose(local, shape: shape, available: true) }
        }
        pendingEvents.append(.segmentOpenedToSelfCompose(segment: slotSegment[slot], at: instant))
    }

    /// Opens every published segment to self-compose now (a pool set up as published long ago); returns the events
    /// since the last report.
    mutating func openEverySegment(at instant: Instant) -> [PoolEvent] {
        let effective = applyDue(until: instant)
        for slot in slotIsOpen.indices where !slotIsOpen[slot] { openSegment(slot, at: effective) }
        noteTransitions(at: effective)
        return drainEvents()
    }

    mutating func returnNumber(_ local: Int, at instant: Instant) {
        coolingUntil[Int32(local)] = nil
        setState(local, to: .available)
        pendingEvents.append(.numberReturned(serial: serial(at: globalIndex(ofLocal: local))!, at: instant))
    }
}
