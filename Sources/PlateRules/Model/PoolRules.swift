/// A number pool (号池): the serial format and how numbers are published.
public struct PoolRules: Sendable, Hashable {
    public var id: String
    public var vehicle: VehicleKind
    public var format: SerialFormat
    public var segments: SegmentRules
    public var publish: PublishRules
}

/// How numbers are published in segments (号段).
public struct SegmentRules: Sendable, Hashable {
    public var size: Int
    /// How long a new segment is random-only before joining the self-compose pool.
    public var randomOnlyFor: RuleDuration
    public var firstOpenToBoth: Bool
}

/// When and how many new segments are published as the pool runs low.
public struct PublishRules: Sendable, Hashable {
    /// In which order segments are opened.
    public enum Order: String, Sendable, Hashable, CaseIterable {
        case shapes, random
    }

    public var whenAvailableBelow: Int
    public var segments: Int
    public var order: Order
}
