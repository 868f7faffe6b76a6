import PlateEngine
import PlateRules

/// Puts the pools in the scenario's initial state: segments published before the start (so open to self-compose
/// by then, random-only periods long over), a share taken.
enum PoolSetup {
    static func apply(_ states: [PoolState], to engine: PlateEngine, seed: UInt64, at start: Instant) {
        var generator = Xoshiro256(seed: seed, stream: "initial-pools")
        for state in states {
            for key in engine.poolKeys where key.pool == state.pool && (state.office == nil || key.office == state.office) {
                guard let pool = engine.pool(key) else { continue }
                engine.setUpPublished(key, segments: state.published, at: start)
                let taken = Int((Double(pool.counts.availableRandom) * state.taken).rounded())
                // Numbers taken before the start were registered long ago: they never come back.
                for index in pool.drawIndices(count: taken, withoutFour: false, generator: &generator) {
                    _ = pool.take(index: index, mode: .random, at: start)
                }
                _ = pool.drainEvents()
            }
        }
    }
}
