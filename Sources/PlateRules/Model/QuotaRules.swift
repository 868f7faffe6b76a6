/// The self-compose (自编) quota and pace.
public struct SelfComposeRules: Sendable, Hashable {
    /// Self-composed numbers allowed per vehicle.
    public var total: Int
    /// N: numbers entered at once, checked in the order entered.
    public var perConfirm: Int
    /// Seconds between confirmations.
    public var confirmInterval: Int
    /// What the virtual keyboard's enabled keys show.
    public var keyboard: KeyboardRule

    public init(total: Int, perConfirm: Int, confirmInterval: Int, keyboard: KeyboardRule = .published) {
        self.total = total
        self.perConfirm = perConfirm
        self.confirmInterval = confirmInterval
        self.keyboard = keyboard
    }
}

/// Which numbers the self-compose keyboard lets an applicant type; availability is judged at confirm either way.
public enum KeyboardRule: String, Sendable, Hashable, CaseIterable {
    /// Keys lead to numbers of the published pool (号池公示: segments open to self-compose), taken or not:
    /// a number reserved by someone else can be typed in full and fails only at confirm.
    case published
    /// Keys lead only to numbers available at that instant (a live keyboard).
    case available
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
