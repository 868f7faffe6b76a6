import PlateRules

/// Everything a `NumberPool` holds, as one value: a pool operation is one access to it (one exclusivity check),
/// where each of the two dozen properties it touches was a check of its own when they were the class's.
///
/// Its methods are the pool's logic; `NumberPool` forwards to them. Nothing in here calls out of the pool
/// (no callbacks, no events delivered), so an operation never reaches the store again while it runs.
struct PoolStore {
    let format: SerialFormat
    /// The segment source shared with the other offices of the region offering this pool (a class: shared, not copied).
    let allocator: SegmentAllocator
    /// The pool's totals, as of the latest instant it was given.
    var counts = PoolCounts()

    let size: Int
    /// `shapeOffsets[s]`: the global index of shape s's first serial; one extra entry holds the total.
    let shapeOffsets: [Int]
    let trieOfShape: [Int]
    let alphabet: PoolAlphabet
    var tries: [PrefixTrie]

    // Published segments, by slot.
    /// Slot by segment number, and segment number by slot (`segmentIndex.segments`).
    var segmentIndex = SegmentIndex()
    var slotSegment: [Int] { segmentIndex.segments }
    var slotFirst: [String] = []
    var slotLast: [String] = []
    var slotPublishedAt: [Instant] = []
    var slotOpensAt: [Instant] = []
    var slotIsOpen: [Bool] = []
    var slotAvailable: [Int32] = []

    // Per published number, by local position.
    /// `NumberState` raw value, with `hasFourFlag` when the serial has the digit 4.
    var state: [UInt8] = []
    var leafNode: [Int32] = []
    var leafCode: [UInt8] = []
    /// The serial's text, rendered once at publication: draws show ten candidates a batch, and unranking
    /// each again cost more than the rest of the draw. Serials are short, so these are small strings (16 bytes, no
    /// heap).
    var serialText: [String] = []
    /// Random-available numbers; the preferred part holds those without the digit 4.
    var randomAvailable = PartitionedIndexSet()
    var coolingUntil: [Int32: Instant] = [:]

    var availableSelfComposeByShape: [Int]
    var availableRandomByShape: [Int]
    var timers = BinaryHeap<PoolTimer>() { didSet { refreshDue() } }
    var nextTimerSequence = 0
    /// The latest instant the pool was given.
    var now: Instant?
    /// Per mode (self-compose, random, any): whether the count was ever positive and whether it is zero since.
    var watches: [ExhaustionWatch] = [.neverPositive, .neverPositive, .neverPositive]
    var pendingEvents: [PoolEvent] = [] { didSet { refreshDue() } }
    /// When `advance(to:)` next has work, in seconds since the epoch: `Int64.min` while events are held,
    /// `Int64.max` with nothing scheduled. Kept by the observers above, so the engine's check before every step is one
    /// read.
    var dueSeconds = Int64.max

    init(format: SerialFormat, allocator: SegmentAllocator) {
        precondition(allocator.format == format, "the allocator segments another format")
        self.format = format
        self.allocator = allocator
        size = allocator.segmentSize
        var offsets = [0]
        for shape in format.shapes.indices { offsets.append(offsets[shape] + format.count(shapeIndex: shape)) }
        shapeOffsets = offsets
        let alphabet = PoolAlphabet(format: format)
        self.alphabet = alphabet
        let lengths = Array(Set(format.shapes.map(\.length))).sorted()
        trieOfShape = format.shapes.map { lengths.firstIndex(of: $0.length)! }
        tries = lengths.map { PrefixTrie(length: $0, width: alphabet.bytes.count) }
        availableSelfComposeByShape = Array(repeating: 0, count: format.shapes.count)
        availableRandomByShape = Array(repeating: 0, count: format.shapes.count)
    }

    // MARK: Indices

    /// The global index of `serial`, or nil when it is not a serial of the format.
    func index(of serial: String) -> Int? {
        format.rank(of: serial).map { shapeOffsets[$0.shapeIndex] + $0.rank }
    }

    /// The serial with global index `index`, or nil when out of range.
    func serial(at index: Int) -> String? {
        guard index >= 0, index < shapeOffsets[shapeOffsets.count - 1] else { return nil }
        let shape = shapeIndex(ofIndex: index)
        return format.serial(at: index - shapeOffsets[shape], shapeIndex: shape)
    }

    /// The shape of an in-range global index.
    func shapeIndex(ofIndex index: Int) -> Int {
        // Last shape whose offset is at or below the index; shapes with no serials share offsets and are skipped.
        var low = 0
        var high = shapeOffsets.count - 2
        while low < high {
            let mid = (low + high + 1) / 2
            if shapeOffsets[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// A serial's global index, or why it is not a serial of the format.
    enum Located {
        case index(Int)
        case rejected(SerialRejection)
    }

    /// The global index of `serial`, or why it is not a serial of the format (checked only on the slow path).
    func locate(_ serial: String) -> Located {
        if let index = index(of: serial) { return .index(index) }
        guard case .rejected(let reason) = format.check(serial) else {
            preconditionFailure("a member without a rank: \(serial)")
        }
        return .rejected(reason)
    }

    /// The local position of global `index`, or nil when its segment is not published here.
    func localPosition(of index: Int) -> Int? {
        segmentIndex.slot(of: index / size).map { $0 * size + index % size }
    }

    func globalIndex(ofLocal local: Int) -> Int { slotSegment[local / size] * size + local % size }

    // MARK: Queries

    /// Where `serial` stands in this pool.
    func availability(of serial: String) -> NumberAvailability {
        switch locate(serial) {
        case .rejected(let reason): .notMember(reason)
        case .index(let index): availability(index: index)
        }
    }

    /// Where the serial with global `index` stands; `index` must be in `0..<format.totalCount`.
    func availability(index: Int) -> NumberAvailability {
        precondition(index >= 0 && index < allocator.numberCount, "index out of range")
        guard let local = localPosition(of: index) else { return .unpublished }
        switch numberState(local) {
        case .available: return .available(selfCompose: slotIsOpen[local / size], random: true)
        case .reserved: return .reserved
        case .cooling: return .cooling(until: coolingUntil[Int32(local)]!)
        case .unpublished: preconditionFailure("a published segment's index without a number")
        }
    }

    /// The events held since the last call that returned events (those of `take`), clearing them.
    mutating func drainEvents() -> [PoolEvent] {
        defer { pendingEvents = [] }
        return pendingEvents
    }

    /// Approximate bytes of per-number and per-prefix storage (array capacities; dictionaries estimated).
    var storageBytes: Int {
        let perNumber =
            state.capacity + leafNode.capacity * 4 + leafCode.capacity + serialText.capacity * 16
            + randomAvailable.storageBytes
        let perSlot =
            segmentIndex.storageBytes + (slotFirst.capacity + slotLast.capacity) * 16
            + (slotPublishedAt.capacity + slotOpensAt.capacity) * 8 + slotIsOpen.capacity + slotAvailable.capacity * 4
        return perNumber + perSlot + tries.reduce(0) { $0 + $1.storageBytes } + coolingUntil.capacity * 12
    }
}
