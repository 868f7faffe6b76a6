/// A per-pool figure an expectation may name as `pool.<pool id>.<metric>`: its one home.
public enum PoolMetric: String, CaseIterable, Hashable, Sendable {
    case exhausted
    case exhaustedSelfCompose = "exhausted_self_compose"
    case exhaustedRandom = "exhausted_random"
    case segmentsPublished = "segments_published"

    /// The name as written in expectations.
    public var name: String { rawValue }

    /// Every name, in reference order.
    public static let names = allCases.map(\.rawValue)

    /// What it says, for the scenario reference: of any office's pool of that id (a count: summed over them).
    public var meaning: String {
        switch self {
        case .exhausted: "true when the pool ran dry, no number left in any mode, within the period"
        case .exhaustedSelfCompose: "true when no number was left to self-compose within the period"
        case .exhaustedRandom: "true when no number was left to draw within the period"
        case .segmentsPublished: "segments (号段) the release policy published within the period"
        }
    }
}
