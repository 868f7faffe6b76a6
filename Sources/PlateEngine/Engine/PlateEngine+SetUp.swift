import PlateRules

/// Setting pools up as they stand before a scenario starts or for a trainer's situation: the only ways besides the
/// flow's own steps in which a pool changes (pools are changed by the engine alone).
extension PlateEngine {
    /// Sets a pool up as it stands when `segments` segments were published long before `instant` (a scenario's
    /// start): publishes those missing, and every segment is open to self-compose, its random-only period long over.
    public func setUpPublished(_ key: PoolKey, segments: Int, at instant: Instant) {
        guard var rules = rules(key.region, at: instant)?.pool(key.pool), let pool = pool(key) else { return }
        rules.segments.randomOnlyFor = .seconds(0)
        var events = pool.publish(
            segments: segments - pool.publishedSegments, rules: rules, at: instant, generator: &publishGenerator)
        events += pool.openEverySegment(at: instant)
        poolsChanged()
        for event in events { emit(event.instant, .pool(key, event)) }
    }

    /// Publishes `segments` segments now, whatever the policy (scenario set-up, trainer situations).
    public func publish(_ key: PoolKey, segments: Int, at instant: Instant) {
        guard let rules = rules(key.region, at: instant)?.pool(key.pool), let pool = pool(key) else { return }
        let events = pool.publish(segments: segments, rules: rules, at: instant, generator: &publishGenerator)
        poolsChanged()
        for event in events { emit(event.instant, .pool(key, event)) }
    }

    /// Takes `count` numbers of a pool available to `mode`, picked at random with `generator`, as taken outside the
    /// platform before `instant` (registered long ago: they never return); fewer when fewer are available. Returns
    /// their serials, in the order taken. For scenario and trainer set-ups.
    @discardableResult
    public func setUpTaken(
        _ key: PoolKey, count: Int, mode: SelectionMode = .random, generator: inout Xoshiro256,
        at instant: Instant
    ) -> [String] {
        guard let slot = poolSlots[key], count > 0 else { return [] }
        let pool = poolList[slot]
        var taken: [String] = []
        // Random draws pick among every available number. Self-compose takes only those of open segments, which may be
        // a twentieth of them: it goes through every available number in random order, so it never comes back short
        // while one is left (drawing a few dozen at a time could miss them all).
        let wanted = mode == .random ? count : pool.counts.availableAny
        for index in pool.drawIndices(count: wanted, withoutFour: false, generator: &generator)
        where taken.count < count {
            guard case .success = pool.take(index: index, mode: mode, at: instant), let serial = pool.serial(at: index)
            else { continue }
            taken.append(serial)
        }
        let events = pool.drainEvents()
        poolsChanged()
        for event in events { emit(event.instant, .pool(key, event)) }
        return taken
    }

    /// Takes the given serials of a pool, where available, as taken outside the platform at `instant` (tests and
    /// trainer situations: "someone else took it while you typed"); returns those taken.
    @discardableResult
    public func setUpTaken(_ key: PoolKey, serials: [String], at instant: Instant) -> [String] {
        guard let slot = poolSlots[key] else { return [] }
        advance(to: instant)
        let pool = poolList[slot]
        let taken = serials.filter {
            if case .success = pool.take($0, mode: .random, at: instant) { true } else { false }
        }
        let events = pool.drainEvents()
        poolsChanged()
        for event in events { emit(event.instant, .pool(key, event)) }
        return taken
    }
}
