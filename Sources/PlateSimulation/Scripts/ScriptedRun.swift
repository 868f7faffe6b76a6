import PlateEngine
import PlateRules

/// Runs a scenario's scripted users through the real engine in simulated time and checks each step.
public enum ScriptedRun {
    /// The vehicle and account of each scripted user, generated deterministically where the script leaves them out.
    static func sessions(for scenario: Scenario, region: String) -> [ScriptedSession] {
        scenario.users.enumerated().map { index, script in
            let vin = script.vin ?? VIN.withCheckDigit("LSCRPT000K" + zeroPadded(index, width: 7))!
            let account = UserAccount(id: "script:\(script.name)", kind: script.user, home: script.home ?? region,
                                      phone: "script-\(index)", counterSigned: script.counterSigned)
            return ScriptedSession(script: script, account: account, region: region, vin: vin,
                                   credential: Credential(.certificate, script.certificate ?? "SCRIPT" + zeroPadded(index, width: 9)),
                                   time: scenario.start,
                                   draws: Xoshiro256(seed: scenario.seed, stream: "scripted-draws/\(script.name)"))
        }
    }

    /// Registry records for the scripted users whose vehicles are registered as existing.
    static func records(_ sessions: [ScriptedSession]) -> [VehicleRecord] {
        sessions.filter(\.script.inRegistry).map {
            VehicleRecord(vin: $0.vin, kind: $0.script.vehicle, credentialKind: $0.credential.kind, credential: $0.credential.number)
        }
    }

    /// Runs only the scripted users (no population) on a fresh engine; one report per executed step.
    public static func run(_ scenario: Scenario, book: RuleBook) -> [StepReport] {
        let region = book.base.region.id
        var sessions = sessions(for: scenario, region: region)
        let sms = InMemorySMSGateway()
        let engine = PlateEngine(books: [book], registry: VehicleRegistry(records(sessions)), gateway: sms,
                                 seed: scenario.seed, start: scenario.start)
        engine.keepsEventLog = false
        var queue = EventQueue<(user: Int, step: Int)>(start: scenario.start)
        for (user, session) in sessions.enumerated() where !session.script.steps.isEmpty {
            queue.schedule((user, 0), at: when(session.script.steps[0].timing, previous: scenario.start))
        }
        var reports: [StepReport] = []
        while let (at, next) = queue.next(until: scenario.until) {
            let step = sessions[next.user].script.steps[next.step]
            sessions[next.user].time = at
            let outcome = sessions[next.user].perform(step.action, engine: engine, sms: sms)
            reports.append(StepReport(user: sessions[next.user].script.name, step: next.step + 1, at: at, location: step.location,
                                      outcome: outcome, failure: step.expect.flatMap(outcome.mismatch(with:))))
            let following = next.step + 1
            if following < sessions[next.user].script.steps.count {
                let timing = sessions[next.user].script.steps[following].timing
                // A user's steps run in order: priority by user index keeps simultaneous users deterministic.
                queue.schedule((next.user, following), at: when(timing, previous: sessions[next.user].time), priority: next.user)
            }
        }
        return reports
    }

    static func when(_ timing: ScriptStep.Timing, previous: Instant) -> Instant {
        switch timing {
        case .at(let instant): instant
        case .after(let seconds): previous.adding(seconds: Int64(seconds))
        case .next: previous
        }
    }

}
