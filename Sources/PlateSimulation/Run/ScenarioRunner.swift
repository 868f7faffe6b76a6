import PlateEngine
import PlateRules

/// Runs a scenario: simulated cohorts and scripted users through the real engine in simulated time.
///
/// One discrete-event loop ordered by (instant, priority, sequence). Arrivals, plans and each
/// applicant's choices come from their own seeded streams, so a rule change moves no arrival and
/// leaves every other applicant's intentions alone (common random numbers).
public enum ScenarioRunner {
    /// What the loop does next.
    enum Due {
        /// Records the pools' available numbers (hourly).
        case probe
        /// The `number`-th applicant of a cohort arrives.
        case arrival(cohort: Int32, number: Int32)
        /// A simulated applicant acts.
        case agent(Int32)
        /// A scripted user's step.
        case script(user: Int32, step: Int32)
    }

    /// The account id of simulated applicant `number` (numbered cohort by cohort, in the order written).
    public static func accountID(ofApplicant number: Int) -> String { SimulationWorld.userID(number) }

    /// The account id of a scripted user.
    public static func accountID(ofScriptedUser name: String) -> String { "script:" + name }

    /// Seconds between samples of the pools.
    static let probeInterval: Int64 = 3600

    /// Runs `scenario` on `book`; `seed` overrides the scenario's. `onEvent` sees every engine event
    /// (for an event log); `progress` receives the share of simulated time done, hourly.
    public static func run(_ scenario: Scenario, book: RuleBook, seed: UInt64? = nil,
                           onEvent: ((EngineEvent) -> Void)? = nil, progress: ((Double) -> Void)? = nil) -> RunResult {
        let seed = seed ?? scenario.seed
        let region = book.base.region.id, zone = book.base.region.utcOffset
        let cohorts = scenario.population
        // Every simulated applicant's number is fixed by its cohort and place in it, whatever the arrival order.
        var firstNumber: [Int] = [0]
        for cohort in cohorts { firstNumber.append(firstNumber.last! + cohort.count) }
        var scripts = ScriptedRun.sessions(for: scenario, region: region, seed: seed)

        let (vins, certificates) = SimulationWorld.papers(count: firstNumber.last!)
        var registry = VehicleRegistry(capacity: vins.count + scripts.count)
        for (index, cohort) in cohorts.enumerated() {
            for number in firstNumber[index]..<firstNumber[index + 1] {
                registry.add(VehicleRecord(vin: vins[number], kind: cohort.vehicle, credentialKind: .certificate,
                                           credential: certificates[number]))
            }
        }
        for record in ScriptedRun.records(scripts) { registry.add(record) }
        let phones = Phones(population: vins.count)
        let engine = PlateEngine(books: [book], registry: registry, gateway: phones, seed: seed, start: scenario.start)
        engine.keepsEventLog = false
        // The tally folds outcomes only, not stage changes or selection steps; an event log (or a trace) gets every event.
        engine.reportsStageChanges = onEvent != nil
        engine.reportsSelectionSteps = onEvent != nil
        PoolSetup.apply(scenario.pools, to: engine, seed: seed, at: scenario.start)

        let tally = RunTally(cohortNames: cohorts.map(\.name) + ["scripted users"], pools: engine.poolKeys, zone: zone,
                             population: vins.count)
        engine.onEvent = { event in
            tally.fold(event)
            onEvent?(event)
        }
        let world = SimulationWorld(engine: engine, phones: phones, book: book, cohorts: cohorts, vins: vins)

        var arrivals: [[Instant]] = []
        var planStreams: [Xoshiro256] = []
        for cohort in cohorts {
            var stream = Xoshiro256(seed: seed, stream: "arrivals/" + cohort.name)
            arrivals.append(ArrivalSchedule.arrivals(of: cohort, start: scenario.start, until: scenario.until, zone: zone, generator: &stream))
            planStreams.append(Xoshiro256(seed: seed, stream: "plans/" + cohort.name))
        }

        var queue = EventQueue<Due>(start: scenario.start)
        queue.schedule(.probe, at: scenario.start)
        for (index, times) in arrivals.enumerated() where !times.isEmpty {
            queue.schedule(.arrival(cohort: Int32(index), number: 0), at: times[0])
        }
        for (user, session) in scripts.enumerated() where !session.script.steps.isEmpty {
            queue.schedule(.script(user: Int32(user), step: 0), at: ScriptedRun.when(session.script.steps[0].timing, previous: scenario.start))
        }

        var agents: [SimulatedApplicant] = []
        agents.reserveCapacity(arrivals.reduce(0) { $0 + $1.count })
        var steps: [StepReport] = []
        var arrivedScripts = Set<Int>()
        let span = Double(max(1, scenario.until.secondsSinceEpoch - scenario.start.secondsSinceEpoch))

        func schedule(_ agent: Int, _ when: Instant?) {
            if let when { queue.schedule(.agent(Int32(agent)), at: when) }
        }
        while let (now, due) = queue.next(until: scenario.until) {
            switch due {
            case .probe:
                tally.sample(engine, at: now)
                progress?(Double(now.secondsSinceEpoch - scenario.start.secondsSinceEpoch) / span)
                queue.schedule(.probe, at: now.adding(seconds: probeInterval))
            case .arrival(let cohort, let number):
                let c = Int(cohort), n = Int(number)
                let applicantNumber = firstNumber[c] + n
                let plan = ApplicantPlan(cohorts[c], &planStreams[c])
                agents.append(SimulatedApplicant(cohort: c, number: applicantNumber, plan: plan, wishes: cohorts[c].wants.exact))
                tally.arrive(applicant: applicantNumber, cohort: c, at: now)
                let agent = agents.count - 1
                schedule(agent, agents[agent].act(at: now, in: world))
                if n + 1 < arrivals[c].count {
                    queue.schedule(.arrival(cohort: cohort, number: number + 1), at: arrivals[c][n + 1])
                }
            case .agent(let agent):
                schedule(Int(agent), agents[Int(agent)].act(at: now, in: world))
            case .script(let userIndex, let stepIndex):
                let user = Int(userIndex), index = Int(stepIndex)
                if arrivedScripts.insert(user).inserted {
                    tally.arrive(user: scripts[user].account.id, vin: scripts[user].vin, cohort: cohorts.count, at: now)
                }
                let step = scripts[user].script.steps[index]
                if case .sms(.late) = step.action, !scripts[user].lateDeferred {
                    // A late entry happens once the code has expired: put the step off, leaving the engine's clock alone.
                    scripts[user].lateDeferred = true
                    let validFor = book.rules(at: now).verification.sms.validFor
                    queue.schedule(due, at: now.adding(seconds: Int64(validFor)), priority: user)
                    continue
                }
                scripts[user].lateDeferred = false
                scripts[user].time = now
                let outcome = scripts[user].perform(step.action, engine: engine, sms: phones)
                steps.append(StepReport(user: scripts[user].script.name, step: index + 1, at: now, location: step.location,
                                        outcome: outcome, checked: step.expect != nil,
                                        failure: step.expect.flatMap(outcome.mismatch(with:))))
                if index + 1 < scripts[user].script.steps.count {
                    let timing = scripts[user].script.steps[index + 1].timing
                    // A user's steps run in order; priority by user index keeps simultaneous users deterministic.
                    queue.schedule(.script(user: userIndex, step: stepIndex + 1),
                                   at: ScriptedRun.when(timing, previous: scripts[user].time), priority: user)
                }
            }
        }
        engine.advance(to: scenario.until)
        tally.sample(engine, at: scenario.until)
        progress?(1)
        tally.noteQuotaUse(engine)
        let verdicts = scenario.expectations.map { RunResult.Verdict(expectation: $0, observed: tally.metric($0.metric)) }
        return RunResult(scenario: scenario, seed: seed, tally: tally, steps: steps, verdicts: verdicts)
    }
}
