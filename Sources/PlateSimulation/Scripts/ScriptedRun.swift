import PlateEngine
import PlateRules
import PlateScenarios

/// Runs a scenario's scripted users through the real engine in simulated time and checks each step.
public enum ScriptedRun {
    /// The vehicle and account of each scripted user, generated deterministically where the script leaves them out;
    /// their subjects are numbered from `firstSubject` (after the simulated applicants).
    static func sessions(for scenario: Scenario, region: String, seed: UInt64, firstSubject: Int) -> [ScriptedSession] {
        var sessions: [ScriptedSession] = []
        for (index, script) in scenario.users.enumerated() {
            let vin = script.vin ?? VIN.withCheckDigit("LSCRPT000K" + zeroPadded(index, width: 7))!
            // Another vehicle of an earlier user's owner: the same account (`check` makes sure the owner comes first).
            let owned = script.owner.flatMap { owner in sessions.first { $0.script.name == owner }?.account }
            let account =
                owned
                ?? UserAccount(
                    subject: Subject(firstSubject + index), id: ScenarioRunner.accountID(ofScriptedUser: script.name),
                    kind: script.user, home: script.home ?? region, phone: "script-\(index)",
                    counterSigned: script.counterSigned)
            sessions.append(
                ScriptedSession(
                    script: script, account: account, region: region, vin: vin,
                    credential: Credential(.certificate, script.certificate ?? "SCRIPT" + zeroPadded(index, width: 9)),
                    time: scenario.start,
                    draws: Xoshiro256(seed: seed, stream: "scripted-draws/\(script.name)")))
        }
        return sessions
    }

    /// Registry records for the scripted users whose vehicles are registered as existing.
    static func records(_ sessions: [ScriptedSession]) -> [VehicleRecord] {
        sessions.filter(\.script.inRegistry).map {
            VehicleRecord(
                vin: $0.vin, kind: $0.script.vehicle, credentialKind: $0.credential.kind,
                credential: $0.credential.number)
        }
    }

    /// Runs the scenario and returns one report per executed scripted step.
    public static func run(_ scenario: Scenario, book: RuleBook) -> [StepReport] {
        ScenarioRunner.run(scenario, book: book).steps
    }

    static func when(_ timing: ScriptStep.Timing, previous: Instant) -> Instant {
        switch timing {
        case .at(let instant): instant
        case .after(let seconds): previous.adding(seconds: Int64(seconds))
        case .next: previous
        }
    }

}
