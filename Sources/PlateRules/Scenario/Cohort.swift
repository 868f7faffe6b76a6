/// A cohort of simulated applicants and how they behave.
public struct Cohort: Hashable, Sendable {
    /// How a cohort selects.
    public enum Mode: String, Hashable, Sendable, CaseIterable {
        case selfComposeThenRandom = "self_compose_then_random", randomOnly = "random_only", selfComposeOnly = "self_compose_only"
    }

    /// When applicants arrive.
    public enum Arrivals: Hashable, Sendable {
        /// So many per day, spread by a time-of-day profile, until the cohort is used up.
        case perDay(Int, pattern: String)
        /// All on one date (a rush), spread by the profile.
        case burst(on: CivilDate, pattern: String)
    }

    /// What applicants type on the keyboard.
    public struct Wants: Hashable, Sendable {
        public let luckyDigits: [Character]
        public let avoidDigits: [Character]
        public let exact: [String]
        public let birthdayShare: Double
        /// Positional shapes aimed for: `?` any key, other characters wanted at that position.
        public let patterns: [String]
        public let patternShare: Double
    }

    /// Shares of steps done wrong.
    public struct Mistakes: Hashable, Sendable {
        public let wrongVIN: Double
        public let wrongSMS: Double
        public let missedCountdown: Double
        public let expiredBackup: Double
    }

    public let name: String
    public let count: Int
    public let user: UserKind
    /// Home region id; nil: the rule set's region.
    public let home: String?
    public let counterSigned: Double
    public let vehicle: VehicleKind
    public let office: String?
    public let arrivals: Arrivals
    public let wants: Wants
    public let mode: Mode
    /// Think time between steps in seconds, inclusive bounds.
    public let think: ClosedRange<Int>
    public let mistakes: Mistakes
    /// Share who register within the validity.
    public let registerShare: Double
    /// Latest registration delay after the reservation.
    public let registerWithin: RuleDuration
    public let returnsWhenBlacklisted: Double
}
