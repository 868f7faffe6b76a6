import PlateEngine
import PlateRules
import PlateScenarios

/// A run's world before it starts: the engine with its registry and pools, the tally fed its events, every process
/// of the run in its group, and the queue holding each process's first step.
struct RunSetup {
    let world: SimulationWorld
    var queue: EventQueue<Due>
    /// The run's processes, by group.
    var processes: RunProcesses

    var engine: PlateEngine { world.engine }
    var tally: RunTally { world.tally }

    /// Builds the world of `scenario` on `book` with `seed`: `onEvent` sees every engine event, `progress` the share
    /// of simulated time done (hourly, from the pool probe).
    static func build(
        _ scenario: Scenario, book: RuleBook, seed: UInt64, onEvent: ((EngineEvent) -> Void)?,
        progress: ((Double) -> Void)?
    ) -> RunSetup {
        let region = book.base.region.id
        let zone = book.base.region.utcOffset
        let cohorts = scenario.population
        // Arrivals come first: applicants who never arrive get no number, papers or memory.
        let arrivals = ScenarioRunner.arrivals(of: scenario, zone: zone, seed: seed)
        let numbering = ApplicantNumbering(arrivals: arrivals.map(\.count), users: scenario.users.map(\.name))
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

        var processes = RunProcesses(
            arrivals: CohortArrivals(
                cohorts: cohorts, instants: arrivals, firstNumber: numbering.cohorts.map(\.lowerBound), seed: seed),
            population: population)
        var queue = EventQueue<Due>(start: scenario.start)
        let probing = processes.probe.add(PoolProbe(start: scenario.start, until: scenario.until, progress: progress))
        processes.probe.schedule(probing, at: scenario.start, on: &queue)
        processes.arrivals.start(on: &queue)
        for session in sessions {
            let user = ScriptedUserProcess(session: session, cohort: cohorts.count)
            let index = processes.scripts.add(user)
            if let first = user.firstStep(after: scenario.start) {
                processes.scripts.schedule(index, at: first, on: &queue)
            }
        }
        return RunSetup(world: world, queue: queue, processes: processes)
    }
}
