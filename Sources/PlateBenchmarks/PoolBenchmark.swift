import PlateEngine
import PlateRules

/// Micro-benchmarks of one office's number pool: publication, keyboard queries, take + release, draws.
///
/// Timing reads `ContinuousClock`, which the engine itself never does: these figures describe the machine, not
/// the simulation. Run from a release build.
public enum PoolBenchmark {
    /// Measures a pool of `rules`' format and publication values grown to at least `numbers` published numbers.
    public static func run(rules: PoolRules, numbers: Int, seed: UInt64) -> [(
        name: String, nanosecondsPerOperation: Double
    )] {
        run(
            format: rules.format, segmentSize: rules.segments.size, randomOnlyFor: rules.segments.randomOnlyFor,
            firstOpenToBoth: rules.segments.firstOpenToBoth, order: rules.publish.order, batch: rules.publish.segments,
            numbers: numbers, seed: seed)
    }

    /// Measures the 承德 small-car pool (values of `Scenarios/regions/hebei-chengde.yaml`, written out here).
    public static func run(numbers: Int, seed: UInt64) -> [(name: String, nanosecondsPerOperation: Double)] {
        let shapes = ["DDDDD", "LDDDD", "DLDDD", "DDLDD", "DDDLD", "DDDDL", "LLDDD"].map {
            try! SerialShape(parsing: $0)
        }
        let format = SerialFormat(
            shapes: shapes, letters: "ABCDEFGHJKLMNPQRSTUVWXYZ", digits: "0123456789",
            forbid: [.threeIdenticalDigits], maxLetters: 2,
            withheld: ["68686", "86868", "A6868", "A8686"])
        return run(
            format: format, segmentSize: 100, randomOnlyFor: .days(7), firstOpenToBoth: true, order: .shapes,
            batch: 20, numbers: numbers, seed: seed)
    }

    static func run(
        format: SerialFormat, segmentSize: Int, randomOnlyFor: RuleDuration, firstOpenToBoth: Bool,
        order: PublishRules.Order, batch: Int, numbers: Int, seed: UInt64
    )
        -> [(name: String, nanosecondsPerOperation: Double)]
    {
        var generator = Xoshiro256(seed: seed, stream: "pool-benchmark")
        let pool = NumberPool(
            key: PoolKey(region: "bench", office: "bench", pool: "bench"), format: format,
            allocator: SegmentAllocator(format: format, segmentSize: segmentSize))
        let start = Instant(secondsSinceEpoch: 1_800_000_000)
        var figures: [(name: String, nanosecondsPerOperation: Double)] = []
        var sink = 0

        let publishing = measure {
            while pool.counts.published < numbers, pool.allocator.remaining > 0 {
                pool.publish(
                    segments: max(batch, 1), order: order, randomOnlyFor: randomOnlyFor,
                    firstOpenToBoth: firstOpenToBoth, at: start, generator: &generator)
                sink &+= pool.drainEvents().count
            }
        }
        let published = max(pool.counts.published, 1)
        figures.append(("pool: publish (per number, \(published) numbers)", publishing / Double(published)))

        let later = start.adding(seconds: NumberPool.seconds(of: randomOnlyFor) + 1)
        let opening = measure { sink &+= pool.advance(to: later).count }
        figures.append(("pool: open segments to self-compose (per number)", opening / Double(published)))

        // Prefixes of random published numbers, every length from empty to whole.
        let serials = pool.draw(count: 4096, withoutFour: false, generator: &generator)
        guard !serials.isEmpty else { return figures }
        let prefixes = serials.map { serial in
            String(serial.prefix(Int.random(in: 0...serial.count, using: &generator)))
        }
        let queries = 1_000_000
        for rule in KeyboardRule.allCases {
            let keyboard = measure {
                for i in 0..<queries {
                    sink &+= pool.keyboard(prefix: prefixes[i % prefixes.count], rule: rule).enabledKeys.count
                }
            }
            figures.append(("pool: keyboard query (\(rule.rawValue))", keyboard / Double(queries)))
        }

        let pairs = 200_000
        let takeRelease = measure {
            for i in 0..<pairs {
                guard case .success(let index) = pool.take(serials[i % serials.count], mode: .random, at: later) else {
                    continue
                }
                sink &+= pool.release(index: index, reuseAt: later, at: later).count
            }
        }
        figures.append(("pool: take + release (by serial)", takeRelease / Double(pairs)))

        let indices = serials.map { pool.index(of: $0)! }
        let byIndex = measure {
            for i in 0..<pairs {
                guard case .success(let index) = pool.take(index: indices[i % indices.count], mode: .random, at: later)
                else { continue }
                sink &+= pool.release(index: index, reuseAt: later, at: later).count
            }
        }
        figures.append(("pool: take + release (by index)", byIndex / Double(pairs)))
        let lookup = measure { for i in 0..<pairs { sink &+= pool.index(of: serials[i % serials.count]) ?? 0 } }
        figures.append(("pool: index(of:) of a serial", lookup / Double(pairs)))

        let draws = 200_000
        let drawing = measure {
            for _ in 0..<draws { sink &+= pool.draw(count: 10, withoutFour: false, generator: &generator).count }
        }
        figures.append(("pool: draw of 10", drawing / Double(draws)))
        let drawingWithoutFour = measure {
            for _ in 0..<draws { sink &+= pool.draw(count: 10, withoutFour: true, generator: &generator).count }
        }
        figures.append(("pool: draw of 10 without 4", drawingWithoutFour / Double(draws)))
        // Keeps the measured work observable so the optimiser cannot drop it.
        precondition(sink != Int.min)
        return figures
    }

    /// Wall time of `body` in nanoseconds.
    private static func measure(_ body: () -> Void) -> Double {
        let elapsed = ContinuousClock().measure(body)
        return Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
    }
}
