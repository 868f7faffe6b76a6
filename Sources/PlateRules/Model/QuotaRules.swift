/// The self-compose (自编) quota and pace.
public struct SelfComposeRules: Sendable, Hashable {
    /// Self-composed numbers allowed per vehicle.
    public var total: Int
    /// N: numbers entered at once, checked in the order entered.
    public var perConfirm: Int
    /// Seconds between confirmations.
    public var confirmInterval: Int
}

/// The random-draw (随机) quota and expiries.
public struct RandomDrawRules: Sendable, Hashable {
    public var draws: Int
    public var candidates: Int
    /// Seconds a batch may be chosen from.
    public var batchExpires: Int
    /// Seconds a kept backup (备选) stays confirmable.
    public var backupExpires: Int
    public var withoutFourOption: Bool
}
