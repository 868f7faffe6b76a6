import PlateEngine
import PlateRules

/// Simulated time: events jump from instant to instant, ordered by (instant, priority, sequence),
/// so ties are deterministic and never depend on insertion into a hash table.
///
/// Events due within a minute of the clock when scheduled go straight into a heap; later ones (registrations
/// and returns days ahead) wait in buckets by the minute they fall in and join the heap when the clock reaches
/// that minute. Most events are an applicant's next click seconds away, so the heap stays about as small as the
/// number of applicants on the platform at once, and the million registrations never climb a deep heap (hourly
/// buckets kept far more in it: docs/performance-log.md). A bucket joins
/// before any event at or after its minute is taken, so the order is exactly that of one heap.
public struct EventQueue<Event> {
    private struct Entry: Comparable {
        /// Seconds since the epoch, then priority and sequence packed in one word: two comparisons, not three.
        let at: Int64
        let order: UInt64
        let event: Event

        static func < (lhs: Entry, rhs: Entry) -> Bool { (lhs.at, lhs.order) < (rhs.at, rhs.order) }
        static func == (lhs: Entry, rhs: Entry) -> Bool { (lhs.at, lhs.order) == (rhs.at, rhs.order) }
    }

    /// How far ahead an event still counts as soon, and the width of the buckets for the others.
    static var horizon: Int64 { 60 }
    /// Priorities occupy the top 24 bits of `order` (offset so that negative ones sort first), sequences the rest.
    private static var sequenceBits: UInt64 { 40 }
    private static var priorityRange: ClosedRange<Int> { -(1 << 23)...((1 << 23) - 1) }

    private var soon = BinaryHeap<Entry>()
    /// Later events by the bucket they fall in (`horizon`s since the epoch), and those buckets in order.
    private var later: [Int64: [Entry]] = [:]
    private var laterBuckets = BinaryHeap<Int64>()
    private var laterCount = 0
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
        if at - now.secondsSinceEpoch < Self.horizon {
            soon.insert(entry)
        } else {
            let bucket = Self.bucket(of: at)
            if later[bucket, default: []].isEmpty { laterBuckets.insert(bucket) }
            later[bucket, default: []].append(entry)
            laterCount += 1
        }
    }

    /// The bucket of an instant: `horizon`s since the epoch, rounded down.
    private static func bucket(of seconds: Int64) -> Int64 {
        seconds >= 0 ? seconds / horizon : -((-seconds + horizon - 1) / horizon)
    }

    /// The next event up to `limit`, advancing the clock to it; nil when none is due by then.
    public mutating func next(until limit: Instant) -> (at: Instant, event: Event)? {
        // Buckets that start by the earliest queued event join the heap first: every event left in a
        // bucket is then later than the heap's first.
        while let first = laterBuckets.min, soon.min.map({ first * Self.horizon <= $0.at }) ?? true {
            _ = laterBuckets.removeMin()
            let bucket = later.removeValue(forKey: first) ?? []
            laterCount -= bucket.count
            for entry in bucket { soon.insert(entry) }
        }
        guard let first = soon.min, first.at <= limit.secondsSinceEpoch else { return nil }
        _ = soon.removeMin()
        now = Instant(secondsSinceEpoch: first.at)
        return (now, first.event)
    }

    public var count: Int { soon.count + laterCount }
    public var isEmpty: Bool { count == 0 }
}
