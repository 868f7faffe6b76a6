extension PoolStore {
    /// Draws `k` distinct numbers uniformly among those available to random (only those without the
    /// digit 4 when `withoutFour`), fewer when fewer exist; in draw order. Reserves nothing.
    func draw(count k: Int, withoutFour: Bool, generator: inout Xoshiro256) -> [String] {
        drawLocals(count: k, withoutFour: withoutFour, generator: &generator).map { serialText[$0] }
    }

    /// `draw(count:withoutFour:generator:)` returning global indices; O(k) expected, never scans the pool.
    func drawIndices(count k: Int, withoutFour: Bool, generator: inout Xoshiro256) -> [Int] {
        drawLocals(count: k, withoutFour: withoutFour, generator: &generator).map(globalIndex(ofLocal:))
    }

    /// The draw as local positions, lazily: each caller maps them once to what it returns.
    private func drawLocals(count k: Int, withoutFour: Bool, generator: inout Xoshiro256) -> LazyMapSequence<[Int], Int>
    {
        let population = withoutFour ? randomAvailable.preferredCount : randomAvailable.count
        return Self.sample(k, from: population, generator: &generator).lazy.map { [randomAvailable] in
            Int(randomAvailable.members[$0])
        }
    }

    /// `min(k, n)` distinct positions of `0..<n`, each ordered sample equally likely: a Fisher–Yates
    /// shuffle stopped after `k` steps, recording only the swapped places instead of copying the array.
    static func sample(_ k: Int, from n: Int, generator: inout Xoshiro256) -> [Int] {
        let k = min(max(k, 0), n)
        var picks: [Int] = []
        picks.reserveCapacity(k)
        // Few picks: a linear list of swaps beats hashing; many: a dictionary keeps it O(k).
        if k <= 32 {
            // On the stack: a draw of ten candidates allocated more for this list than for its result.
            withUnsafeTemporaryAllocation(of: (position: Int, value: Int).self, capacity: max(k, 1)) { swapped in
                var count = 0
                func value(at p: Int) -> Int {
                    var s = count - 1
                    while s >= 0 {
                        if swapped[s].position == p { return swapped[s].value }
                        s -= 1
                    }
                    return p
                }
                for i in 0..<k {
                    let j = Int.random(in: i..<n, using: &generator)
                    picks.append(value(at: j))
                    swapped.initializeElement(at: count, to: (j, value(at: i)))
                    count += 1
                }
            }
        } else {
            var swapped: [Int: Int] = [:]
            for i in 0..<k {
                let j = Int.random(in: i..<n, using: &generator)
                picks.append(swapped[j] ?? j)
                swapped[j] = swapped[i] ?? i
            }
        }
        return picks
    }
}
