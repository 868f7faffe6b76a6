import PlateRules

/// The pre-selection engine: hosts regions, their pools, applications, reservations and the blacklist.
///
/// Every operation takes the current instant; the engine never reads a clock or an unseeded generator.
/// Timed consequences (lapses, blacklist ends, segments opening, cooled numbers returning) happen in
/// `advance(to:)`, which every operation calls first.
public final class PlateEngine {
    /// Rule books by region id.
    public let books: [String: RuleBook]
    /// Region ids in a fixed order, so nothing depends on dictionary order.
    public let regionIDs: [String]
    /// Each region's epochs in `regionIDs` order, held by reference; sessions keep their region's slot.
    let epochRules: [[RulesInForce]]
    public internal(set) var registry: VehicleRegistry
    let gateway: SMSGateway
    /// Pools in `poolKeys` order; sessions keep their pool's slot so the hot path never hashes a key.
    let poolList: [NumberPool]
    let poolSlots: [PoolKey: Int]
    /// Region slot of each pool slot.
    let poolRegions: [Int]
    /// Serial lengths per pool slot, for the "number incomplete" check.
    let serialLengths: [[Int]]
    /// Pool keys sorted, for deterministic iteration.
    public let poolKeys: [PoolKey]
    /// Open sessions; steps change them in place. A step borrows its session for the whole step, and nothing in a
    /// step reaches `sessions` again: step bodies never do, and listeners, which might, get the step's events only
    /// after it (`emit`).
    var sessions = SessionTable()
    /// Whether a step has a session borrowed: events wait in `heldEvents` until it ends.
    var inStep = false
    private var heldEvents: [EngineEvent] = []
    /// VIN files by slot: a session keeps its file's slot, so steps change the file in place without hashing the VIN.
    var fileList: [VehicleFile] = []
    /// File slot per registry slot, -1 for none: files exist only for registry vehicles, and the registry
    /// is fixed once the engine has it, so a session that has looked its VIN up reaches the file without hashing.
    var fileOfRecord: [Int32]
    /// When each file's reservation lapses, in seconds since the epoch (`Int64.min` for none), by file slot: a
    /// million lapse timers mostly find the reservation registered, and this list answers without the file.
    var fileLapsesAt: [Int64] = []
    /// Change it only through `updateBlacklist`, which keeps `blacklistVersion`.
    private(set) var blacklist: [String: BlacklistEntry] = [:]
    /// Counts changes to the blacklist, so sessions can remember that their user was clear (`requirePhaseTwo`).
    private(set) var blacklistVersion = 0
    var timers = TimerQueue<EngineTimerAction>()
    /// Users whose blacklisting a `liftBlacklist` timer ends, by the timer's index.
    var liftUsers: [String] = []
    var nextApplication = 1
    var smsGenerator: Xoshiro256
    var publishGenerator: Xoshiro256
    /// The latest instant the engine has advanced to.
    public private(set) var now: Instant
    /// Every event, in order, when `keepsEventLog` is on (tests); reports subscribe with `onEvent` instead.
    public private(set) var events: [EngineEvent] = []
    /// Read by every event; unchecked exclusivity as the bookkeeping below (set between operations, read without calling out).
    public var keepsEventLog = true { didSet { listening = keepsEventLog || onEvent != nil } }
    /// Called for every event as it happens (after the step that raised it, see `emit`).
    public var onEvent: ((EngineEvent) -> Void)? { didSet { listening = keepsEventLog || onEvent != nil } }
    /// Whether stage changes are reported (`stageChanged`, one per step): listeners that fold only outcomes
    /// (the scenario runner's tally) turn them off, as they are most of all events.
    public var reportsStageChanges = true
    /// Whether the steps of drawing are reported (`drawn`, `backupKept`): their outcomes (reservations, rejections)
    /// are reported either way, so outcome folds turn them off too. Self-compose confirms and the move to random
    /// are outcomes, always reported.
    public var reportsSelectionSteps = true
    /// Whether anyone keeps or receives events: one flag for `emit` to read.
    private var listening = true

