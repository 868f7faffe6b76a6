import PlateRules

/// Something that happened to a number pool, with the instant it happened.
public enum PoolEvent: Hashable, Sendable {
    /// A segment was published; `first` and `last` are its lowest and highest serials by global index.
    case segmentPublished(segment: Int, first: String, last: String, at: Instant)
    /// A segment's random-only period ended: its available numbers joined the self-compose pool.
    case segmentOpenedToSelfCompose(segment: Int, at: Instant)
    /// A lapsed number became available again.
    case numberReturned(serial: String, at: Instant)
    /// No number is left for `mode` (nil: in any mode); reported when the count falls to zero.
    case exhausted(mode: SelectionMode?, at: Instant)
    /// Numbers are available for `mode` (nil: any mode) again after an `exhausted` report.
    case replenished(mode: SelectionMode?, at: Instant)
    /// What the published pool (号池公示) showed at an instant someone looked (`PlateEngine.samplePools(at:)`).
    case sampled(PoolCounts, at: Instant)

    /// When it happened.
    public var instant: Instant {
        switch self {
        case .segmentPublished(_, _, _, let at), .segmentOpenedToSelfCompose(_, let at), .numberReturned(_, let at),
            .exhausted(_, let at), .replenished(_, let at), .sampled(_, let at):
            at
        }
    }
}
