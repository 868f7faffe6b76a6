import PlateEngine
import PlateRules

/// Runs a scenario: simulated cohorts and scripted users through the real engine in simulated time.
///
/// One discrete-event loop ordered by (instant, priority, sequence). Arrivals, plans and each
/// applicant's choices come from their own seeded streams, so a rule change moves no arrival and
/// leaves every other applicant's intentions alone (common random numbers).
public enum ScenarioRunner {
    /// Whose turn it is: a process of the run, or the next arrival of a cohort.
    enum Due {
        /// The pool probe looks at the published pools (hourly).
        case probe
        /// The `number`-th applicant of a cohort arrives (its process is created then).
        case arrival(cohort: Int32, number: Int32)
        /// A simulated applicant acts.
        case agent(Int32)
        /// A scripted user takes its next step.
        case script(Int32)
    }

    /// The account id of simulated applicant `number` (numbered cohort by cohort, in the order written).
    public static func accountID(ofApplicant number: Int) -> String { "u" + String(number) }

    /// The account id of a scripted user.
    public static func accountID(ofScriptedUser name: String) -> String { "script:" + name }

    /// The subject of simulated applicant `number`: the number itself.
    public static func subject(ofApplicant number: Int) -> Subject { Subject(number) }

    /// How a run of `scenario` on `book` with `seed` (the scenario's when nil) numbers its applicants: it draws the
    /// arrivals, as the run does.
    public static func numbering(of scenario: Scenario, book: RuleBook, seed: UInt64? = nil) -> ApplicantNumbering {
        let arrivals = arrivals(of: scenario, zone: book.base.region.utcOffset, seed: seed ?? scenario.seed)
        return ApplicantNumbering(arrivals: arrivals.map(\.count), users: scenario.users.map(\.name))
    }

    /// Each cohort's arrival instants, from its own stream.
    static func arrivals(of scenario: Scenario, zone: UTCOffset, seed: UInt64) -> [[Instant]] {
        scenario.population.map { cohort in
            var stream = Xoshiro256(seed: seed, stream: "arrivals/" + cohort.name)
            return ArrivalSchedule.arrivals(
                of: cohort, start: scenario.start, until: scenario.until, zone: zone, generator: &stream)
        }
    }

    /// Runs `scenario` on `book`; `seed` overrides the scenario's. `onEvent` sees every engine event
    /// (for an event log); `progress` receives the share of simulated time done, hourly.
    ///
    /// With `checkInvariants` the engine's books are checked as the run goes: conservation in every office's pool
    /// (available + reserved + cooling = published) after every step of the event loop (one applicant's or scripted
    /// user's action, or the hourly pool probe, each one or two engine operations with the timed work they bring due),
    /// and at the end every pool's counters against a recount and no number held twice (`PlateEngine.booksBreach`).
    /// A breach stops the run: the result's `breach` says where.
    ///
    /// Subjects: simulated applicants are numbered from 0, cohort after cohort in the order written, whatever
    /// the order they arrive in, counting only those who arrive; scripted users follow (`ApplicantNumbering`).
    public static func run(
        _ scenario: Scenario, book: RuleBook, seed: UInt64? = nil,
        onEvent: ((EngineEvent) -> Void)? = nil, progress: ((Double) -> Void)? = nil,
        checkInvariants: Bool = false
    ) -> RunResult {
        run(
            scenario, book: book, seed: seed, onEvent: onEvent, progress: progress, checkInvariants: checkInvariants,
            afterStep: nil)
    }

