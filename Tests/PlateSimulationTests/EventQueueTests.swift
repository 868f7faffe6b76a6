import PlateEngine
import PlateRules
import Testing

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

    @Test("events soon and days ahead come out in one order, as a sorted list would give them")
    func soonAndLaterInterleave() {
        var queue = EventQueue<Int>(start: t0)
        var model: [(at: Int64, priority: Int, sequence: Int)] = []
        var generator = Xoshiro256(seed: 7)
        var now = t0.secondsSinceEpoch
        var taken: [Int] = []
        var expected: [Int] = []
        for step in 0..<5000 {
            if generator.chance(0.6) {
                // Seconds to days ahead, some in the past, on both sides of the queue's horizon.
                let ahead =
                    [Int64(-30), 0, 5, 59, 60, 61, 3600, 86_400 * 3][generator.int(in: 0...7)]
                    + Int64(generator.int(in: 0...3))
                let priority = generator.int(in: -2...2)
                queue.schedule(step, at: Instant(secondsSinceEpoch: now + ahead), priority: priority)
                model.append((max(now, now + ahead), priority, step))
            } else if let (at, event) = queue.next(until: Instant(secondsSinceEpoch: now + 86_400 * 10)) {
                taken.append(event)
                let first = model.indices.min {
                    (model[$0].at, model[$0].priority, model[$0].sequence) < (
                        model[$1].at, model[$1].priority, model[$1].sequence
                    )
                }!
                expected.append(model.remove(at: first).sequence)
                #expect(at.secondsSinceEpoch >= now)
                now = at.secondsSinceEpoch
            }
        }
        #expect(taken == expected && taken.count > 1000)
        #expect(queue.count == model.count)
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
    @Test("a purpose's stream does not depend on how much other streams drew")
    func commonRandomNumbers() {
        var other = Xoshiro256(seed: 42, stream: "plans/local owners")
        _ = (0..<1000).map { _ in other.next() }
        var a = Xoshiro256(seed: 42, stream: "arrivals/local owners")
        var b = Xoshiro256(seed: 42, stream: "arrivals/local owners")
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
    }

    @Test("different seeds and purposes give different streams; units lie in 0 ..< 1, ints in their range")
    func distinctStreams() {
        var a = Xoshiro256(seed: 1, stream: "x")
        var b = Xoshiro256(seed: 2, stream: "x")
        var c = Xoshiro256(seed: 1, stream: "y")
        #expect(a.next() != b.next())
        #expect(a.next() != c.next())
        let units = (0..<1000).map { _ in a.unit() }
        #expect(units.allSatisfy { (0..<1).contains($0) } && Set(units).count == 1000)
        let ints = (0..<1000).map { _ in a.int(in: 3...5) }
        #expect(Set(ints) == [3, 4, 5])
        #expect(!(0..<100).contains { _ in a.chance(0) })
    }
}
