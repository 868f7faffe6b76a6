import PlateEngine
import PlateRules

/// A scripted user as a process of the run: each resume performs its next step (reporting it in the world),
/// and says when the step after it is due.
struct ScriptedUserProcess: SimulationProcess {
    var session: ScriptedSession
    /// The cohort index the scripted users share in the tally (after the simulated cohorts).
    let cohort: Int
    /// The next step to perform.
    var next = 0
    /// Whether the user has shown up (at its first step, even one put off).
    var arrived = false

    /// When the first step is due; nil for a user without steps.
    func firstStep(after start: Instant) -> Instant? {
        session.script.steps.first.map { ScriptedRun.when($0.timing, previous: start) }
    }

    mutating func resume(at now: Instant, in world: SimulationWorld) -> Instant? {
        if !arrived {
            arrived = true
            // Another vehicle of an owner already counted: one applicant, one account.
            if session.script.owner == nil {
                world.tally.fold(Arrival(subject: session.account.subject, cohort: cohort, at: now))
            }
        }
        let step = session.script.steps[next]
        if case .sms(.late) = step.action, !session.lateDeferred {
            // A late entry happens once the code has expired: put the step off, leaving the engine's clock alone.
            session.lateDeferred = true
            return now.adding(seconds: Int64(world.book.rules(at: now).verification.sms.validFor))
        }
        session.lateDeferred = false
        session.time = now
        var outcome = session.perform(step.action, engine: world.engine, sms: world.phones)
        session.look(step.expect, engine: world.engine, into: &outcome)
        world.steps.append(
            StepReport(
                user: session.script.name, step: next + 1, at: now, location: step.location, outcome: outcome,
                checked: step.expect != nil, failure: step.expect.flatMap(outcome.mismatch(with:))))
        next += 1
        // A user's steps run in order, each timed from the user's own clock (a `wait` moves only that).
        guard next < session.script.steps.count else { return nil }
        return ScriptedRun.when(session.script.steps[next].timing, previous: session.time)
    }

    mutating func leave(at now: Instant, in world: SimulationWorld) { session.leave(world.engine, at: now) }

    func describeStep(in world: SimulationWorld) -> String { "scripted user '\(session.script.name)' took a step" }
}
