import PlateRules

/// Actions due at instants, taken in (instant, scheduling order): one bucket per distinct instant.
///
/// The engine's timers fall on few instants (every lapse at a local midnight) but number a million a run:
/// appending to a bucket and walking it in order beats a heap climb per timer, and walks the files of a
/// midnight in the order they were reserved.
struct TimerQueue<Action> {
    /// Actions by instant (seconds since the epoch), each bucket in scheduling order.
    private var buckets: [Int64: [Action]] = [:]
    /// The instants with a bucket, earliest first.
    private var instants = BinaryHeap<Int64>()
    /// The bucket being taken and how far into it: actions scheduled at that instant meanwhile join its end.
    private var current: (at: Int64, actions: [Action], next: Int)?

    /// Schedules `action` at `instant`, after every action already scheduled there.
    mutating func schedule(_ action: Action, at instant: Instant) {
        let at = instant.secondsSinceEpoch
        if current?.at == at {
            current!.actions.append(action)
            return
        }
        if buckets[at] == nil { instants.insert(at) }
        buckets[at, default: []].append(action)
    }

    /// Removes and returns the first action due at or before `limit`, or nil when none is.
    mutating func next(upTo limit: Instant) -> (at: Instant, action: Action)? {
        while true {
            if let bucket = current {
                if bucket.next < bucket.actions.count {
                    current!.next += 1
                    return (Instant(secondsSinceEpoch: bucket.at), bucket.actions[bucket.next])
                }
                current = nil
            }
            guard let at = instants.min, at <= limit.secondsSinceEpoch else { return nil }
            _ = instants.removeMin()
            current = (at, buckets.removeValue(forKey: at) ?? [], 0)
        }
    }

    /// Whether no action is scheduled.
    var isEmpty: Bool { instants.isEmpty && (current.map { $0.next >= $0.actions.count } ?? true) }
}
