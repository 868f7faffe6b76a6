import PlateRules

/// Hands out the segments (号段) of one pool kind in one region, so offices sharing it never publish the same number.
///
/// Segment `k` is the global indices `k * segmentSize ..< (k + 1) * segmentSize` (the last one may be
/// short), where a serial's global index is its shape's offset plus its rank (`NumberPool.index(of:)`).
/// The size is fixed at construction: segment boundaries must stay put while offices share them, so a
/// later `segments.size` change in the rules applies only to allocators built afterwards (a new run).
public final class SegmentAllocator {
    /// The serial format whose numbers are segmented.
    public let format: SerialFormat
    /// Numbers per segment, from the rules in force when the allocator was built.
    public let segmentSize: Int
    /// Segments the format divides into.
    public let segmentCount: Int
    /// Serials in the format (`format.totalCount`).
    public let numberCount: Int
    private var unallocated: SparsePermutation
    /// Every segment below this one is allocated; `shapes` order resumes here.
    private var lowestCandidate = 0

    /// An allocator with every segment of `format` unallocated.
    public init(format: SerialFormat, segmentSize: Int) {
        precondition(segmentSize > 0, "segment size must be positive")
        self.format = format
        self.segmentSize = segmentSize
        numberCount = format.totalCount
        segmentCount = numberCount / segmentSize + (numberCount % segmentSize == 0 ? 0 : 1)
        unallocated = SparsePermutation(size: segmentCount)
    }

    /// Segments not yet handed out.
    public var remaining: Int { unallocated.count }

    /// Whether `segment` has been handed out.
    public func isAllocated(_ segment: Int) -> Bool { !unallocated.contains(segment) }

    /// The global indices of `segment`.
    public func numbers(in segment: Int) -> Range<Int> {
        segment * segmentSize..<min((segment + 1) * segmentSize, numberCount)
    }

    /// Hands out the next segment, or nil when all are allocated.
    ///
    /// `shapes`: the lowest unallocated segment (shapes open in listed order). `random`: uniform among
    /// the unallocated ones, drawn from `generator`. Orders may be mixed across calls.
    public func next(order: PublishRules.Order, generator: inout Xoshiro256) -> Int? {
        guard unallocated.count > 0 else { return nil }
        let segment: Int
        switch order {
        case .shapes:
            while !unallocated.contains(lowestCandidate) { lowestCandidate += 1 }
            segment = lowestCandidate
        case .random:
            segment = unallocated.value(at: Int.random(in: 0..<unallocated.count, using: &generator))
        }
        unallocated.remove(segment)
        return segment
    }
}
