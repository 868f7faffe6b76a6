import PlateEngine
import PlateRules

/// One simulated applicant between actions: who it is, what it plans, and what it does next.
struct SimulatedApplicant {
    /// The applicant's next action.
    enum Next: UInt8 {
        /// `compose` types the next numbers on the self-compose page; `confirmCompose` presses 确认选号 with them.
        case open, chooseOffice, acceptNotice, submit, basicCode, startSelection, identityCode, compose, confirmCompose,
            draw, confirmBackup
        case register, comeBack, finished
    }

    let cohort: Int
    /// Position among all simulated applicants; names the account and the VIN.
    let number: Int
    let plan: ApplicantPlan
    var next: Next = .open
    var application: ApplicationID?
    /// The applicant's own stream: think times, keys, candidates.
    var generator: Xoshiro256
    /// Mistakes still to make (each made once).
    var pendingMistakes: Mistake = []
    /// Exact wanted serials not typed yet.
    var wishes: [String]
    /// The numbers typed on the self-compose page for the next confirm, in order.
    var entered: [String] = []
    /// Numbers confirmed and found taken: the applicant does not type them again.
    var tried: [String] = []
    /// How far the applicant has lowered its standard: 0 keeps to its style and liking (see `Typist`).
    var standard: UInt8 = 0
    /// Set once draws without 4 came back empty: the applicant then draws from every number.
    var acceptsFour = false
    var kept: String?
    var keptExpires: Instant?
    /// Actions taken, to stop a confused applicant from looping for ever.
    var actions: UInt16 = 0

    /// Mistakes an applicant makes once.
    struct Mistake: OptionSet {
        let rawValue: UInt8
        static let vin = Mistake(rawValue: 1), sms = Mistake(rawValue: 2), countdown = Mistake(rawValue: 4),
            backup = Mistake(rawValue: 8)
    }

    init(cohort: Int, number: Int, plan: ApplicantPlan, wishes: [String]) {
        self.cohort = cohort
        self.number = number
        self.plan = plan
        self.wishes = wishes
        generator = Xoshiro256(seed: plan.choices)
        if plan.wrongVIN { pendingMistakes.insert(.vin) }
        if plan.wrongSMS { pendingMistakes.insert(.sms) }
        if plan.missesCountdown { pendingMistakes.insert(.countdown) }
        if plan.letsBackupExpire { pendingMistakes.insert(.backup) }
    }

    /// Whether a mistake is still to be made; making it now uses it up.
    mutating func makes(_ mistake: Mistake) -> Bool { pendingMistakes.remove(mistake) != nil }
}
