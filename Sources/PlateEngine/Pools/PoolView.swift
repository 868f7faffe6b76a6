import PlateRules

/// What an office shows as its published pool (号池公示).
public struct PoolView: Hashable, Sendable {
    /// One published segment.
    public struct Segment: Hashable, Sendable {
        /// The segment number (`SegmentAllocator` numbering).
        public let index: Int
        /// Lowest and highest serials of the segment.
        public let first: String, last: String
        /// When the office published it.
        public let publishedAt: Instant
        /// When its numbers join (or joined) the self-compose pool.
        public let opensToSelfComposeAt: Instant
        /// Whether its numbers are open to self-compose now (as of the pool's last transition).
        public let isOpenToSelfCompose: Bool
        /// Its numbers that are available (to random; to self-compose too when open).
        public let available: Int
    }

    /// Available numbers of one shape, per mode.
    public struct Shape: Hashable, Sendable {
        /// The shape as written in the rules (`LDDDD`).
        public let pattern: String
        /// Available numbers of this shape open to self-compose.
        public let selfCompose: Int
        /// Available numbers of this shape open to random draws.
        public let random: Int
    }

    /// Published segments by segment number.
    public let segments: [Segment]
    /// Every shape of the format in listed order, published or not.
    public let shapes: [Shape]
    /// The pool's totals.
    public let counts: PoolCounts
}
