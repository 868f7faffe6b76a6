import PlateRules

/// A cohort of simulated applicants and how they behave.
public struct Cohort: Hashable, Sendable {
    /// How a cohort selects.
    public enum Mode: String, Hashable, Sendable, CaseIterable {
        case selfComposeThenRandom = "self_compose_then_random"
        case randomOnly = "random_only"
        case selfComposeOnly = "self_compose_only"
    }

    /// When applicants arrive.
    public enum Arrivals: Hashable, Sendable {
        /// So many per day, spread by a time-of-day profile, until the cohort is used up.
        case perDay(Int, pattern: String)
        /// All on one date (a rush), spread by the profile.
        case burst(on: CivilDate, pattern: String)
    }

    /// What applicants type on the keyboard: the preferences that make demand concentrate on a few numbers.
    public struct Wants: Hashable, Sendable {
        public let luckyDigits: [Character]
        public let avoidDigits: [Character]
        public let exact: [String]
        public let birthdayShare: Double
        /// Positional shapes aimed for: `?` any key, other characters wanted at that position.
        public let patterns: [String]
        public let patternShare: Double
        /// Share who repeat digits (AABBB, 88, 666) or alternate them (ABABA).
        public let repeatShare: Double
        /// Share who type runs (12345, 54321).
        public let runShare: Double
        /// Letters wanted where the shape takes letters (initials), most wanted first.
        public let initials: [Character]
        public let initialsShare: Double
        /// How strongly applicants agree on the same keys: key `k` of the preference order (0 first) is
        /// picked with weight 1 / (k + 1)^popularity; 0 picks uniformly among the keys they like.
        public let popularity: Double
        /// Chance to keep to one's style for the next number after each confirm that found all taken.
        public let persistence: Double

        public init(
            luckyDigits: [Character] = [], avoidDigits: [Character] = [], exact: [String] = [],
            birthdayShare: Double = 0,
            patterns: [String] = [], patternShare: Double = 0, repeatShare: Double = 0, runShare: Double = 0,
            initials: [Character] = [], initialsShare: Double = 0, popularity: Double = 0, persistence: Double = 1
        ) {
            self.luckyDigits = luckyDigits
            self.avoidDigits = avoidDigits
            self.exact = exact
            self.birthdayShare = birthdayShare
            self.patterns = patterns
            self.patternShare = patternShare
            self.repeatShare = repeatShare
            self.runShare = runShare
            self.initials = initials
            self.initialsShare = initialsShare
            self.popularity = popularity
            self.persistence = persistence
        }
    }

    /// How long typing one number on the virtual keyboard takes.
    public enum TypingPace: Hashable, Sendable {
        /// Seconds per key press, uniform between the bounds.
        case perKey(ClosedRange<Int>)
        /// Seconds per whole number, uniform between the bounds.
        case perNumber(ClosedRange<Int>)
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
    public let typing: TypingPace
    public let mistakes: Mistakes
    /// Share who register within the validity.
    public let registerShare: Double
    /// Latest registration delay after the reservation.
    public let registerWithin: RuleDuration
    public let returnsWhenBlacklisted: Double
}
