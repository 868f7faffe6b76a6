import PlateRules

/// A scenario, typed: what to run, on which rules, with whom, and what must come out.
public struct Scenario: Sendable {
    public let name: String
    public let description: String?
    public let keywords: [String]
    /// The rule-set file as written in the scenario (relative to it).
    public let rules: String
    public let changeFiles: [String]
    public let seed: UInt64
    public let start: Instant
    public let until: Instant
    public let pools: [PoolState]
    public let population: [Cohort]
    public let users: [ScriptedUser]
    public let expectations: [RunExpectation]
    /// Replications to run (each on its own seed, derived from `seed`); 1 is a single run.
    public let replications: Int
}

/// The state of a pool (every office offering it, or one office) at the start.
public struct PoolState: Hashable, Sendable {
    public let pool: String
    public let office: String?
    /// Segments published before the start.
    public let published: Int
    /// Share of the published numbers already taken.
    public let taken: Double
}

/// Where a run-level expectation stands and what it requires.
public struct RunExpectation: Hashable, Sendable {
    /// What the expectation requires of the observed value.
    public enum Requirement: Hashable, Sendable {
        case equals(Int)
        case between(atLeast: Int?, atMost: Int?)
        case flag(Bool)

        /// Whether `observed` satisfies the requirement (flags compare with 0 / non-zero).
        public func holds(for observed: Int) -> Bool {
            switch self {
            case .equals(let n): observed == n
            case .between(let low, let high):
                (low.map { observed >= $0 } ?? true) && (high.map { observed <= $0 } ?? true)
            case .flag(let flag): (observed != 0) == flag
            }
        }
    }

    public let metric: String
    public let requirement: Requirement
    /// Over replications the requirement applies to the mean; with this set it must hold in every replication.
    public let inEveryReplication: Bool
    /// Where it was written, for failures that name file and line.
    public let location: SourceLocation
}
