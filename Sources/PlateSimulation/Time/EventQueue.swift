import PlateRules

/// Simulated time: events jump from instant to instant, ordered by (instant, priority, sequence),
/// so ties are deterministic and never depend on insertion into a hash table.
///
/// Two heaps hold the events: those due within `horizon` of the clock when scheduled, and the rest.
/// Most events are an applicant's next click seconds away, while registrations and returns wait days;
/// kept apart, the busy heap stays as small as the number of applicants on the platform at once. The
/// next event is the smaller of the two heaps' first, so the order is exactly that of one heap.
public struct EventQueue<Event> {
    private struct Entry: Comparable {
        /// Seconds since the epoch, then priority and sequence packed in one word: two comparisons, not three.
        let at: Int64
        let order: UInt64
        let event: Event

        static func < (lhs: Entry, rhs: Entry) -> Bool { (lhs.at, lhs.order) < (rhs.at, rhs.order) }
        static func == (lhs: Entry, rhs: Entry) -> Bool { (lhs.at, lhs.order) == (rhs.at, rhs.order) }
    }

    /// How far ahead an event still counts as soon.
    static var horizon: Int64 { 3600 }
    /// Priorities occupy the top 24 bits of `order` (offset so that negative ones sort first), sequences the rest.
    private static var sequenceBits: UInt64 { 40 }
    private static var priorityRange: ClosedRange<Int> { -(1 << 23)...((1 << 23) - 1) }

    private var soon = BinaryHeap<Entry>()
    private var later = BinaryHeap<Entry>()
    private var sequence: UInt64 = 0
    /// The instant of the event last taken; time never runs backwards.
    public private(set) var now: Instant

    /// An empty queue whose clock starts at `start`.
    public init(start: Instant) { now = start }

    /// Schedules `event` at `instant` (never before now); lower `priority` runs first among equal instants.
    public mutating func schedule(_ event: Event, at instant: Instant, priority: Int = 0) {
        precondition(Self.priorityRange.contains(priority), "priority \(priority) out of range")
        sequence += 1
        precondition(sequence < 1 << Self.sequenceBits, "too many events for one queue")
        let at = max(instant, now).secondsSinceEpoch
        let order = UInt64(priority - Self.priorityRange.lowerBound) << Self.sequenceBits | sequence
        let entry = Entry(at: at, order: order, event: event)
        if at - now.secondsSinceEpoch < Self.horizon { soon.insert(entry) } else { later.insert(entry) }
    }

    /// The next event up to `limit`, advancing the clock to it; nil when none is due by then.
    public mutating func next(until limit: Instant) -> (at: Instant, event: Event)? {
        let first: Entry
        switch (soon.min, later.min) {
        case (nil, nil): return nil
        case (let near?, nil):
            guard near.at <= limit.secondsSinceEpoch else { return nil }
            first = soon.removeMin()
        case (nil, let far?):
            guard far.at <= limit.secondsSinceEpoch else { return nil }
            first = later.removeMin()
        case (let near?, let far?):
            guard min(near, far).at <= limit.secondsSinceEpoch else { return nil }
            first = near < far ? soon.removeMin() : later.removeMin()
        }
        now = Instant(secondsSinceEpoch: first.at)
        return (now, first.event)
    }

    public var count: Int { soon.count + later.count }
    public var isEmpty: Bool { soon.isEmpty && later.isEmpty }
}