    /// An engine for the given regions, with each pool's first publication made at `start`.
    public init(books: [RuleBook], registry: VehicleRegistry, gateway: SMSGateway, seed: UInt64, start: Instant) {
        var byRegion: [String: RuleBook] = [:]
        for book in books { byRegion[book.base.region.id] = book }
        self.books = byRegion
        self.regionIDs = byRegion.keys.sorted()
        self.registry = registry
        fileOfRecord = Array(repeating: -1, count: registry.count)
        self.gateway = gateway
        self.smsGenerator = Xoshiro256(seed: seed, stream: "sms-codes")
        self.publishGenerator = Xoshiro256(seed: seed, stream: "segment-publication")
        self.now = start
        var pools: [PoolKey: NumberPool] = [:]
        for region in regionIDs {
            let rules = byRegion[region]!.rules(at: start)
            for pool in rules.pools {
                let allocator = SegmentAllocator(format: pool.format, segmentSize: pool.segments.size)
                for office in rules.offices where office.pools.contains(pool.id) {
                    let key = PoolKey(region: region, office: office.id, pool: pool.id)
                    pools[key] = NumberPool(key: key, format: pool.format, allocator: allocator)
                }
            }
        }
        let keys = pools.keys.sorted()
        var slots: [PoolKey: Int] = [:]
        for (slot, key) in keys.enumerated() { slots[key] = slot }
        epochRules = regionIDs.map { region in
            byRegion[region]!.epochs.enumerated().map { RulesInForce(rules: $1.rules, from: $1.from, epoch: $0, poolKeys: keys) }
        }
        poolKeys = keys
        poolSlots = slots
        let regionIDs = self.regionIDs
        poolRegions = keys.map { regionIDs.firstIndex(of: $0.region)! }
        poolList = poolKeys.map { pools[$0]! }
        serialLengths = poolList.map { pool in Array(Set(pool.format.shapes.map(\.positions.count))).sorted() }
        for slot in poolList.indices { replenish(slot, at: start) }
    }

    /// The rules of `region` in force at `instant`.
    public func rules(_ region: String, at instant: Instant) -> RuleSet? { books[region]?.rules(at: instant) }

    /// The rules in force for a session's region (its slot was fixed at entry).
    func rules(of app: Application, at instant: Instant) -> RulesInForce { rules(regionSlot: app.regionSlot, at: instant) }

    /// The rules in force for the region in `slot`; few epochs, scanned from the newest (as `RuleBook.epochIndex`).
    func rules(regionSlot slot: Int, at instant: Instant) -> RulesInForce {
        let epochs = epochRules[slot]
        var index = epochs.count - 1
        while index > 0, let from = epochs[index].from, instant < from { index -= 1 }
        return epochs[index]
    }

    /// The pool of one office and pool id.
    public func pool(_ key: PoolKey) -> NumberPool? { poolSlots[key].map { poolList[$0] } }

    /// An application session.
    public func application(_ id: ApplicationID) -> Application? { sessions[id] }

    /// The per-VIN file (quotas, reservation).
    public func file(vin: String) -> VehicleFile? { fileSlot(vin: vin).map { fileList[$0] } }

    /// Every VIN file, in the order they were opened.
    public var vehicleFiles: [VehicleFile] { fileList }

    /// The slot of `vin`'s file, if it has one.
    func fileSlot(vin: String) -> Int? { registry.slot(vin: vin).flatMap { fileSlot(record: $0) } }

    /// The slot of the file of the vehicle in registry slot `record`, if it has one.
    func fileSlot(record: Int) -> Int? {
        let slot = fileOfRecord[record]
        return slot >= 0 ? Int(slot) : nil
    }

    /// Every open session by id (snapshots in tests).
    var applications: [ApplicationID: Application] { sessions.all }

    /// Every VIN file by VIN (snapshots in tests).
    var files: [String: VehicleFile] { Dictionary(uniqueKeysWithValues: fileList.map { ($0.vin, $0) }) }

    /// Changes `user`'s blacklist entry (nil removes it) and counts the change.
    func updateBlacklist(_ user: String, _ change: (inout BlacklistEntry?) -> Void) {
        change(&blacklist[user])
        blacklistVersion += 1
    }

    /// The user's blacklist standing.
    public func blacklistEntry(user: String) -> BlacklistEntry? { blacklist[user] }