    /// `run`, with `afterStep` called with the engine after every step of the loop: the tests' way to break the books
    /// on purpose and see the checks stop the run.
    static func run(
        _ scenario: Scenario, book: RuleBook, seed: UInt64?, onEvent: ((EngineEvent) -> Void)?,
        progress: ((Double) -> Void)?,
        checkInvariants: Bool, afterStep: ((PlateEngine) -> Void)?
    ) -> RunResult {
        let seed = seed ?? scenario.seed
        let region = book.base.region.id
        let zone = book.base.region.utcOffset
        let cohorts = scenario.population
        // Arrivals come first: applicants who never arrive get no number, papers or memory.
        let arrivals = arrivals(of: scenario, zone: zone, seed: seed)
        let numbering = ApplicantNumbering(arrivals: arrivals.map(\.count), users: scenario.users.map(\.name))
        let firstNumber = numbering.cohorts.map(\.lowerBound)
        let population = numbering.simulated
        let sessions = ScriptedRun.sessions(for: scenario, region: region, seed: seed, firstSubject: population)

        let (vins, certificates) = SimulationWorld.papers(count: population)
        var registry = VehicleRegistry(capacity: vins.count + sessions.count)
        for (index, cohort) in cohorts.enumerated() {
            for number in numbering.cohorts[index] {
                registry.add(
                    VehicleRecord(
                        vin: vins[number], kind: cohort.vehicle, credentialKind: .certificate,
                        credential: certificates[number]))
            }
        }
        for record in ScriptedRun.records(sessions) { registry.add(record) }
        let phones = Phones(subjects: population + sessions.count)
        let engine = PlateEngine(books: [book], registry: registry, gateway: phones, seed: seed, start: scenario.start)
        engine.keepsEventLog = false
        // The tally folds outcomes only, not stage changes or draw steps; an event log (or a trace) gets every event.
        engine.reportsStageChanges = onEvent != nil
        engine.reportsSelectionSteps = onEvent != nil
        PoolSetup.apply(scenario.pools, to: engine, seed: seed, at: scenario.start)

        let tally = RunTally(
            cohortNames: cohorts.map(\.name) + ["scripted users"], pools: engine.poolKeys, zone: zone,
            subjects: population + sessions.count)
        engine.onEvent = { (event: EngineEvent) in
            tally.fold(event)
            onEvent?(event)
        }
        let world = SimulationWorld(
            engine: engine, phones: phones, book: book, cohorts: cohorts, vins: vins, tally: tally)

        var planStreams = cohorts.map { Xoshiro256(seed: seed, stream: "plans/" + $0.name) }

        let probe = PoolProbe(start: scenario.start, until: scenario.until, progress: progress)
        var scripts = sessions.map { ScriptedUserProcess(session: $0, cohort: cohorts.count) }
        var agents: [SimulatedApplicant] = []
        agents.reserveCapacity(population)

        var queue = EventQueue<Due>(start: scenario.start)
        queue.schedule(.probe, at: scenario.start)
        for (index, times) in arrivals.enumerated() where !times.isEmpty {
            queue.schedule(.arrival(cohort: Int32(index), number: 0), at: times[0])
        }
        // Scripted users tie-break by their index, so simultaneous users act in the order written.
        for user in scripts.indices {
            if let first = scripts[user].firstStep(after: scenario.start) {
                queue.schedule(.script(Int32(user)), at: first, priority: user)
            }
        }

        while let (now, due) = queue.next(until: scenario.until) {
            switch due {
            case .probe:
                if let next = probe.resume(at: now, in: world) { queue.schedule(.probe, at: next) }
            case .arrival(let cohort, let number):
                let c = Int(cohort)
                let n = Int(number)
                let plan = ApplicantPlan(cohorts[c], &planStreams[c])
                agents.append(
                    SimulatedApplicant(
                        cohort: c, number: firstNumber[c] + n, plan: plan, wishes: cohorts[c].wants.exact))
                tally.arrive(Subject(firstNumber[c] + n), cohort: c, at: now)
                let agent = agents.count - 1
                if let next = agents[agent].resume(at: now, in: world) {
                    queue.schedule(.agent(Int32(agent)), at: next)
                }
                if n + 1 < arrivals[c].count {
                    queue.schedule(.arrival(cohort: cohort, number: number + 1), at: arrivals[c][n + 1])
                }
            case .agent(let agent):
                if let next = agents[Int(agent)].resume(at: now, in: world) { queue.schedule(due, at: next) }
            case .script(let user):
                if let next = scripts[Int(user)].resume(at: now, in: world) {
                    queue.schedule(due, at: next, priority: Int(user))
                }
            }
            afterStep?(engine)
            if checkInvariants, let breach = engine.conservationBreach() {
                let applicant: Int? = if case .agent(let agent) = due { agents[Int(agent)].number } else { nil }
                return stopped(
                    breach, at: now, after: describe(due, agents: agents, scripts: scripts, cohorts: cohorts),
                    applicant: applicant,
                    scenario: scenario, seed: seed, tally: tally, world: world)
            }
        }
        // The run ends: everyone still on the platform leaves, reporting the quota they used.
        for agent in agents.indices where agents[agent].application != nil {
            _ = agents[agent].finish(world, at: scenario.until)
        }
        for user in scripts.indices { scripts[user].session.leave(engine, at: scenario.until) }
        engine.samplePools(at: scenario.until)
        if checkInvariants, let breach = engine.booksBreach() {
            return stopped(
                breach, at: scenario.until, after: "the end of the run", applicant: nil, scenario: scenario, seed: seed,
                tally: tally, world: world)
        }
        progress?(1)
        tally.finish()
        let verdicts = scenario.expectations.map {
            RunResult.Verdict(expectation: $0, observed: tally.metric($0.metric))
        }
        return RunResult(scenario: scenario, seed: seed, tally: tally, steps: world.steps, verdicts: verdicts)
    }

    /// The result of a run stopped by a broken invariant: what was tallied so far (not a run's figures: never
    /// reported).
    private static func stopped(
        _ breach: InvariantBreach, at: Instant, after step: String, applicant: Int?, scenario: Scenario,
        seed: UInt64, tally: RunTally, world: SimulationWorld
    ) -> RunResult {
        tally.finish()
        let verdicts = scenario.expectations.map {
            RunResult.Verdict(expectation: $0, observed: tally.metric($0.metric))
        }
        var result = RunResult(scenario: scenario, seed: seed, tally: tally, steps: world.steps, verdicts: verdicts)
        result.breach = InvariantStop(breach: breach, at: at, step: step, applicant: applicant)
        return result
    }

    /// A loop step in words, for a breach report.
    private static func describe(
        _ due: Due, agents: [SimulatedApplicant], scripts: [ScriptedUserProcess], cohorts: [Cohort]
    ) -> String {
        switch due {
        case .probe: "the hourly pool probe"
        case .arrival(let cohort, _): "an arrival of cohort '\(cohorts[Int(cohort)].name)'"
        case .agent(let agent):
            "applicant \(agents[Int(agent)].number) (cohort '\(cohorts[agents[Int(agent)].cohort].name)') acted"
        case .script(let user): "scripted user '\(scripts[Int(user)].session.script.name)' took a step"
        }
    }
}
