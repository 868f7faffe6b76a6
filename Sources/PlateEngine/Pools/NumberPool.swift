import PlateRules

/// One office's number pool (号池) of one kind: which numbers are published, free, taken or cooling.
///
/// Serials are strings at the boundary and global indices inside (`index(of:)`, `serial(at:)`);
/// per-number state lives only for published segments, at "local" positions
/// `slot * segmentSize + offset` where `slot` counts this office's segments in publication order.
/// Time moves only through the instants callers pass: every timed operation first applies the
/// transitions due by then (`advance(to:)`); queries without an instant show the pool as of the
/// latest instant it was given. Instants earlier than that are treated as that instant.
///
/// Only the engine changes a pool (its changing operations are `package`: the engine, and the benchmarks that
/// time them); everyone else reads. Events: operations returning `[PoolEvent]` return every event since the last such
/// call, in order;
/// `take` (which returns its outcome) leaves its events (exhaustion) for the next one, or `drainEvents()`.
///
/// Why a class over `PoolStore`: the engine and the readers share one pool by reference, and the store stays one
/// value so that each forwarded operation below is a single exclusive access to it (see `PoolStore`).
public final class NumberPool {
    /// Which office and pool this is.
    public let key: PoolKey
    /// The serial format of the pool.
    public let format: SerialFormat
    /// The segment source shared with the other offices of the region offering this pool.
    public let allocator: SegmentAllocator
    /// The keyboard's alphabet, fixed at creation (a constant here, so a key press reads it without an access check).
    let alphabet: PoolAlphabet
    /// The pool's state; every operation below is one access to it.
    var store: PoolStore

    /// An empty pool (nothing published) for `key`, drawing segments from `allocator`, whose format must be `format`.
    public init(key: PoolKey, format: SerialFormat, allocator: SegmentAllocator) {
        self.key = key
        self.format = format
        self.allocator = allocator
        store = PoolStore(format: format, allocator: allocator)
        alphabet = store.alphabet
    }

    /// Numbers per segment (the allocator's).
    public var segmentSize: Int { allocator.segmentSize }
    /// A random-only period in seconds (calendar days as plain 86 400 s days), as publication reads it.
    package static func seconds(of duration: RuleDuration) -> Int64 { PoolStore.seconds(of: duration) }

    /// Segments this office has published.
    public var publishedSegments: Int { store.slotSegment.count }
    /// The pool's totals, as of the latest instant it was given.
    public var counts: PoolCounts { store.counts }

    /// Runs `body` on the store in place: one access, and no copy. A non-mutating method called on the property
    /// directly copied the whole store first (a retain and a release per array), as the compiler cannot tell that
    /// the property stays put during the call; through `inout` it can.
    @inline(__always) private func inPlace<R>(_ body: (inout PoolStore) -> R) -> R { body(&store) }

    // MARK: Queries

    /// The global index of `serial`, or nil when it is not a serial of the format.
    public func index(of serial: String) -> Int? { inPlace { $0.index(of: serial) } }

    /// The serial with global index `index`, or nil when out of range.
    public func serial(at index: Int) -> String? { inPlace { $0.serial(at: index) } }

    /// Where `serial` stands in this pool.
    public func availability(of serial: String) -> NumberAvailability { inPlace { $0.availability(of: serial) } }

    /// Where the serial with global `index` stands; `index` must be in `0..<format.totalCount`.
    public func availability(index: Int) -> NumberAvailability { inPlace { $0.availability(index: index) } }

    /// Where each of `serials` stands, with its global index when it is a serial of the format: one look at the pool
    /// for all the entries of a confirm.
    public func entries(_ serials: [String]) -> [PoolEntry] {
        inPlace { store in
            serials.map { serial in
                switch store.locate(serial) {
                case .rejected(let reason): .notMember(reason)
                case .index(let index): .member(index: index, store.availability(index: index))
                }
            }
        }
    }

    /// Whether no number is available to `mode` (nil: in any mode).
    public func isExhausted(mode: SelectionMode?) -> Bool { store.counts.available(mode) == 0 }

    /// Approximate bytes of per-number and per-prefix storage (array capacities; dictionaries estimated).
    public var storageBytes: Int { inPlace { $0.storageBytes } }

    /// The keys enabled after `prefix` has been typed on a keyboard following `rule`: characters that continue
    /// it towards a number the keyboard offers (of a segment open to self-compose; under `.available` only
    /// if it is available now), and whether it already is one. O(prefix + alphabet).
    public func keyboard(prefix: String, rule: KeyboardRule) -> KeyboardKeys {
        inPlace { $0.keyboard(prefix: prefix, rule: rule) }
    }

