import PlateRules

/// Which process is due: its group in the run and its index there.
struct Due: Sendable {
    let group: Int32
    let index: Int32
}

/// Processes of one type, each named by an index, in one array of plain values in the order they were added.
///
/// Not one boxed existential per process: a run resumes tens of millions of steps, and each step here is a direct,
/// specialised call on a value the run loop owns.
struct ProcessTable<Process: SimulationProcess> {
    /// This group's number in the run (what its `Due`s carry).
    let group: Int32
    /// Whether simultaneous processes of the group act in their index order (scripted users, in the order written);
    /// otherwise in the order they were scheduled.
    let ordered: Bool
    private(set) var processes: [Process] = []

    init(group: Int32, ordered: Bool = false, capacity: Int = 0) {
        self.group = group
        self.ordered = ordered
        processes.reserveCapacity(capacity)
    }

    /// Adds `process`, returning its index.
    mutating func add(_ process: Process) -> Int32 {
        processes.append(process)
        return Int32(processes.count - 1)
    }

    /// Schedules process `index` at `instant`, with the group's tie-break.
    func schedule(_ index: Int32, at instant: Instant, on queue: inout EventQueue<Due>) {
        queue.schedule(Due(group: group, index: index), at: instant, priority: ordered ? Int(index) : 0)
    }

    /// Resumes process `index` at `now` and schedules its next step, if it has one.
    mutating func resume(_ index: Int32, at now: Instant, in world: SimulationWorld, queue: inout EventQueue<Due>) {
        if let next = processes[Int(index)].resume(at: now, in: world) { schedule(index, at: next, on: &queue) }
    }

    /// The run ends at `now`: every process of the group leaves the platform.
    mutating func leave(at now: Instant, in world: SimulationWorld) {
        for index in processes.indices { processes[index].leave(at: now, in: world) }
    }

    /// What process `index` does in a step, in words.
    func describeStep(_ index: Int32, in world: SimulationWorld) -> String {
        processes[Int(index)].describeStep(in: world)
    }

    /// The simulated applicant's number of process `index`, when it is one.
    func applicantNumber(_ index: Int32) -> Int? { processes[Int(index)].applicantNumber }
}
