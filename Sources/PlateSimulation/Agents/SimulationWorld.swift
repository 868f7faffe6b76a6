import PlateEngine
import PlateRules

/// What simulated applicants act on: the engine, their phones, the rules and the cohorts.
final class SimulationWorld {
    let engine: PlateEngine
    let phones: Phones
    let book: RuleBook
    let region: String
    let zone: UTCOffset
    let cohorts: [Cohort]
    let typists: [Typist]

    init(engine: PlateEngine, phones: Phones, book: RuleBook, cohorts: [Cohort]) {
        self.engine = engine
        self.phones = phones
        self.book = book
        self.region = book.base.region.id
        self.zone = book.base.region.utcOffset
        self.cohorts = cohorts
        self.typists = cohorts.map { Typist(wants: $0.wants) }
    }

    /// The rules in force at `instant`.
    func rules(at instant: Instant) -> RuleSet { book.rules(at: instant) }

    /// The account of simulated applicant `number` (its id is also its phone).
    func account(_ applicant: SimulatedApplicant) -> UserAccount {
        let cohort = cohorts[applicant.cohort]
        let id = Self.userID(applicant.number)
        return UserAccount(id: id, kind: cohort.user, home: cohort.home ?? region, phone: id, counterSigned: applicant.plan.counterSigned)
    }

    /// The account id of simulated applicant `number`.
    static func userID(_ number: Int) -> String { "u" + String(number) }

    /// The VIN of simulated applicant `number`: a valid check digit, unique per applicant.
    static func vin(_ number: Int) -> String { VIN.withCheckDigit("LPLSM23C0K" + zeroPadded(number, width: 7))! }

    /// The certificate number recorded for simulated applicant `number`.
    static func certificate(_ number: Int) -> String { "SIM" + zeroPadded(number, width: 12) }

    /// The office an applicant picks: the cohort's, else one of those offering its vehicle, by its plan.
    func office(for applicant: SimulatedApplicant, rules: RuleSet) -> String? {
        let cohort = cohorts[applicant.cohort]
        if let office = cohort.office { return office }
        let offering = rules.offices.filter { office in office.pools.contains { rules.pool($0)?.vehicle == cohort.vehicle } }
        guard !offering.isEmpty else { return nil }
        return offering[min(offering.count - 1, Int(applicant.plan.officePick * Double(offering.count)))].id
    }
}
