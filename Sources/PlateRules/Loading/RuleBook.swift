/// A region's rules over time: the base rule set, its dated changes and any overlays, resolved once at load.
public struct RuleBook: Sendable {
    /// One stretch of time during which the same rules are in force.
    public struct Epoch: Sendable {
        /// When it begins; nil for the base rules, in force from the beginning of time.
        public let from: Instant?
        public let rules: RuleSet
        /// The effective rule tree, for showing where each value was written.
        public let document: YAMLNode
    }

    /// The rule file as given.
    public let file: String
    /// In date order; the first is the base.
    public let epochs: [Epoch]

    /// The rules in force at `instant`.
    public func rules(at instant: Instant) -> RuleSet { epochs[epochIndex(at: instant)].rules }

    /// The epoch in force at `instant`.
    public func epoch(at instant: Instant) -> Epoch { epochs[epochIndex(at: instant)] }

    /// Which epoch is in force at `instant`; few epochs, scanned from the newest.
    public func epochIndex(at instant: Instant) -> Int {
        var index = epochs.count - 1
        while index > 0, let from = epochs[index].from, instant < from { index -= 1 }
        return index
    }

    /// The base rules, before any dated change.
    public var base: RuleSet { epochs[0].rules }
}
