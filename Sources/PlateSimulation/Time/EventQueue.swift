import HeapModule
import PlateRules

/// Simulated time: events jump from instant to instant, ordered by (instant, priority, sequence),
/// so ties are deterministic and never depend on insertion into a hash table.
public struct EventQueue<Event> {
    private struct Entry: Comparable {
        let at: Instant
        let priority: Int
        let sequence: Int
        let event: Event

        static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.at, lhs.priority, lhs.sequence) < (rhs.at, rhs.priority, rhs.sequence)
        }

        static func == (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.at, lhs.priority, lhs.sequence) == (rhs.at, rhs.priority, rhs.sequence)
        }
    }

    private var heap = Heap<Entry>()
    private var sequence = 0
    /// The instant of the event last taken; time never runs backwards.
    public private(set) var now: Instant

    /// An empty queue whose clock starts at `start`.
    public init(start: Instant) { now = start }

    /// Schedules `event` at `instant` (never before now); lower `priority` runs first among equal instants.
    public mutating func schedule(_ event: Event, at instant: Instant, priority: Int = 0) {
        sequence += 1
        heap.insert(Entry(at: max(instant, now), priority: priority, sequence: sequence, event: event))
    }

    /// The next event up to `limit`, advancing the clock to it; nil when none is due by then.
    public mutating func next(until limit: Instant) -> (at: Instant, event: Event)? {
        guard let first = heap.min, first.at <= limit else { return nil }
        _ = heap.popMin()
        now = first.at
        return (first.at, first.event)
    }

    public var count: Int { heap.count }
    public var isEmpty: Bool { heap.isEmpty }
}
