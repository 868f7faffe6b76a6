import PlateEngine
import PlateRules
import PlateScenarios

/// Puts the pools in the scenario's initial state: segments published before the start (so open to self-compose
/// by then, random-only periods long over), a share taken. Through the engine's set-up operations only.
enum PoolSetup {
    static func apply(_ states: [PoolState], to engine: PlateEngine, seed: UInt64, at start: Instant) {
        var generator = Xoshiro256(seed: seed, stream: "initial-pools")
        for state in states {
            for key in engine.poolKeys
            where key.pool == state.pool && (state.office == nil || key.office == state.office) {
                engine.setUpPublished(key, segments: state.published, at: start)
                guard let available = engine.pool(key)?.counts.availableRandom else { continue }
                // Numbers taken before the start were registered long ago: they never come back.
                engine.setUpTaken(
                    key, count: Int((Double(available) * state.taken).rounded()), generator: &generator, at: start)
            }
        }
    }
}
