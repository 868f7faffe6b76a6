/// A self-compose confirm (确认选号) the engine judged: what was entered, in order, and what came of it.
public struct SelfComposeConfirm: Hashable, Sendable {
    /// Which judged confirm of the vehicle this was: 1 for the first; a re-entry continues the vehicle's count.
    public let attempt: Int
    /// The numbers entered, in the order they were checked.
    public let entered: [String]
    /// Numbers tried, and so taken off the quota: up to and including the reserved one, or all of them.
    public let tried: Int
    /// The number reserved, or nil when all entered numbers were taken.
    public let reserved: String?
    /// Self-compose numbers left on the vehicle afterwards.
    public let remaining: Int

    /// Whether every entered number was already taken (the count dropped by all of them).
    public var allTaken: Bool { reserved == nil }
}
