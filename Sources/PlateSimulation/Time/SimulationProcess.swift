import PlateRules

/// One actor of a run, in the spirit of SimPy's processes: resumed at an instant, it acts and says when it next
/// acts (nil: never again). The runner's loop resumes whichever process is due next, whatever its kind.
protocol SimulationProcess {
    /// Acts at `now` and says when it next acts (nil: never again).
    mutating func resume(at now: Instant, in world: SimulationWorld) -> Instant?

    /// The run ends at `now`: a process still on the platform leaves it (reporting the quota it used).
    mutating func leave(at now: Instant, in world: SimulationWorld)

    /// What the process does in a step, in words, for a report of a broken invariant.
    func describeStep(in world: SimulationWorld) -> String

    /// The simulated applicant's number, for processes that are one.
    var applicantNumber: Int? { get }
}

extension SimulationProcess {
    mutating func leave(at now: Instant, in world: SimulationWorld) {}
    var applicantNumber: Int? { nil }
}
