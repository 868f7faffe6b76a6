import Foundation
import PlateEngine
import PlateRules
import PlateScenarios
import Testing

@testable import PlateSimulation

/// The tally is a fold over engine events and nothing else, and it finds applicants by the subjects events carry.
@Suite("Scenario runner: the tally as a fold over events")
struct TallyFoldTests {
    static func smoke() throws -> (Scenario, RuleBook) {
        let loaded = try ScenarioLoader.load(
            file: ScriptedRunTests.fixtures.appendingPathComponent("smoke.yaml").path)
        return (try #require(loaded.scenario), try #require(loaded.book))
    }

    @Test("a tally rebuilt from the recorded events alone, with no engine, counts exactly what the run's tally counted")
    func eventsAreEnough() throws {
        let (scenario, book) = try Self.smoke()
        var recorded: [EngineEvent] = []
        let result = ScenarioRunner.run(scenario, book: book, onEvent: { recorded.append($0) })
        let live = result.tally
        let replay = RunTally(
            cohortNames: live.cohortNames, pools: live.pools.map(\.key), zone: book.base.region.utcOffset,
            subjects: scenario.population.reduce(0) { $0 + $1.count } + scenario.users.count)
        // Arrivals are the run's own events, not the engine's: each applicant's first engine event is at its arrival.
        for cohort in scenario.population.indices {
            let first = scenario.population[..<cohort].reduce(0) { $0 + $1.count }
            for n in 0..<scenario.population[cohort].count {
                let subject = Subject(first + n)
                if let at = recorded.first(where: { Self.subject(of: $0.kind) == subject })?.at {
                    replay.fold(Arrival(subject: subject, cohort: cohort, at: at))
                }
            }
        }
        let scripted = Subject(scenario.population.reduce(0) { $0 + $1.count })
        if let at = recorded.first(where: { Self.subject(of: $0.kind) == scripted })?.at {
            replay.fold(Arrival(subject: scripted, cohort: scenario.population.count, at: at))
        }
        for event in recorded { replay.fold(event) }
        replay.finish()
        #expect(replay.total == live.total)
        #expect(replay.cohorts == live.cohorts)
        #expect(replay.rejections == live.rejections)
        #expect(replay.pools == live.pools)
        #expect(replay.selfComposeUse == live.selfComposeUse && replay.drawUse == live.drawUse)
        #expect(live.pools.allSatisfy { !$0.samples.isEmpty }, "the pools' hourly samples come as events")
        #expect(
            live.selfComposeUse.values.reduce(0, +) == live.total.basicInfoCompleted,
            "every applicant with a file reported its quota use")
    }

    /// The subject an event names directly (nil for events naming only a session).
    static func subject(of kind: EngineEvent.Kind) -> Subject? {
        switch kind {
        case .applicationOpened(_, let s, _, _), .entryRefused(let s, _, _, _): s
        default: nil
        }
    }

    @Test(
        "applicants are told apart by subject: a scripted user holding a simulated applicant's VIN is counted once, as itself"
    )
    func subjectsNotVINs() throws {
        // The scripted user takes simulated applicant 2's VIN on day 1; applicant 2, arriving on day 2, is refused it.
        let (scenario, book) = try ScenarioRunnerTests.load(
            population: """
                  - cohort: owners
                    count: 5
                    user: new_vehicle_owner
                    vehicle: small_car
                    arrivals: {burst_on: 2026-12-02, pattern: office_hours}
                    registers: {share: 1, within: 2 working days}
                users:
                  - name: early
                    user: new_vehicle_owner
                    vehicle: small_car
                    in_registry: false
                    steps:
                      - {at: 2026-12-01T09:00, choose_office: chengde-main}
                      - accept_notice
                      - {submit: {vin: \(SimulationWorld.vin(2)), certificate: \(SimulationWorld.certificate(2))}}
                      - {sms: correct, expect: {stage: service_notes}}
                """, pools: "pools: [{pool: small-car, published: 5}]")
        let result = ScenarioRunner.run(scenario, book: book)
        #expect(result.passed, "\(result.steps.compactMap(\.failure))")
        let tally = result.tally
        let scripted = try #require(tally.cohortNames.firstIndex(of: "scripted users"))
        #expect(tally.cohorts[scripted].basicInfoCompleted == 1)
        #expect(tally.cohortRejections[0]["vin_belongs_to_another_user"] == 1, "\(tally.cohortRejections[0])")
        #expect(tally.cohorts[0].basicInfoCompleted == 4)
        // Five VIN files, each counted once, for the applicant whose sessions used it.
        #expect(tally.selfComposeUse.values.reduce(0, +) == 5, "\(tally.selfComposeUse)")
        #expect(tally.cohortSelfComposeUse[scripted].values.reduce(0, +) == 1)
    }
}
