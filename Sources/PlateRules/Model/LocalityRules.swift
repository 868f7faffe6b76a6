/// Where each user kind may pre-select (异地预选) and who must sign at the counter first (面签).
public struct LocalityRules: Sendable, Hashable {
    public var homeOnly: [UserKind]
    public var crossRegion: [UserKind]
    public var counterSigning: [UserKind]

    /// Whether a user of `kind` registered in `home` may pre-select in `region`.
    public func allows(_ kind: UserKind, home: String, region: String) -> Bool {
        home == region || crossRegion.contains(kind)
    }

    /// Whether `kind` must have signed at the counter before selecting.
    public func needsCounterSigning(_ kind: UserKind) -> Bool { counterSigning.contains(kind) }
}
