import PlateEngine
import PlateRules
import PlateScenarios

/// An applicant arriving on the platform: the run's own event, folded by the tally like the engine's (the engine
/// meets an applicant only at its first operation, and not at all one refused at entry before it).
struct Arrival: Sendable {
    let subject: Subject
    /// The cohort's index (the scripted users' cohort is the last).
    let cohort: Int
    let at: Instant
}

/// The cohorts' arrivals, one process per cohort: each arrival brings a new simulated applicant (who acts at once),
/// and the cohort's next arrival is due at its instant.
struct CohortArrivals {
    /// Each cohort's arrival instants, in order.
    let instants: [[Instant]]
    /// Each cohort's first applicant number.
    let firstNumber: [Int]
    private var arrived: [Int]
    private var planStreams: [Xoshiro256]

    init(cohorts: [Cohort], instants: [[Instant]], firstNumber: [Int], seed: UInt64) {
        self.instants = instants
        self.firstNumber = firstNumber
        arrived = Array(repeating: 0, count: instants.count)
        planStreams = cohorts.map { Xoshiro256(seed: seed, stream: "plans/" + $0.name) }
    }

    /// Schedules each cohort's first arrival.
    func start(on queue: inout EventQueue<Due>) {
        for (cohort, times) in instants.enumerated() where !times.isEmpty {
            queue.schedule(Due(group: RunProcesses.arrivalGroup, index: Int32(cohort)), at: times[0])
        }
    }

    /// The next applicant of cohort `index` arrives at `now`: its plan is drawn from the cohort's stream and the
    /// tally sees the arrival.
    mutating func arrive(_ index: Int32, at now: Instant, in world: SimulationWorld) -> SimulatedApplicant {
        let c = Int(index)
        let n = arrived[c]
        arrived[c] += 1
        let cohort = world.cohorts[c]
        let plan = ApplicantPlan(cohort, &planStreams[c])
        let number = firstNumber[c] + n
        world.tally.fold(Arrival(subject: Subject(number), cohort: c, at: now))
        return SimulatedApplicant(cohort: c, number: number, plan: plan, wishes: cohort.wants.exact)
    }

    /// Schedules the cohort's next arrival, if one is left.
    func scheduleNext(_ index: Int32, on queue: inout EventQueue<Due>) {
        let c = Int(index)
        if arrived[c] < instants[c].count {
            queue.schedule(Due(group: RunProcesses.arrivalGroup, index: index), at: instants[c][arrived[c]])
        }
    }

    func describeStep(_ index: Int32, in world: SimulationWorld) -> String {
        "an arrival of cohort '\(world.cohorts[Int(index)].name)'"
    }
}
