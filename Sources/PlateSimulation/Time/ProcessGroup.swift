import PlateRules

/// Which process is due: its group in the run and its index there.
struct Due: Sendable {
    let group: Int32
    let index: Int32
}

/// Processes of one kind, each named by an index: what the run loop resumes through `Due`.
///
/// The loop knows no kind of process: it takes the next `Due` from the queue and hands it to its group. Processes of
/// one kind live together in one array of plain values (`ProcessTable`), not one boxed existential each: a run
/// resumes tens of millions of steps, and the group dispatch costs one indirect call per step.
protocol ProcessGroup: AnyObject {
    /// Resumes process `index` at `now`; it schedules what comes next on `queue`.
    func resume(_ index: Int32, at now: Instant, queue: inout EventQueue<Due>)

    /// The run ends at `now`: every process of the group leaves the platform.
    func leave(at now: Instant)

    /// What process `index` does in a step, in words.
    func describeStep(_ index: Int32) -> String

    /// The simulated applicant's number of process `index`, when it is one.
    func applicantNumber(_ index: Int32) -> Int?
}

/// A group of processes of one type, in one array of plain values in the order they were added.
///
/// A protocol that each group's small final class adopts (`PoolProbes`, `SimulatedApplicants`, `ScriptedUsers`),
/// not one generic class: the loop reaches a group through `any ProcessGroup`, and a generic class's conformance
/// runs its unspecialised code there, with value witnesses at every step (docs/performance-log.md, 2026-12-07).
protocol ProcessTable: ProcessGroup {
    associatedtype Process: SimulationProcess
    /// This group's number in the run (what its `Due`s carry).
    var group: Int32 { get }
    /// Whether simultaneous processes of the group act in their index order (scripted users, in the order written);
    /// otherwise in the order they were scheduled.
    static var ordered: Bool { get }
    var world: SimulationWorld { get }
    var processes: [Process] { get set }
}

extension ProcessTable {
    /// Adds `process`, returning its index.
    func add(_ process: Process) -> Int32 {
        processes.append(process)
        return Int32(processes.count - 1)
    }

    /// Schedules process `index` at `instant`, with the group's tie-break.
    func schedule(_ index: Int32, at instant: Instant, on queue: inout EventQueue<Due>) {
        queue.schedule(Due(group: group, index: index), at: instant, priority: Self.ordered ? Int(index) : 0)
    }

    func resume(_ index: Int32, at now: Instant, queue: inout EventQueue<Due>) {
        if let next = processes[Int(index)].resume(at: now, in: world) { schedule(index, at: next, on: &queue) }
    }

    func leave(at now: Instant) {
        for index in processes.indices { processes[index].leave(at: now, in: world) }
    }

    func describeStep(_ index: Int32) -> String { processes[Int(index)].describeStep(in: world) }

    func applicantNumber(_ index: Int32) -> Int? { processes[Int(index)].applicantNumber }
}

/// The run's hourly pool probe, as a group of one.
final class PoolProbes: ProcessTable {
    static let ordered = false
    let group: Int32
    let world: SimulationWorld
    var processes: [PoolProbe] = []

    init(group: Int32, world: SimulationWorld) {
        self.group = group
        self.world = world
    }
}

/// The simulated applicants who have arrived, numbered in the order they arrived.
final class SimulatedApplicants: ProcessTable {
    static let ordered = false
    let group: Int32
    let world: SimulationWorld
    var processes: [SimulatedApplicant] = []

    init(group: Int32, world: SimulationWorld, capacity: Int) {
        self.group = group
        self.world = world
        processes.reserveCapacity(capacity)
    }
}

/// The scripted users, who tie-break by their index so that simultaneous users act in the order written.
final class ScriptedUsers: ProcessTable {
    static let ordered = true
    let group: Int32
    let world: SimulationWorld
    var processes: [ScriptedUserProcess] = []

    init(group: Int32, world: SimulationWorld) {
        self.group = group
        self.world = world
    }
}
