import PlateRules

/// A pool's numbers counted one by one from their states, independent of the counters kept as they change.
public struct PoolRecount: Hashable, Sendable {
    public var available = 0
    public var availableSelfCompose = 0
    public var reserved = 0
    public var cooling = 0
}

extension NumberPool {
    /// Counts every published number by its state (reads each: for checks, not for the hot path).
    public func recount() -> PoolRecount { store.recount() }

    /// The global numbers of the segments this office has published, in publication order.
    public var publishedSegmentNumbers: [Int] { store.slotSegment }
}

extension PoolStore {
    func recount() -> PoolRecount {
        var tally = PoolRecount()
        for local in state.indices {
            switch numberState(local) {
            case .available:
                tally.available += 1
                if slotIsOpen[local / size] { tally.availableSelfCompose += 1 }
            case .reserved: tally.reserved += 1
            case .cooling: tally.cooling += 1
            case .unpublished: break
            }
        }
        return tally
    }
}