    /// Draws `k` distinct numbers uniformly among those available to random (only those without the
    /// digit 4 when `withoutFour`), fewer when fewer exist; in draw order. Reserves nothing.
    public func draw(count k: Int, withoutFour: Bool, generator: inout Xoshiro256) -> [String] {
        inPlace { $0.draw(count: k, withoutFour: withoutFour, generator: &generator) }
    }

    /// `draw(count:withoutFour:generator:)` returning global indices; O(k) expected, never scans the pool.
    public func drawIndices(count k: Int, withoutFour: Bool, generator: inout Xoshiro256) -> [Int] {
        inPlace { $0.drawIndices(count: k, withoutFour: withoutFour, generator: &generator) }
    }

    /// The published pool as an office shows it (号池公示), as of the latest instant the pool was given.
    public func view() -> PoolView { inPlace { $0.view() } }

    /// Whether `advance(to:)` would change anything or report an event; lets the engine skip idle pools.
    func hasWorkDue(by instant: Instant) -> Bool { store.dueSeconds <= instant.secondsSinceEpoch }

    /// When `advance(to:)` next has work, in seconds since the epoch (`Int64.min` while events are held).
    var dueSeconds: Int64 { store.dueSeconds }

    // MARK: Changes

    /// The events held since the last call that returned events (those of `take`), clearing them.
    package func drainEvents() -> [PoolEvent] { store.drainEvents() }

    /// Applies every transition due by `instant` in instant order (ties in scheduling order) and returns the events
    /// since the last report.
    package func advance(to instant: Instant) -> [PoolEvent] { store.advance(to: instant) }

    /// Publishes up to `n` segments (fewer when the allocator runs out) in `rules.publish.order` and returns the events
    /// since the last report.
    ///
    /// A segment is open to random at once and to self-compose after `rules.segments.randomOnlyFor`,
    /// except this pool's first segment when `rules.segments.firstOpenToBoth`. `rules.segments.size`
    /// is not read: the shared allocator fixed the size (see `SegmentAllocator`).
    package func publish(segments n: Int, rules: PoolRules, at instant: Instant, generator: inout Xoshiro256)
        -> [PoolEvent]
    {
        store.publish(segments: n, rules: rules, at: instant, generator: &generator)
    }

    /// When fewer than `rules.publish.whenAvailableBelow` numbers are available in any mode, publishes
    /// `rules.publish.segments` segments (as many as the allocator still has); returns the events since the last
    /// report.
    package func publishIfLow(rules: PoolRules, at instant: Instant, generator: inout Xoshiro256) -> [PoolEvent] {
        store.publishIfLow(rules: rules, at: instant, generator: &generator)
    }

    /// `publish(segments:rules:at:generator:)` with the rule values spelled out, its events held (benchmarks).
    package func publish(
        segments n: Int, order: PublishRules.Order, randomOnlyFor: RuleDuration, firstOpenToBoth: Bool,
        at instant: Instant, generator: inout Xoshiro256
    ) {
        store.publish(
            segments: n, order: order, randomOnlyFor: randomOnlyFor, firstOpenToBoth: firstOpenToBoth,
            at: instant, generator: &generator)
    }

    /// Opens every published segment to self-compose now (a pool set up as published long ago); returns the events
    /// since the last report.
    func openEverySegment(at instant: Instant) -> [PoolEvent] { store.openEverySegment(at: instant) }

    /// Reserves `serial` for `mode` at `instant`, returning its global index; O(serial length).
    ///
    /// Events this causes (exhaustion) are held for the next call that returns events.
    package func take(_ serial: String, mode: SelectionMode, at instant: Instant) -> Result<Int, TakeFailure> {
        store.take(serial, mode: mode, at: instant)
    }

    /// Reserves the serial with global `index` (in `0..<format.totalCount`) for `mode` at `instant`.
    package func take(index: Int, mode: SelectionMode, at instant: Instant) -> Result<Int, TakeFailure> {
        store.take(index: index, mode: mode, at: instant)
    }

    /// A reserved number lapses at `instant`: it is unavailable until `reuseAt`, then available again
    /// (at once when `reuseAt` is not later). Returns the events since the last report.
    ///
    /// The number must be reserved: releasing anything else is a caller bug and traps.
    package func release(index: Int, reuseAt: Instant, at instant: Instant) -> [PoolEvent] {
        store.release(index: index, reuseAt: reuseAt, at: instant)
    }
}

/// One entry looked up in a pool: not a serial of its format, or a member with its global index and standing.
public enum PoolEntry: Hashable, Sendable {
    case notMember(SerialRejection)
    case member(index: Int, NumberAvailability)
}
