import Dispatch
import Foundation
import PlateEngine
import PlateRules
import PlateScenarios
import Synchronization

/// What simulated applicants act on: the engine, their phones, their VINs, and the few rule facts they read.
final class SimulationWorld {
    /// The rule facts applicants read, per epoch of the rule book (read often, so kept small).
    struct Facts {
        /// Offices offering each cohort's vehicle (the cohort's own office when it names one).
        let offices: [[String]]
        let withoutFourOption: Bool
        let draws: Int
        let calendar: WorkCalendar
    }

    let engine: PlateEngine
    let phones: Phones
    let book: RuleBook
    let region: String
    let zone: UTCOffset
    let cohorts: [Cohort]
    let habits: [Habits]
    let typists: [Typist]
    /// Every simulated applicant's VIN, by applicant number.
    let vins: [String]
    /// The run's counts, which arrivals are noted in.
    let tally: RunTally
    /// The scripted steps performed, in the order they ran.
    var steps: [StepReport] = []
    private let facts: [Facts]

    init(engine: PlateEngine, phones: Phones, book: RuleBook, cohorts: [Cohort], vins: [String], tally: RunTally) {
        self.tally = tally
        self.engine = engine
        self.phones = phones
        self.book = book
        self.region = book.base.region.id
        self.zone = book.base.region.utcOffset
        self.cohorts = cohorts
        self.habits = cohorts.map(Habits.init)
        self.typists = cohorts.map { Typist(wants: $0.wants) }
        self.vins = vins
        facts = book.epochs.map { epoch in
            let rules = epoch.rules
            let offices = cohorts.map { cohort in
                cohort.office.map { [$0] }
                    ?? rules.offices.filter { office in
                        office.pools.contains { rules.pool($0)?.vehicle == cohort.vehicle }
                    }.map(\.id)
            }
            return Facts(
                offices: offices, withoutFourOption: rules.random.withoutFourOption, draws: rules.random.draws,
                calendar: rules.calendar)
        }
    }

    /// `n` working days after `day` in the calendar in force at `instant`, remembered: a million registrations
    /// ask about some hundred days, and each answer walks the calendar day by day.
    func date(_ day: CivilDate, plusWorkingDays n: Int, at instant: Instant) -> CivilDate? {
        let key = WorkingDaysKey(epoch: book.epochIndex(at: instant), day: day.daysSinceEpoch, n: n)
        if let known = workingDays[key] { return known }
        let answer = facts[key.epoch].calendar.date(day, plus: .workingDays(n))
        workingDays[key] = answer
        return answer
    }

    private struct WorkingDaysKey: Hashable {
        let epoch: Int, day: Int, n: Int
    }
    private var workingDays: [WorkingDaysKey: CivilDate?] = [:]

    /// The rule facts in force at `instant`.
    func facts(at instant: Instant) -> Facts { facts[book.epochIndex(at: instant)] }

    /// The account of a simulated applicant: its subject is its number, which is how its phone and the reports find it.
    func account(_ applicant: SimulatedApplicant) -> UserAccount {
        let id = "u" + String(applicant.number)
        // Fields read in place: copying the whole cohort out costs more than the account.
        return UserAccount(
            subject: Subject(applicant.number), id: id, kind: cohorts[applicant.cohort].user,
            home: cohorts[applicant.cohort].home ?? region, phone: id, counterSigned: applicant.plan.counterSigned)
    }

    /// The VIN of simulated applicant `number`: a valid check digit, unique per applicant.
    static func vin(_ number: Int) -> String { VIN.withCheckDigit(ascii: digits(number, width: 7, after: vinPrefix))! }

    /// The VIN up to the applicant number: a manufacturer stem, a check-digit placeholder and the model year.
    private static let vinPrefix = Array("LPLSM23C0K".utf8)

    /// The VINs and certificate numbers of simulated applicants `0..<count`, made on every core: a million of
    /// each took a few percent of a run on one. The same whatever the split, as each depends on its number only.
    /// Each part makes its own arrays, joined at the end: a shared buffer gained nothing a run could see
    /// (docs/performance-log.md).
    static func papers(count: Int) -> (vins: [String], certificates: [String]) {
        let parts = count < 10_000 ? 1 : max(1, ProcessInfo.processInfo.activeProcessorCount)
        let made = Mutex([(vins: [String], certificates: [String])?](repeating: nil, count: parts))
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let numbers = (count * part / parts)..<(count * (part + 1) / parts)
            let papers = (vins: numbers.map(vin), certificates: numbers.map(certificate))
            made.withLock { $0[part] = papers }
        }
        return made.withLock { parts in (parts.flatMap { $0!.vins }, parts.flatMap { $0!.certificates }) }
    }

    /// The certificate number recorded for simulated applicant `number`.
    static func certificate(_ number: Int) -> String {
        String(decoding: digits(number, width: 12, after: certificatePrefix), as: UTF8.self)
    }

    private static let certificatePrefix = Array("SIM".utf8)

    /// `prefix` followed by `number` in `width` zero-padded decimal digits, as bytes: a million of each are made per
    /// run.
    private static func digits(_ number: Int, width: Int, after prefix: [UInt8]) -> [UInt8] {
        var bytes = prefix + repeatElement(UInt8(ascii: "0"), count: width)
        var rest = number
        for index in bytes.indices.suffix(width).reversed() {
            bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        precondition(number >= 0 && rest == 0, "simulated applicant numbers have at most \(width) digits")
        return bytes
    }

    /// The office an applicant picks among those offering its vehicle, by its plan; nil when none does.
    func office(for applicant: SimulatedApplicant, at instant: Instant) -> String? {
        let offering = facts(at: instant).offices[applicant.cohort]
        guard !offering.isEmpty else { return nil }
        return offering[min(offering.count - 1, Int(applicant.plan.officePick * Double(offering.count)))]
    }
}
