import PlateRules

/// A broken invariant of the engine's books: which pool, and what was found against what was expected.
public struct InvariantBreach: Error, Hashable, Sendable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}

extension PlateEngine {
    /// Conservation in every office's pool: available + reserved + cooling = published. A sum per pool, cheap enough
    /// to check after every operation of a run (`--check-invariants`).
    public func conservationBreach() -> InvariantBreach? {
        for slot in poolList.indices {
            let c = poolList[slot].counts
            guard c.availableRandom + c.reserved + c.cooling != c.published else { continue }
            return InvariantBreach(
                "\(poolKeys[slot]): available \(c.availableRandom) + reserved \(c.reserved) + cooling \(c.cooling) "
                    + "≠ published \(c.published)")
        }
        return nil
    }

    /// Every book, thoroughly: conservation; each pool's counters against a recount of its numbers' states; and no
    /// number held twice, that is no segment published by two offices sharing a segment source (or twice by one).
    /// Reads every published number: for the end of a run.
    public func booksBreach() -> InvariantBreach? {
        if let breach = conservationBreach() { return breach }
        var owner: [ObjectIdentifier: [Int: PoolKey]] = [:]
        for slot in poolList.indices {
            let pool = poolList[slot]
            let key = poolKeys[slot]
            let c = pool.counts
            let n = pool.recount()
            if n.available != c.availableRandom || n.availableSelfCompose != c.availableSelfCompose
                || n.reserved != c.reserved || n.cooling != c.cooling
            {
                return InvariantBreach(
                    "\(key): counted one by one, available \(n.available) (self-compose \(n.availableSelfCompose)), reserved "
                        + "\(n.reserved), cooling \(n.cooling); the counters say \(c.availableRandom) (\(c.availableSelfCompose)), "
                        + "\(c.reserved), \(c.cooling)")
            }
            let source = ObjectIdentifier(pool.allocator)
            for segment in pool.publishedSegmentNumbers {
                if let other = owner[source]?[segment] {
                    return InvariantBreach(
                        "segment \(segment) (from \(pool.serial(at: segment * pool.segmentSize) ?? "?")) is published by both "
                            + "\(other) and \(key): its numbers can be held twice")
                }
                owner[source, default: [:]][segment] = key
            }
        }
        return nil
    }
}
