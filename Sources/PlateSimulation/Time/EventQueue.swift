import PlateEngine
import PlateRules

/// Simulated time: events jump from instant to instant, ordered by (instant, priority, sequence),
/// so ties are deterministic and never depend on insertion into a hash table.
///
/// Events due within `horizon` of the clock when scheduled go straight into a heap; later ones (registrations
/// and returns days ahead) wait in buckets by the hour they fall in and join the heap when the clock reaches
/// that hour. Most events are an applicant's next click seconds away, so the heap stays about as small as the
/// number of applicants on the platform at once, and the million registrations never climb a deep heap. A
/// bucket joins before any event at or after its hour is taken, so the order is exactly that of one heap.
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
    /// Events an hour or more ahead by the hour they fall in (hours since the epoch), and those hours in order.
    private var later: [Int64: [Entry]] = [:]
    private var laterHours = BinaryHeap<Int64>()
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
            let hour = Self.hour(of: at)
            if later[hour, default: []].isEmpty { laterHours.insert(hour) }
            later[hour, default: []].append(entry)
            laterCount += 1
        }
    }

    /// Hours since the epoch, rounded down.
    private static func hour(of seconds: Int64) -> Int64 { seconds >= 0 ? seconds / 3600 : -((-seconds + 3599) / 3600) }

    /// The next event up to `limit`, advancing the clock to it; nil when none is due by then.
    public mutating func next(until limit: Instant) -> (at: Instant, event: Event)? {
        // Buckets whose hour starts by the earliest queued event join the heap first: every event left in a
        // bucket is then later than the heap's first.
        while let hour = laterHours.min, soon.min.map({ hour * 3600 <= $0.at }) ?? true {
            _ = laterHours.removeMin()
            let bucket = later.removeValue(forKey: hour) ?? []
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
