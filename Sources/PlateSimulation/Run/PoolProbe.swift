import PlateEngine
import PlateRules

/// Looks at the published pools hourly, as someone watching 号池公示 would: the engine reports what each shows as
/// an event, which is how the tally learns availability over time. It also reports the run's progress.
struct PoolProbe: SimulationProcess {
    /// Seconds between looks.
    static let interval: Int64 = 3600
    let start: Instant
    let until: Instant
    let progress: ((Double) -> Void)?

    func resume(at now: Instant, in world: SimulationWorld) -> Instant? {
        world.engine.samplePools(at: now)
        let span = Double(max(1, until.secondsSinceEpoch - start.secondsSinceEpoch))
        progress?(Double(now.secondsSinceEpoch - start.secondsSinceEpoch) / span)
        return now.adding(seconds: Self.interval)
    }

    func describeStep(in world: SimulationWorld) -> String { "the hourly pool probe" }
}