    /// Drops a finished session from memory; its VIN file stays for re-entry.
    public func close(_ id: ApplicationID) { sessions.remove(id) }

    /// Applies everything due up to `instant`: pool timers, lapses, blacklist ends.
    public func advance(to instant: Instant) {
        guard instant > now else { return }
        // Pools catch up to each engine timer before it fires, so a lapse's number-return timer
        // that falls due within this same call is applied in time order.
        while let (at, action) = timers.next(upTo: instant) {
            advancePools(to: at)
            fire(action, at: at)
        }
        advancePools(to: instant)
        now = instant
    }

    private func advancePools(to instant: Instant) {
        for slot in poolList.indices where poolList[slot].hasWorkDue(by: instant) {
            for event in poolList[slot].advance(to: instant) { emit(event.instant, .pool(poolKeys[slot], event)) }
        }
    }

    /// Records an event; the event is not even built when nobody keeps or receives events (bulk runs).
    ///
    /// Inside a step the event is held and delivered when the step ends (`deliverHeldEvents`): a listener
    /// then never runs while the step has its session borrowed, so it may call back into the engine.
    func emit(_ at: Instant, _ kind: @autoclosure () -> EngineEvent.Kind) {
        guard listening else { return }
        let event = EngineEvent(at: at, kind: kind())
        if keepsEventLog { events.append(event) }
        guard let onEvent else { return }
        if inStep { heldEvents.append(event) } else { onEvent(event) }
    }

    /// Delivers the events held during a step, in order.
    func deliverHeldEvents() {
        guard !heldEvents.isEmpty else { return }
        var held: [EngineEvent] = []
        swap(&held, &heldEvents)
        for event in held { onEvent?(event) }
        // The buffer is reused unless a listener's own steps held events meanwhile.
        held.removeAll(keepingCapacity: true)
        if heldEvents.isEmpty { heldEvents = held }
    }

    func schedule(_ at: Instant, _ action: EngineTimerAction) {
        timers.schedule(action, at: at)
    }

    /// Publishes new segments when the pool runs low, per the rules in force.
    func replenish(_ slot: Int, at instant: Instant) {
        let pool = poolList[slot], rules = rules(regionSlot: poolRegions[slot], at: instant)
        guard let threshold = rules.publishThreshold(poolSlot: slot) else { return }
        // Due work and held events first, as `publishIfLow` would; the pool rules are copied out only when it is low.
        var events = pool.advance(to: instant)
        if pool.counts.availableAny < threshold, let poolRules = rules.poolRules(poolSlot: slot) {
            events += pool.publishIfLow(rules: poolRules, at: instant, generator: &publishGenerator)
        }
        for event in events { emit(event.instant, .pool(poolKeys[slot], event)) }
    }

    /// Sets a pool up as it stands when `segments` segments were published long before `instant` (a scenario's
    /// start): publishes those missing, and every segment is open to self-compose, its random-only period long over.
    public func setUpPublished(_ key: PoolKey, segments: Int, at instant: Instant) {
        guard var rules = rules(key.region, at: instant)?.pool(key.pool), let pool = pool(key) else { return }
        rules.segments.randomOnlyFor = .seconds(0)
        var events = pool.publish(segments: segments - pool.publishedSegments, rules: rules, at: instant, generator: &publishGenerator)
        events += pool.openEverySegment(at: instant)
        for event in events { emit(event.instant, .pool(key, event)) }
    }

    /// Publishes `segments` segments now, whatever the policy (scenario set-up, trainer situations).
    public func publish(_ key: PoolKey, segments: Int, at instant: Instant) {
        guard let rules = rules(key.region, at: instant)?.pool(key.pool), let pool = pool(key) else { return }
        for event in pool.publish(segments: segments, rules: rules, at: instant, generator: &publishGenerator) {
            emit(event.instant, .pool(key, event))
        }
    }
}

/// What an engine timer does when it is due.
enum EngineTimerAction {
    /// The reservation on the VIN file in this slot lapses.
    case lapse(file: Int)
    /// The blacklisting of user `liftUsers[index]` ends (an index, so timers hold no strings and move as plain bytes).
    case liftBlacklist(userIndex: Int32)
}
