import PlateEngine
import PlateRules
import PlateScenarios

/// Runs a scenario: simulated cohorts and scripted users through the real engine in simulated time.
///
/// One discrete-event loop ordered by (instant, priority, sequence). Arrivals, plans and each
/// applicant's choices come from their own seeded streams, so a rule change moves no arrival and
/// leaves every other applicant's intentions alone (common random numbers).
public enum ScenarioRunner {
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
        var setup = RunSetup.build(scenario, book: book, seed: seed, onEvent: onEvent, progress: progress)
        let (engine, world, tally) = (setup.engine, setup.world, setup.tally)
        while let (now, due) = setup.queue.next(until: scenario.until) {
            setup.processes.resume(due, at: now, in: world, queue: &setup.queue)
            afterStep?(engine)
            if checkInvariants, let breach = engine.conservationBreach() {
                return stopped(
                    breach, at: now, after: setup.processes.describeStep(due, in: world),
                    applicant: setup.processes.applicantNumber(due), scenario: scenario, seed: seed, tally: tally,
                    world: world)
            }
        }
        // The run ends: everyone still on the platform leaves, reporting the quota they used.
        setup.processes.leave(at: scenario.until, in: world)
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
}
