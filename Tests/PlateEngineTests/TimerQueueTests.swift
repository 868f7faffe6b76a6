import PlateRules
import Testing

@testable import PlateEngine

@Suite("Timer queue")
struct TimerQueueTests {
    @Test(
        "actions come out by instant, then in scheduling order, including those scheduled while their instant is taken")
    func order() {
        var queue = TimerQueue<Int>()
        var model: [(at: Int64, sequence: Int)] = []
        var generator = Xoshiro256(seed: 11)
        var taken: [Int] = []
        var expected: [Int] = []
        var clock: Int64 = 1_000
        for step in 0..<4000 {
            if generator.next() % 100 < 55 {
                // Few distinct instants, as lapses at midnights; some at the instant being taken.
                let at = clock + Int64(generator.next() % 4) * 100
                queue.schedule(step, at: Instant(secondsSinceEpoch: at))
                model.append((at, step))
            } else {
                let limit = clock + Int64(generator.next() % 3) * 100
                if let (at, action) = queue.next(upTo: Instant(secondsSinceEpoch: limit)) {
                    let first = model.indices.min {
                        (model[$0].at, model[$0].sequence) < (model[$1].at, model[$1].sequence)
                    }!
                    #expect(model[first].at <= limit)
                    expected.append(model.remove(at: first).sequence)
                    taken.append(action)
                    clock = at.secondsSinceEpoch
                } else {
                    #expect(!model.contains { $0.at <= limit })
                }
            }
        }
        #expect(taken == expected && taken.count > 1000)
        #expect(queue.isEmpty == model.isEmpty)
    }
}
