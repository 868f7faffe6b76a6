import PlateEngine
import PlateRules

/// An applicant arriving on the platform: the run's own event, folded by the tally like the engine's (the engine
/// meets an applicant only at its first operation, and not at all one refused at entry before it).
struct Arrival: Sendable {
    let subject: Subject
    /// The cohort's index (the scripted users' cohort is the last).
    let cohort: Int
    let at: Instant
}

/// The cohorts' arrivals as processes, one per cohort: each arrival starts a simulated applicant, who acts at
/// once, and says when the cohort's next applicant comes.
final class CohortArrivals: ProcessGroup {
    let group: Int32
    let world: SimulationWorld
    /// Where arriving applicants start.
    let applicants: SimulatedApplicants
    /// Each cohort's arrival instants, in order.
    let instants: [[Instant]]
    /// Each cohort's first applicant number.
    let firstNumber: [Int]
    private var arrived: [Int]
    private var planStreams: [Xoshiro256]

    init(
        group: Int32, world: SimulationWorld, applicants: SimulatedApplicants, instants: [[Instant]],
        firstNumber: [Int], seed: UInt64
    ) {
        self.group = group
        self.world = world
        self.applicants = applicants
        self.instants = instants
        self.firstNumber = firstNumber
        arrived = Array(repeating: 0, count: instants.count)
        planStreams = world.cohorts.map { Xoshiro256(seed: seed, stream: "plans/" + $0.name) }
    }

    /// Schedules each cohort's first arrival.
    func start(on queue: inout EventQueue<Due>) {
        for (cohort, times) in instants.enumerated() where !times.isEmpty {
            queue.schedule(Due(group: group, index: Int32(cohort)), at: times[0])
        }
    }

    func resume(_ index: Int32, at now: Instant, queue: inout EventQueue<Due>) {
        let c = Int(index)
        let n = arrived[c]
        arrived[c] += 1
        let cohort = world.cohorts[c]
        let plan = ApplicantPlan(cohort, &planStreams[c])
        let number = firstNumber[c] + n
        let applicant = applicants.add(
            SimulatedApplicant(cohort: c, number: number, plan: plan, wishes: cohort.wants.exact))
        world.tally.fold(Arrival(subject: Subject(number), cohort: c, at: now))
        // The new applicant acts at its arrival, before anyone else due at that instant.
        applicants.resume(applicant, at: now, queue: &queue)
        if n + 1 < instants[c].count {
            queue.schedule(Due(group: group, index: index), at: instants[c][n + 1])
        }
    }

    func leave(at now: Instant) {}

    func describeStep(_ index: Int32) -> String { "an arrival of cohort '\(world.cohorts[Int(index)].name)'" }

    func applicantNumber(_ index: Int32) -> Int? { nil }
}
