import PlateRules
import Testing

@testable import PlateEngine

/// The engine's own checks of its books (`--check-invariants`): each finds the breach it is for, broken on purpose.
@Suite("Engine invariant checks")
struct InvariantCheckTests {
    static let car = PoolKey(region: "test", office: "main", pool: "car")

    @Test("sound books pass both checks, after a reservation too")
    func soundBooks() throws {
        let (engine, sms) = EngineFixture.engine()
        var driver = Driver(engine: engine, sms: sms)
        let id = try driver.selection()
        _ = try engine.confirmSelfCompose(id, numbers: ["A01"], at: driver.tick(8)).get()
        #expect(engine.conservationBreach() == nil && engine.booksBreach() == nil)
    }

    @Test("conservation: a counter out of step with the others is found at once")
    func conservation() throws {
        let (engine, _) = EngineFixture.engine()
        let pool = try #require(engine.pool(Self.car))
        pool.store.counts.reserved += 1
        let breach = try #require(engine.conservationBreach())
        #expect(
            breach.description.contains("test/main/car: available") && breach.description.contains("≠ published"),
            "\(breach)")
        #expect(engine.booksBreach() == breach)
    }

    @Test("the recount: a number whose state moved without its counters is found at the end (conservation still holds)")
    func recount() throws {
        let (engine, _) = EngineFixture.engine()
        let pool = try #require(engine.pool(Self.car))
        let local = try #require(pool.store.state.indices.first { pool.store.numberState($0) == .available })
        pool.store.state[local] = NumberState.reserved.rawValue | (pool.store.state[local] & NumberState.hasFourFlag)
        #expect(engine.conservationBreach() == nil)
        let breach = try #require(engine.booksBreach())
        #expect(
            breach.description.contains("counted one by one") && breach.description.contains("the counters say"),
            "\(breach)")
    }

    @Test("no number held twice: a segment published by two offices sharing a segment source is found")
    func heldTwice() throws {
        let (engine, _) = EngineFixture.engine()
        let main = try #require(engine.pool(PoolKey(region: "test", office: "main", pool: "nev")))
        let branch = try #require(engine.pool(PoolKey(region: "test", office: "branch", pool: "nev")))
        #expect(main.allocator === branch.allocator, "the two offices share the NEV segments")
        let segment = try #require(main.publishedSegmentNumbers.first)
        _ = branch.store.segmentIndex.append(segment)
        let breach = try #require(engine.booksBreach())
        #expect(breach.description.contains("is published by both test/branch/nev and test/main/nev"), "\(breach)")
    }
}
