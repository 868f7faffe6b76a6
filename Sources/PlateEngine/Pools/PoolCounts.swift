/// How many numbers of an office's pool are in each state.
public struct PoolCounts: Hashable, Sendable {
    /// Numbers in the office's published segments.
    public internal(set) var published = 0
    /// Published numbers of segments open to self-compose, taken or not: what the published-pool keyboard offers.
    public internal(set) var offeredSelfCompose = 0
    /// Available numbers open to self-compose.
    public internal(set) var availableSelfCompose = 0
    /// Available numbers open to random draws.
    public internal(set) var availableRandom = 0
    /// Available numbers open to random draws that have no digit 4.
    public internal(set) var availableRandomWithoutFour = 0
    /// Numbers held by reservations.
    public internal(set) var reserved = 0
    /// Lapsed numbers waiting to return to the pool.
    public internal(set) var cooling = 0

    /// Available numbers open to at least one mode; every published segment is open to random at once, so this equals
    /// `availableRandom`.
    public var availableAny: Int { availableRandom }

    /// Available numbers open to `mode`; nil asks for any mode.
    public func available(_ mode: SelectionMode?) -> Int {
        switch mode {
        case .selfCompose: availableSelfCompose
        case .random: availableRandom
        case nil: availableAny
        }
    }
}
