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
    /// VIN files by slot: a session keeps its file's slot, so steps change the file in place without hashing the VIN.
    var fileList: [VehicleFile] = []
    /// File slot per registry slot, -1 for none: files exist only for registry vehicles, and the registry
    /// is fixed once the engine has it, so a session that has looked its VIN up reaches the file without hashing.
    var fileOfRecord: [Int32]
    /// When each file's reservation lapses, in seconds since the epoch (`Int64.min` for none), by file slot: a
    /// million lapse timers mostly find the reservation registered, and this list answers without the file.
    var fileLapsesAt: [Int64] = []
    /// The registry slot of each file's vehicle, by file slot (files are made only for registry vehicles).
    var fileRecord: [Int] = []
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
    /// Who receives events, and those held during a step.
    var delivery = EventDelivery()
    /// The soonest instant (seconds since the epoch) at which some pool has work due, as of the engine's last change
    /// to a pool (`poolsChanged`): advancing to an earlier instant reads this number instead of asking every pool.
    var soonestPoolWork = Int64.min
    /// Every event, in order, when `keepsEventLog` is on (tests); reports subscribe with `onEvent` instead.
    public var events: [EngineEvent] { delivery.log }
    /// Whether every event is kept in `events`.
    public var keepsEventLog: Bool {
        get { delivery.keepsLog }
        set { delivery.keepsLog = newValue }
    }
    /// Called for every event as it happens (after the step that raised it, see `emit`).
    public var onEvent: ((EngineEvent) -> Void)? {
        get { delivery.listener }
        set { delivery.listener = newValue }
    }
    /// Whether stage changes are reported (`stageChanged`, one per step): listeners that fold only outcomes
    /// (the scenario runner's tally) turn them off, as they are most of all events.
    public var reportsStageChanges: Bool {
        get { delivery.reportsStageChanges }
        set { delivery.reportsStageChanges = newValue }
    }
    /// Whether the steps of drawing are reported (`drawn`, `backupKept`): their outcomes (reservations, rejections)
    /// are reported either way, so outcome folds turn them off too. Self-compose confirms and the move to random
    /// are outcomes, always reported.
    public var reportsSelectionSteps: Bool {
        get { delivery.reportsSelectionSteps }
        set { delivery.reportsSelectionSteps = newValue }
    }

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
            byRegion[region]!.epochs.enumerated().map {
                RulesInForce(rules: $1.rules, from: $1.from, epoch: $0, poolKeys: keys)
            }
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
    func rules(of app: Application, at instant: Instant) -> RulesInForce {
        rules(regionSlot: app.regionSlot, at: instant)
    }

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
    /// Reports the session's VIN file's quota use so far (`sessionClosed`), which is how reports learn it.
    public func close(_ id: ApplicationID, at instant: Instant) {
        guard let slot = sessions.slot(of: id) else { return }
        let subject = sessions[slot: slot].user.subject
        let fileSlot = sessions[slot: slot].progress.fileSlot
        sessions.remove(id)
        emit(
            instant,
            .sessionClosed(
                id, subject,
                use: fileSlot.map {
                    QuotaUse(selfComposeNumbers: fileList[$0].selfComposeUsed, draws: fileList[$0].drawsUsed)
                }))
    }

    /// Reports what every pool shows at `instant` (号池公示), as a `sampled` pool event each, in pool key order:
    /// how an observer learns availability over time without reading the pools.
    public func samplePools(at instant: Instant) {
        advance(to: instant)
        for slot in poolList.indices {
            emit(instant, .pool(poolKeys[slot], .sampled(poolList[slot].counts, at: instant)))
        }
    }

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
        guard soonestPoolWork <= instant.secondsSinceEpoch else { return }
        for slot in poolList.indices where poolList[slot].hasWorkDue(by: instant) {
            for event in poolList[slot].advance(to: instant) { emit(event.instant, .pool(poolKeys[slot], event)) }
        }
        poolsChanged()
    }

    /// Recomputes `soonestPoolWork`; called whenever the engine has changed a pool (only the engine changes its pools).
    func poolsChanged() {
        soonestPoolWork = poolList.reduce(Int64.max) { Swift.min($0, $1.dueSeconds) }
    }

    /// Records an event; the event is not even built when nobody keeps or receives events (bulk runs).
    ///
    /// Inside a step the event is held and delivered when the step ends (`endStep`): a listener then never
    /// runs while the step has its session borrowed, so it may call back into the engine.
    func emit(_ at: Instant, _ kind: @autoclosure () -> EngineEvent.Kind) {
        // The listener is called after the access to `delivery` ends, so it may emit events of its own.
        if let (event, listener) = delivery.record(at: at, kind) { listener(event) }
    }

    /// Ends a step: delivers the events held during it, in order.
    func endStep() {
        guard var held = delivery.endStep() else { return }
        // By index: each event is lent to the listener, where iterating copied it (a retain per text it holds).
        for index in held.events.indices { held.listener(held.events[index]) }
        delivery.reuse(&held.events)
    }

    func schedule(_ at: Instant, _ action: EngineTimerAction) {
        timers.schedule(action, at: at)
    }

    /// Publishes new segments when the pool runs low, per the rules in force.
    func replenish(_ slot: Int, at instant: Instant) {
        let pool = poolList[slot]
        let rules = rules(regionSlot: poolRegions[slot], at: instant)
        guard let threshold = rules.publishThreshold(poolSlot: slot) else { return }
        // Due work and held events first, as `publishIfLow` would; the pool rules are copied out only when it is low.
        var events = pool.advance(to: instant)
        if pool.counts.availableAny < threshold, let poolRules = rules.poolRules(poolSlot: slot) {
            events += pool.publishIfLow(rules: poolRules, at: instant, generator: &publishGenerator)
        }
        poolsChanged()
        for event in events { emit(event.instant, .pool(poolKeys[slot], event)) }
    }
}

/// What an engine timer does when it is due.
enum EngineTimerAction {
    /// The reservation on the VIN file in this slot lapses.
    case lapse(file: Int)
    /// The blacklisting of user `liftUsers[index]` ends (an index, so timers hold no strings and move as plain bytes).
    case liftBlacklist(userIndex: Int32)
}
