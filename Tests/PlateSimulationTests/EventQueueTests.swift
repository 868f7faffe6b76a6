import Testing
import PlateRules
@testable import PlateSimulation

@Suite("Simulated time")
struct EventQueueTests {
    let t0 = Instant(iso8601: "2026-12-01T08:00+08:00")!

    @Test("events come out by instant, then priority, then scheduling order")
    func ordering() {
        var queue = EventQueue<String>(start: t0)
        queue.schedule("late", at: t0.adding(seconds: 10))
        queue.schedule("tie-second", at: t0.adding(seconds: 5))
        queue.schedule("tie-urgent", at: t0.adding(seconds: 5), priority: -1)
        queue.schedule("tie-third", at: t0.adding(seconds: 5))
        queue.schedule("first", at: t0.adding(seconds: 1))
        var order: [String] = []
        while let (_, event) = queue.next(until: t0.adding(seconds: 60)) { order.append(event) }
        #expect(order == ["first", "tie-urgent", "tie-second", "tie-third", "late"])
        #expect(queue.now == t0.adding(seconds: 10))
    }

    @Test("nothing past the limit is taken, and nothing is scheduled in the past")
    func limitsAndPast() {
        var queue = EventQueue<Int>(start: t0)
        queue.schedule(1, at: t0.adding(seconds: 100))
        #expect(queue.next(until: t0.adding(seconds: 99)) == nil)
        #expect(queue.next(until: t0.adding(seconds: 100))?.event == 1)
        queue.schedule(2, at: t0)
        #expect(queue.next(until: t0.adding(seconds: 1000))?.at == t0.adding(seconds: 100))
    }
}

@Suite("Random streams")
struct RandomStreamsTests {
    @Test("a stream's draws do not depend on how much other streams drew")
    func commonRandomNumbers() {
        var a = RandomStreams(seed: 42), b = RandomStreams(seed: 42)
        _ = b.with("choices/local owners") { g in (0..<1000).map { _ in g.next() } }
        let fromA = a.with("arrivals/local owners") { g in (0..<5).map { _ in g.next() } }
        let fromB = b.with("arrivals/local owners") { g in (0..<5).map { _ in g.next() } }
        #expect(fromA == fromB)
        #expect(a.with("arrivals/local owners") { $0.next() } != fromA[0])
    }

    @Test("different seeds and purposes give different streams; units lie in 0 ..< 1")
    func distinctStreams() {
        var a = RandomStreams(seed: 1), b = RandomStreams(seed: 2)
        #expect(a.with("x") { $0.next() } != b.with("x") { $0.next() })
        #expect(a.with("y") { $0.next() } != a.with("z") { $0.next() })
        let units = (0..<1000).map { _ in a.unit("u") }
        #expect(units.allSatisfy { (0..<1).contains($0) } && Set(units).count == 1000)
    }
}
