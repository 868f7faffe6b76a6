import PlateEngine
import PlateRules

extension SimulatedApplicant: SimulationProcess {
    /// Longest an applicant keeps trying before giving up on the platform.
    static let patience: UInt16 = 200

    /// Takes the next action at `now`; returns when to act again, or nil when the applicant is done.
    mutating func resume(at now: Instant, in world: SimulationWorld) -> Instant? {
        actions += 1
        guard actions <= Self.patience else { return finish(world, at: now) }
        let engine = world.engine
        let cohort = world.habits[self.cohort]
        switch next {
        case .open:
            switch engine.open(user: world.account(self), region: world.region, at: now) {
            case .success(let id):
                application = id
                return proceed(.chooseOffice, now, cohort)
            case .failure:
                return finish(world, at: now)
            }
        case .chooseOffice:
            guard let office = world.office(for: self, at: now) else { return finish(world, at: now) }
            return outcome(
                engine.chooseOffice(id, office: office, vehicle: cohort.vehicle, at: now), then: .acceptNotice, now,
                cohort, world)
        case .acceptNotice:
            return outcome(engine.acceptNotice(id, at: now), then: .submit, now, cohort, world)
        case .submit:
            var vin = world.vins[number]
            if makes(.vin) { vin = Self.mistyped(vin) }
            let credential = Credential(.certificate, SimulationWorld.certificate(number))
            return outcome(
                engine.submitVehicle(id, vin: vin, credential: credential, at: now), then: .basicCode, now, cohort,
                world)
        case .basicCode:
            let code =
                makes(.sms)
                ? Phones.wrong(world.phones.code(of: Subject(number))) : world.phones.code(of: Subject(number))
            return outcome(engine.confirmBasicInfo(id, code: code, at: now), then: .startSelection, now, cohort, world)
        case .startSelection:
            switch engine.startSelection(id, at: now) {
            case .success(let check):
                next = .identityCode
                // Most wait for the countdown; a hasty one presses confirm at once.
                return makes(.countdown) ? think(now, cohort) : max(check.countdownEnds, think(now, cohort))
            case .failure(let rejection):
                return recover(rejection, now, cohort, world)
            }
        case .identityCode:
            let code =
                makes(.sms)
                ? Phones.wrong(world.phones.code(of: Subject(number))) : world.phones.code(of: Subject(number))
            switch engine.confirmIdentity(id, code: code, at: now) {
            case .success(let screen):
                return select(screen, now, cohort, world)
            case .failure(let rejection):
                return recover(rejection, now, cohort, world)
            }
        case .compose:
            return compose(now, cohort, world)
        case .confirmCompose:
            return confirmCompose(now, cohort, world)
        case .draw:
            return draw(now, cohort, world)
        case .confirmBackup:
            guard let kept else { return finish(world, at: now) }
            switch engine.confirmBackup(id, serial: kept, at: now) {
            case .success(let reservation):
                return reserved(reservation, cohort, world)
            case .failure(let rejection):
                return recover(rejection, now, cohort, world)
            }
        case .register:
            _ = engine.register(vin: world.vins[number], at: now)
            return finish(world, at: now)
        case .comeBack:
            // A lapsed applicant tries again; while blacklisted this is a blacklist hit.
            if case .success(let id) = engine.open(user: world.account(self), region: world.region, at: now) {
                engine.close(id, at: now)
            }
            next = .finished
            return nil
        case .finished:
            return nil
        }
    }

    /// The open session (every action after `open` has one).
    private var id: ApplicationID { application ?? ApplicationID(0) }

    /// Moves on to `step` after a think time.
    private mutating func proceed(_ step: Next, _ now: Instant, _ cohort: Habits) -> Instant {
        next = step
        return think(now, cohort)
    }

    /// A think time after `now`, from the applicant's own stream.
    mutating func think(_ now: Instant, _ cohort: Habits) -> Instant {
        now.adding(seconds: Int64(generator.int(in: cohort.think)))
    }

    /// On success moves on to `step`; on a rejection tries to recover.
    private mutating func outcome<T>(
        _ result: Result<T, Rejection>, then step: Next, _ now: Instant, _ cohort: Habits,
        _ world: SimulationWorld
    ) -> Instant? {
        switch result {
        case .success: proceed(step, now, cohort)
        case .failure(let rejection): recover(rejection, now, cohort, world)
        }
    }

    /// What a sensible applicant does after a rejection: wait and retry, ask for a new code, or give up.
    mutating func recover(_ rejection: Rejection, _ now: Instant, _ cohort: Habits, _ world: SimulationWorld)
        -> Instant?
    {
        switch rejection {
        case .invalidVIN, .smsCodeWrong:
            return think(now, cohort)  // types it again, correctly this time
        case .countdownRunning(let secondsLeft):
            return now.adding(seconds: Int64(secondsLeft))
        case .outsideServiceHours(let opensAt):
            guard let opensAt else { return finish(world, at: now) }
            return think(opensAt, cohort)
        case .smsCodeExpired, .smsLockedOut, .noCodeRequested:
            if case .failure(.smsResendTooSoon(let at)) = world.engine.resendCode(id, at: now) {
                return think(at, cohort)
            }
            return think(now, cohort)
        case .smsResendTooSoon(let at):
            return think(at, cohort)
        case .backupExpired, .numberNoLongerAvailable, .batchExpired:
            next = .draw
            return think(now, cohort)
        case .poolExhausted(.selfCompose), .selfComposeUsedUp:
            return switchToRandom(now, cohort, world)
        default:
            return finish(world, at: now)
        }
    }

    mutating func leave(at now: Instant, in world: SimulationWorld) {
        if application != nil { _ = finish(world, at: now) }
    }

    func describeStep(in world: SimulationWorld) -> String {
        "applicant \(number) (cohort '\(world.cohorts[cohort].name)') acted"
    }

    var applicantNumber: Int? { number }

    /// Leaves the platform at `now`; the session is closed (the VIN's file stays with the engine).
    mutating func finish(_ world: SimulationWorld, at now: Instant) -> Instant? {
        if let application { world.engine.close(application, at: now) }
        application = nil
        // A million applicants stay in memory for the run: what they typed need not.
        entered = []
        tried = []
        next = .finished
        return nil
    }

    /// A VIN with its last character changed: the check digit no longer fits.
    static func mistyped(_ vin: String) -> String {
        var characters = Array(vin)
        characters[characters.count - 1] = characters.last == "1" ? "2" : "1"
        return String(characters)
    }
}
