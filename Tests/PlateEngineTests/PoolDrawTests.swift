import Testing

@testable import PlateEngine
@testable import PlateRules

@Suite("Pool: random draws")
struct PoolDrawTests {
    /// 00…19 in one segment: two of them (04, 14) have the digit 4.
    static func twenty() -> NumberPool {
        let format = PoolFixture.format(["DD"], letters: "", digits: "0123456789")
        return PoolFixture.published(PoolFixture.rules(format, size: 20), segments: 1)
    }

    @Test func drawsAreDistinctAndAvailableAndReserveNothing() {
        let pool = PoolFixture.published(PoolFixture.rules(), segments: 6)
        for serial in ["00", "11", "A2", "B3"] { _ = pool.take(serial, mode: .random, at: PoolFixture.start) }
        _ = pool.release(index: pool.index(of: "B3")!, reuseAt: PoolFixture.at(days: 1), at: PoolFixture.start)
        let before = pool.counts
        var generator = Xoshiro256(seed: 5)
        for _ in 0..<200 {
            let drawn = pool.draw(count: 10, withoutFour: false, generator: &generator)
            #expect(drawn.count == 10 && Set(drawn).count == 10)
            for serial in drawn {
                guard case .available(_, true) = pool.availability(of: serial) else {
                    Issue.record("\(serial) drawn but not available to random")
                    continue
                }
            }
        }
        #expect(pool.counts == before)
    }

    @Test func drawsStopAtWhatIsAvailable() {
        let pool = PoolFixture.published(PoolFixture.rules(), segments: 1)
        _ = pool.take("01", mode: .random, at: PoolFixture.start)
        var generator = Xoshiro256(seed: 5)
        #expect(Set(pool.draw(count: 10, withoutFour: false, generator: &generator)) == ["00", "02", "03"])
        #expect(pool.draw(count: 0, withoutFour: false, generator: &generator).isEmpty)
        #expect(
            PoolFixture.pool(PoolFixture.rules()).draw(count: 10, withoutFour: false, generator: &generator).isEmpty)
    }

    @Test func withoutFourLeavesOutEveryNumberWithTheDigitFour() {
        let pool = Self.twenty()
        #expect(pool.counts.availableRandomWithoutFour == 18)
        var generator = Xoshiro256(seed: 9)
        let all = pool.draw(count: 100, withoutFour: true, generator: &generator)
        #expect(all.count == 18 && Set(all).count == 18 && !all.contains { $0.contains("4") })
        for _ in 0..<100 {
            #expect(!pool.draw(count: 10, withoutFour: true, generator: &generator).contains { $0.contains("4") })
        }
        // Taking a four-free number shrinks only the four-free part; taking 04 only the rest.
        _ = pool.take("13", mode: .random, at: PoolFixture.start)
        _ = pool.take("04", mode: .random, at: PoolFixture.start)
        #expect(pool.counts.availableRandomWithoutFour == 17 && pool.counts.availableRandom == 18)
        #expect(
            Set(pool.draw(count: 30, withoutFour: false, generator: &generator))
                == Set((0..<20).map { $0 < 10 ? "0\($0)" : "\($0)" }).subtracting(["13", "04"]))
        #expect(Set(pool.draw(count: 30, withoutFour: true, generator: &generator)).count == 17)
    }

    @Test func everyNumberTurnsUpInEveryPlaceOverManySeededDraws() {
        let pool = Self.twenty()
        var generator = Xoshiro256(seed: 2026)
        var seen = [String: [Int]]()
        let rounds = 3000
        for _ in 0..<rounds {
            for (place, serial) in pool.draw(count: 3, withoutFour: false, generator: &generator).enumerated() {
                seen[serial, default: [0, 0, 0]][place] += 1
            }
        }
        #expect(seen.count == 20)
        // Each number is expected 150 times per place; a broken sampler misses numbers or places entirely.
        for (serial, places) in seen {
            #expect(places.allSatisfy { $0 > 75 && $0 < 225 }, "\(serial): \(places)")
        }
    }

    @Test func aSeedFixesTheDraw() {
        let pool = PoolFixture.published(PoolFixture.rules(), segments: 6)
        var a = Xoshiro256(seed: 42)
        var b = Xoshiro256(seed: 42)
        var c = Xoshiro256(seed: 43)
        let first = pool.draw(count: 10, withoutFour: false, generator: &a)
        #expect(first == pool.draw(count: 10, withoutFour: false, generator: &b))
        #expect(first != pool.draw(count: 10, withoutFour: false, generator: &c))
        #expect(
            pool.drawIndices(count: 10, withoutFour: false, generator: &a)
                == pool.draw(count: 10, withoutFour: false, generator: &b).map { pool.index(of: $0)! })
    }

    @Test func largeDrawsAreDistinctToo() {
        let format = PoolFixture.format(["DDD"], letters: "", digits: "0123456789")
        let pool = PoolFixture.published(PoolFixture.rules(format, size: 100), segments: 3)
        var generator = Xoshiro256(seed: 8)
        let drawn = pool.draw(count: 150, withoutFour: false, generator: &generator)
        #expect(drawn.count == 150 && Set(drawn).count == 150)
        #expect(Set(pool.draw(count: 1000, withoutFour: false, generator: &generator)).count == 300)
    }

    @Test func samplingIsAnOrderedSampleWithoutRepeats() {
        var generator = Xoshiro256(seed: 3)
        for (k, n) in [(0, 5), (3, 3), (5, 3), (10, 1000), (40, 50), (50, 50)] {
            let picks = PoolStore.sample(k, from: n, generator: &generator)
            #expect(
                picks.count == min(k, n) && Set(picks).count == picks.count && picks.allSatisfy { (0..<n).contains($0) }
            )
        }
    }
}
