import Foundation
import PlateRules
import Testing

@testable import PlateEngine
@testable import PlateSimulation

/// A run that checks the engine's books (`--check-invariants`): the same figures as without, and a breach stops it
/// at the step that caused it.
@Suite("Runs checking the engine's books")
struct InvariantRunTests {
    static let metrics = [
        "applicants", "reserved", "reserved_self_compose", "reserved_random", "registered", "lapsed", "blacklisted",
    ]

    @Test("checking changes no figure, and sound books pass to the end")
    func checkingChangesNothing() throws {
        let (scenario, book) = try ScenarioRunnerTests.load(population: ScenarioRunnerTests.owners)
        let plain = ScenarioRunner.run(scenario, book: book)
        let checked = ScenarioRunner.run(scenario, book: book, checkInvariants: true)
        #expect(checked.breach == nil)
        #expect(Self.metrics.map { checked.tally.metric($0) } == Self.metrics.map { plain.tally.metric($0) })
        #expect(plain.tally.metric("reserved").map { $0 > 0 } == true, "the run reserves numbers, so the books move")
    }

    @Test("a counter broken after a step stops the run there, naming the step and the pool; unchecked, the run goes on")
    func breachStops() throws {
        let (scenario, book) = try ScenarioRunnerTests.load(population: ScenarioRunnerTests.owners)
        var steps = 0
        let breakAt50: (PlateEngine) -> Void = { engine in
            steps += 1
            if steps == 50, let key = engine.poolKeys.first { engine.pool(key)!.store.counts.cooling += 1 }
        }
        let stopped = ScenarioRunner.run(
            scenario, book: book, seed: nil, onEvent: nil, progress: nil, checkInvariants: true, afterStep: breakAt50)
        let stop = try #require(stopped.breach)
        #expect(steps == 50, "the run stopped at the step that broke the books")
        #expect(
            stop.breach.description.contains("≠ published") && stop.breach.description.contains("chengde"), "\(stop)")
        #expect(
            stop.description.hasPrefix("engine invariant broken at ")
                && (stop.step.contains("acted") || stop.step.contains("probe")), "\(stop)")
        steps = 0
        let unchecked = ScenarioRunner.run(
            scenario, book: book, seed: nil, onEvent: nil, progress: nil, checkInvariants: false, afterStep: breakAt50)
        #expect(unchecked.breach == nil && steps > 50)
    }
}
