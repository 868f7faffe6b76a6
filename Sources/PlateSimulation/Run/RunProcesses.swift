import PlateRules

/// Every process of a run, by group: the run loop hands each `Due` here and knows no kind of process.
///
/// One value the loop owns, holding each kind in its own `ProcessTable`, rather than an array of class-held groups
/// behind `any`: a step is then a static call with no reference counting and no run-time exclusivity check, which
/// the class-held groups cost the 1M benchmark (docs/performance-log.md, 2026-12-07).
struct RunProcesses {
    static let probeGroup: Int32 = 0
    static let arrivalGroup: Int32 = 1
    static let applicantGroup: Int32 = 2
    static let scriptGroup: Int32 = 3

    var probe = ProcessTable<PoolProbe>(group: probeGroup)
    var arrivals: CohortArrivals
    var applicants: ProcessTable<SimulatedApplicant>
    /// Scripted users tie-break by their index, so simultaneous users act in the order written.
    var scripts = ProcessTable<ScriptedUserProcess>(group: scriptGroup, ordered: true)

    init(arrivals: CohortArrivals, population: Int) {
        self.arrivals = arrivals
        applicants = ProcessTable(group: Self.applicantGroup, capacity: population)
    }

    /// Resumes the process `due` names at `now`; it schedules what comes next on `queue`.
    mutating func resume(_ due: Due, at now: Instant, in world: SimulationWorld, queue: inout EventQueue<Due>) {
        switch due.group {
        case Self.applicantGroup: applicants.resume(due.index, at: now, in: world, queue: &queue)
        case Self.arrivalGroup:
            // The new applicant acts at its arrival, before anyone else due at that instant, and before the cohort's
            // next arrival is scheduled.
            let applicant = applicants.add(arrivals.arrive(due.index, at: now, in: world))
            applicants.resume(applicant, at: now, in: world, queue: &queue)
            arrivals.scheduleNext(due.index, on: &queue)
        case Self.probeGroup: probe.resume(due.index, at: now, in: world, queue: &queue)
        case Self.scriptGroup: scripts.resume(due.index, at: now, in: world, queue: &queue)
        default: preconditionFailure("no process group \(due.group)")
        }
    }

    /// The run ends at `now`: the applicants leave, then the scripted users.
    mutating func leave(at now: Instant, in world: SimulationWorld) {
        applicants.leave(at: now, in: world)
        scripts.leave(at: now, in: world)
    }

    /// What the process `due` names does in a step, in words (for a report of a broken invariant).
    func describeStep(_ due: Due, in world: SimulationWorld) -> String {
        switch due.group {
        case Self.applicantGroup: applicants.describeStep(due.index, in: world)
        case Self.arrivalGroup: arrivals.describeStep(due.index, in: world)
        case Self.probeGroup: probe.describeStep(due.index, in: world)
        case Self.scriptGroup: scripts.describeStep(due.index, in: world)
        default: preconditionFailure("no process group \(due.group)")
        }
    }

    /// The simulated applicant's number of the process `due` names, when it is one.
    func applicantNumber(_ due: Due) -> Int? {
        due.group == Self.applicantGroup ? applicants.applicantNumber(due.index) : nil
    }
}
