import PlateRules

extension PoolStore {
    /// Reserves `serial` for `mode` at `instant`, returning its global index; O(serial length).
    ///
    /// Events this causes (exhaustion) are held for the next call that returns events.
    mutating func take(_ serial: String, mode: SelectionMode, at instant: Instant) -> Result<Int, TakeFailure> {
        switch locate(serial) {
        case .rejected(let reason):
            _ = applyDue(until: instant)
            return .failure(.notMember(reason))
        case .index(let index):
            return take(index: index, mode: mode, at: instant)
        }
    }

    /// Reserves the serial with global `index` (in `0..<format.totalCount`) for `mode` at `instant`.
    mutating func take(index: Int, mode: SelectionMode, at instant: Instant) -> Result<Int, TakeFailure> {
        let effective = applyDue(until: instant)
        switch availability(index: index) {
        case .notMember(let reason): return .failure(.notMember(reason))
        case .unpublished: return .failure(.unpublished)
        case .reserved: return .failure(.taken)
        case .cooling(let until): return .failure(.cooling(until: until))
        case .available(let selfCompose, let random):
            guard mode == .selfCompose ? selfCompose : random else { return .failure(.notOpenTo(mode)) }
        }
        setState(localPosition(of: index)!, to: .reserved)
        noteTransitions(at: effective)
        return .success(index)
    }

    /// A reserved number lapses at `instant`: it is unavailable until `reuseAt`, then available again
    /// (at once when `reuseAt` is not later). Returns the events since the last report.
    ///
    /// The number must be reserved: releasing anything else is a caller bug and traps.
    mutating func release(index: Int, reuseAt: Instant, at instant: Instant) -> [PoolEvent] {
        let effective = applyDue(until: instant)
        guard let local = localPosition(of: index), numberState(local) == .reserved else {
            preconditionFailure("release of a number that is not reserved: index \(index)")
        }
        if reuseAt <= effective {
            setState(local, to: .available)
            pendingEvents.append(.numberReturned(serial: serial(at: index)!, at: effective))
            noteTransitions(at: effective)
        } else {
            setState(local, to: .cooling)
            coolingUntil[Int32(local)] = reuseAt
            schedule(.returnNumber(local: Int32(local)), at: reuseAt)
        }
        return drainEvents()
    }
}
