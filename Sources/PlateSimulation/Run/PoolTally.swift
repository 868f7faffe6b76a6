import PlateEngine
import PlateRules

/// One office pool through the run: publications, exhaustion and hourly samples of what is available.
public struct PoolTally: Hashable, Sendable {
    /// Available numbers at one instant (the published-pool view, 号池公示).
    public struct Sample: Hashable, Sendable {
        public let at: Instant
        public let selfCompose: Int
        public let random: Int
    }

    public let key: PoolKey
    public internal(set) var segmentsPublished = 0
    public internal(set) var segmentsOpened = 0
    public internal(set) var numbersReturned = 0
    /// First instant no number was left for self-compose, for random, and in any mode.
    public internal(set) var exhaustedSelfCompose: Instant?
    public internal(set) var exhaustedRandom: Instant?
    public internal(set) var exhausted: Instant?
    public internal(set) var replenished = 0
    /// Instants at which segments were published during the run.
    public internal(set) var publications: [Instant] = []
    public internal(set) var samples: [Sample] = []

    mutating func fold(_ event: PoolEvent) {
        switch event {
        case .segmentPublished(_, _, _, let at):
            segmentsPublished += 1
            publications.append(at)
        case .segmentOpenedToSelfCompose: segmentsOpened += 1
        case .numberReturned: numbersReturned += 1
        case .exhausted(let mode, let at):
            switch mode {
            case .selfCompose?: exhaustedSelfCompose = exhaustedSelfCompose ?? at
            case .random?: exhaustedRandom = exhaustedRandom ?? at
            case nil: exhausted = exhausted ?? at
            }
        case .replenished: replenished += 1
        case .sampled(let counts, let at):
            samples.append(Sample(at: at, selfCompose: counts.availableSelfCompose, random: counts.availableRandom))
        }
    }
}
