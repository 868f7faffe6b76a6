import PlateRules

/// One actor of a run, in the spirit of SimPy's processes: resumed at an instant, it acts and says when it next
/// acts (nil: never again). The runner's loop resumes whichever process is due next, whatever its kind.
protocol SimulationProcess {
    mutating func resume(at now: Instant, in world: SimulationWorld) -> Instant?
}
