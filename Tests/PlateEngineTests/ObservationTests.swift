import PlateRules
import Testing

@testable import PlateEngine

/// What observers learn from the engine's events alone: who (by subject), quota use as sessions close, and the pools.
@Suite("Events: subjects, quota use, pool samples")
struct ObservationTests {
    @Test("every event about a user or a VIN names the account's subject")
    func subjectsTravelInEvents() throws {
        let (engine, sms) = EngineFixture.engine()
        var driver = Driver(engine: engine, sms: sms)
        let id = try driver.selection()
        let reservation = try engine.confirmSelfCompose(id, numbers: ["A03"], at: driver.tick(8)).get()
        #expect(reservation.subject == EngineFixture.owner.subject)
        _ = try engine.register(vin: reservation.vin, at: driver.tick(3600)).get()
        let named = engine.events.compactMap { event -> Subject? in
            switch event.kind {
            case .applicationOpened(_, let s, _, _), .basicInfoCompleted(_, let s, _), .registered(let s, _, _): s
            case .reserved(let r): r.subject
            default: nil
            }
        }
        #expect(named == Array(repeating: EngineFixture.owner.subject, count: 4))
    }

    @Test("closing a session reports its VIN file's quota use; a session without a file reports none")
    func quotaUseOnClose() throws {
        let (engine, sms) = EngineFixture.engine()
        var first = Driver(engine: engine, sms: sms)
        var (b, second) = try first.rivalAfterReserving("A01", "A02")
        _ = engine.confirmSelfCompose(b, numbers: ["A01", "A02"], at: second.tick(8))
        var generator = Xoshiro256(seed: 3)
        _ = try engine.draw(b, generator: &generator, at: second.tick(1)).get()
        engine.close(b, at: second.tick(1))
        #expect(
            engine.events.last?.kind
                == .sessionClosed(b, second.user.subject, use: QuotaUse(selfComposeNumbers: 2, draws: 1)))
        #expect(engine.application(b) == nil)
        let early = try engine.open(user: second.user, region: "test", at: second.tick(1)).get()
        engine.close(early, at: second.tick(1))
        #expect(engine.events.last?.kind == .sessionClosed(early, second.user.subject, use: nil))
        engine.close(early, at: second.tick(1))
        #expect(
            engine.events.last?.kind == .sessionClosed(early, second.user.subject, use: nil),
            "closing twice reports once")
        #expect(engine.events.filter { $0.kind == .sessionClosed(early, second.user.subject, use: nil) }.count == 1)
    }

    @Test("a pool sample reports every pool's counts at the instant, after what fell due by then")
    func poolSamples() throws {
        let (engine, _) = EngineFixture.engine()
        // A10–A19 are random-only for 7 days: a sample a week later sees them open to self-compose.
        engine.samplePools(at: EngineFixture.start)
        let week = EngineFixture.start.adding(seconds: 7 * 86_400)
        engine.samplePools(at: week)
        let samples = engine.events.compactMap { event -> (PoolKey, PoolCounts, Instant)? in
            if case .pool(let key, .sampled(let counts, let at)) = event.kind { (key, counts, at) } else { nil }
        }
        #expect(samples.map(\.0) == engine.poolKeys + engine.poolKeys, "one sample per pool, in key order")
        let car = PoolKey(region: "test", office: "main", pool: "car")
        let before = try #require(samples.first { $0.0 == car })
        let after = try #require(samples.last { $0.0 == car })
        #expect(before.1.availableSelfCompose == 10 && before.2 == EngineFixture.start)
        #expect(after.1.availableSelfCompose == 20 && after.2 == week)
    }
}
