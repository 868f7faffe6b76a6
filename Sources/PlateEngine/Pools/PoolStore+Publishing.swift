import PlateRules

extension PoolStore {
    /// Publishes up to `n` segments (fewer when the allocator runs out) in `rules.publish.order` and returns the events
    /// since the last report.
    ///
    /// A segment is open to random at once and to self-compose after `rules.segments.randomOnlyFor`,
    /// except this pool's first segment when `rules.segments.firstOpenToBoth`. `rules.segments.size`
    /// is not read: the shared allocator fixed the size (see `SegmentAllocator`).
    mutating func publish(
        segments n: Int, rules: PoolRules, at instant: Instant,
        generator: inout Xoshiro256
    ) -> [PoolEvent] {
        publish(
            segments: n, order: rules.publish.order, randomOnlyFor: rules.segments.randomOnlyFor,
            firstOpenToBoth: rules.segments.firstOpenToBoth, at: instant, generator: &generator)
        return drainEvents()
    }

    /// When fewer than `rules.publish.whenAvailableBelow` numbers are available in any mode, publishes
    /// `rules.publish.segments` segments (as many as the allocator still has); returns the events since the last
    /// report.
    mutating func publishIfLow(rules: PoolRules, at instant: Instant, generator: inout Xoshiro256) -> [PoolEvent] {
        publishIfLow(
            below: rules.publish.whenAvailableBelow, segments: rules.publish.segments, order: rules.publish.order,
            randomOnlyFor: rules.segments.randomOnlyFor, firstOpenToBoth: rules.segments.firstOpenToBoth,
            at: instant, generator: &generator)
        return drainEvents()
    }

    /// `publishIfLow(rules:at:generator:)` with the rule values spelled out; events go to `pendingEvents`.
    mutating func publishIfLow(
        below threshold: Int, segments n: Int, order: PublishRules.Order, randomOnlyFor: RuleDuration,
        firstOpenToBoth: Bool, at instant: Instant, generator: inout Xoshiro256
    ) {
        let effective = applyDue(until: instant)
        guard counts.availableAny < threshold else { return }
        publish(
            segments: n, order: order, randomOnlyFor: randomOnlyFor, firstOpenToBoth: firstOpenToBoth,
            at: effective, generator: &generator)
    }

    /// `publish(segments:rules:at:generator:)` with the rule values spelled out; events go to `pendingEvents`.
    mutating func publish(
        segments n: Int, order: PublishRules.Order, randomOnlyFor: RuleDuration, firstOpenToBoth: Bool,
        at instant: Instant, generator: inout Xoshiro256
    ) {
        let effective = applyDue(until: instant)
        for _ in 0..<max(n, 0) {
            guard let segment = allocator.next(order: order, generator: &generator) else { break }
            let opensAt =
                slotSegment.isEmpty && firstOpenToBoth
                ? effective : effective.adding(seconds: Self.seconds(of: randomOnlyFor))
            addSegment(segment, at: effective, opensAt: opensAt)
            noteTransitions(at: effective)
        }
    }

    private mutating func addSegment(_ segment: Int, at instant: Instant, opensAt: Instant) {
        let numbers = allocator.numbers(in: segment)
        precondition(
            (slotSegment.count + 1) * size <= Int(Int32.max), "too many published numbers for 32-bit local positions")
        let isOpen = opensAt <= instant
        let slot = segmentIndex.append(segment)
        slotPublishedAt.append(instant)
        slotOpensAt.append(opensAt)
        slotIsOpen.append(isOpen)
        slotAvailable.append(0)
        state.append(contentsOf: repeatElement(NumberState.unpublished.rawValue, count: size))
        leafNode.append(contentsOf: repeatElement(0, count: size))
        leafCode.append(contentsOf: repeatElement(0, count: size))
        serialText.append(contentsOf: repeatElement("", count: size))
        randomAvailable.grow(to: state.count)

        var first = ""
        var last = ""
        var codes: [UInt8] = []
        for index in numbers {
            let shape = shapeIndex(ofIndex: index)
            let serial = format.serial(at: index - shapeOffsets[shape], shapeIndex: shape)!
            if index == numbers.lowerBound { first = serial }
            last = serial
            codes.removeAll(keepingCapacity: true)
            var hasFour = false
            for byte in serial.utf8 {
                codes.append(UInt8(alphabet.code(byte)))
                if byte == UInt8(ascii: "4") { hasFour = true }
            }
            let local = slot * size + (index - numbers.lowerBound)
            leafNode[local] = tries[trieOfShape[shape]].insert(codes)
            leafCode[local] = codes[codes.count - 1]
            serialText[local] = serial
            if hasFour { state[local] = NumberState.hasFourFlag }
            counts.published += 1
            setState(local, to: .available)
            if isOpen { offerToSelfCompose(local, shape: shape) }
        }
        slotFirst.append(first)
        slotLast.append(last)
        pendingEvents.append(.segmentPublished(segment: segment, first: first, last: last, at: instant))
        if !isOpen { schedule(.openSegment(slot: Int32(slot)), at: opensAt) }
    }

    /// A random-only period in seconds: clock durations as they are, calendar days as plain 86 400 s days
    /// (the instant is not moved to local midnight, and UTC has no daylight saving to skew it).
    ///
    /// The schema allows only those two units here; other units (never produced by a validated rule set)
    /// are approximated as working day = 1 day, month = 30 days, year = 365 days.
    static func seconds(of duration: RuleDuration) -> Int64 {
        let day: Int64 = 86_400
        return switch duration {
        case .seconds(let s): Int64(s)
        case .days(let d), .workingDays(let d): Int64(d) * day
        case .months(let m): Int64(m) * 30 * day
        case .years(let y): Int64(y) * 365 * day
        }
    }
}
