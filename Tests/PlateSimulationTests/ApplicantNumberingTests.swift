import PlateEngine
import PlateRules
import Testing

@testable import PlateSimulation

@Suite("Applicant numbering follows arrivals, not declared counts")
struct ApplicantNumberingTests {
    /// Two cohorts of a million declared each, three a day arriving over one day: six numbers, not two million.
    static let crowd = """
          - cohort: first
            count: 1000000
            user: new_vehicle_owner
            vehicle: small_car
            arrivals: {per_day: 3, pattern: uniform}
            registers: {share: 1, within: 2 working days}
          - cohort: second
            count: 1000000
            user: new_vehicle_owner
            vehicle: small_car
            arrivals: {per_day: 3, pattern: uniform}
            registers: {share: 1, within: 2 working days}
        """

    @Test("a cohort's numbers count its arrivals; the next cohort and the scripted users follow them")
    func numbersCountArrivals() throws {
        let (scenario, book) = try ScenarioRunnerTests.load(population: Self.crowd, until: "2026-12-01T23:59")
        let numbering = ScenarioRunner.numbering(of: scenario, book: book)
        #expect(numbering.cohorts == [0..<3, 3..<6])
        #expect(numbering.cohort(ofApplicant: 4) == 1)
        #expect(numbering.cohort(ofApplicant: 6) == nil && numbering.cohort(ofApplicant: -1) == nil)
        var subjects: Set<Subject> = []
        let result = ScenarioRunner.run(
            scenario, book: book,
            onEvent: { event in
                if case .applicationOpened(_, let subject, _, _) = event.kind { subjects.insert(subject) }
            })
        #expect(result.tally.total.applicants == 6)
        #expect(result.tally.cohorts.map(\.applicants).prefix(2) == [3, 3])
        #expect(subjects == Set((0..<6).map(Subject.init)))
    }

    @Test("when everyone declared arrives, the numbering is the declared one (cohort after cohort)")
    func everyoneArrives() throws {
        let (scenario, book) = try ScenarioRunnerTests.load(population: ScenarioRunnerTests.owners)
        #expect(ScenarioRunner.numbering(of: scenario, book: book).cohorts == [0..<200])
    }
}
