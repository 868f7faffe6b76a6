import PlateEngine
import PlateRules

extension SimulatedApplicant {
    /// On the selection screen: self-compose first unless the cohort draws only.
    mutating func select(_ screen: SelectionScreen, _ now: Instant, _ cohort: Habits, _ world: SimulationWorld)
        -> Instant?
    {
        if screen.mode == .random || cohort.mode == .randomOnly { return switchToRandom(now, cohort, world) }
        next = .compose
        return think(now, cohort)  // reads the page, then starts typing while the confirm countdown runs
    }

    /// Self-compose, typing: enters up to N numbers in order of preference (its exact wishes the keyboard offers,
    /// then numbers of its style), each taking its typing time, then confirms once the countdown has ended.
    ///
    /// A keyboard of the published pool shows what the page loaded with, so all N are typed from it at once and
    /// the confirm waits for the typing time; a live keyboard (`available`) is read again as each number is
    /// typed, one number per action. Either way others reserve numbers in between.
    mutating func compose(_ now: Instant, _ cohort: Habits, _ world: SimulationWorld) -> Instant? {
        let engine = world.engine
        guard let application, case .success(let screen) = engine.screen(application, at: now) else {
            return finish(world, at: now)
        }
        let count = min(screen.perConfirm, screen.selfComposeRemaining)
        guard count > 0 else { return switchToRandom(now, cohort, world) }
        guard case .success(var cursor) = engine.keyboardCursor(application, at: now) else {
            return switchToRandom(now, cohort, world)
        }
        let typist = world.typists[self.cohort]
        var typing: Int64 = 0
        while entered.count < count {
            guard let number = intention(typist, on: &cursor) else { break }
            entered.append(number)
            typing += typingTime(number, cohort)
            if cursor.rule == .available, entered.count < count { return now.adding(seconds: typing) }
        }
        // Nothing new to type on this keyboard: on to random, as the cohort's mode says.
        guard !entered.isEmpty else { return switchToRandom(now, cohort, world) }
        next = .confirmCompose
        let typed = now.adding(seconds: typing)
        guard let allowed = screen.confirmAllowedAt, !makes(.countdown) else { return typed }
        return max(allowed, typed)
    }

    /// The next number to enter: an exact wish the keyboard lets it type, else one of its style not entered before.
    private mutating func intention(_ typist: Typist, on cursor: inout KeyboardCursor) -> String? {
        while !wishes.isEmpty {
            let wish = wishes.removeFirst()
            // A wish the pool does not offer cannot be typed: the applicant falls back on the keyboard.
            if let typed = typist.typeExactly(wish, on: &cursor), !tried.contains(typed), !entered.contains(typed) {
                return typed
            }
        }
        return typist.type(
            on: &cursor, style: plan.style, level: Int(standard), tried: tried, entered: entered, generator: &generator)
    }

    /// Seconds to type `number` at the cohort's pace, from the applicant's own stream.
    private mutating func typingTime(_ number: String, _ cohort: Habits) -> Int64 {
        switch cohort.typing {
        case .perNumber(let range): return Int64(generator.int(in: range))
        case .perKey(let range):
            return (0..<number.utf8.count).reduce(0) { total, _ in total + Int64(generator.int(in: range)) }
        }
    }

    /// Self-compose, 确认选号: the entered numbers are checked in order; all taken costs N and sends it back to typing.
    mutating func confirmCompose(_ now: Instant, _ cohort: Habits, _ world: SimulationWorld) -> Instant? {
        let engine = world.engine
        guard let application else { return finish(world, at: now) }
        switch engine.confirmSelfCompose(application, numbers: entered, at: now) {
        case .success(let reservation):
            return reserved(reservation, cohort, world)
        case .failure(.allTaken(_, let remaining)):
            tried += entered
            entered.removeAll()
            // Told that all N are taken, it settles for less, unless it persists (the cohort's persistence).
            if !generator.chance(world.typists[self.cohort].wants.persistence), standard < .max { standard += 1 }
            if remaining > 0 {
                next = .compose
                return think(now, cohort)  // reads why, then types new numbers
            }
            // Self-compose used up: the engine moved the session to random, or to the office.
            guard engine.application(application)?.stage.name == .random, cohort.mode != .selfComposeOnly else {
                return finish(world, at: now)
            }
            next = .draw
            return think(now, cohort)
        case .failure(.notInPool(let serial, _)), .failure(.notOffered(let serial)):
            // Not on this keyboard (a wish typed before a rule changed): drop it and confirm the rest, or type anew.
            entered.removeAll { $0 == serial }
            if entered.isEmpty { next = .compose }
            return think(now, cohort)
        case .failure(let rejection):
            return recover(rejection, now, cohort, world)
        }
    }

    /// Moves to the random tab, or leaves when the cohort never draws.
    mutating func switchToRandom(_ now: Instant, _ cohort: Habits, _ world: SimulationWorld) -> Instant? {
        guard cohort.mode != .selfComposeOnly, let application else { return finish(world, at: now) }
        if world.engine.application(application)?.stage.name != .random {
            guard case .success = world.engine.switchMode(application, to: .random, at: now) else {
                return finish(world, at: now)
            }
        }
        next = .draw
        return think(now, cohort)
    }

    /// Random: draws a batch, keeps the favourite as a backup, and either confirms it or tries another batch.
    mutating func draw(_ now: Instant, _ cohort: Habits, _ world: SimulationWorld) -> Instant? {
        let engine = world.engine
        guard let application else { return finish(world, at: now) }
        let facts = world.facts(at: now)
        let withoutFour = cohort.avoidsFour && facts.withoutFourOption && !acceptsFour
        switch engine.draw(application, withoutFour: withoutFour, generator: &generator, at: now) {
        case .success(let batch):
            let typist = world.typists[self.cohort]
            guard let favourite = typist.favourite(batch.candidates),
                case .success(let backup) = engine.keepBackup(application, serial: favourite, at: now)
            else {
                return finish(world, at: now)
            }
            kept = backup.serial
            keptExpires = backup.expiresAt
            let drawsLeft = facts.draws - batch.number
            // Not one liked digit: some try another batch while draws remain.
            if typist.score(favourite) <= 0, drawsLeft > 0, generator.chance(0.5) { return think(now, cohort) }
            next = .confirmBackup
            if makes(.backup) { return backup.expiresAt.adding(seconds: 1) }
            return think(now, cohort)
        case .failure(.poolExhausted(.random)) where withoutFour:
            // No number without 4 is left: rather a 4 than no number at all.
            acceptsFour = true
            return think(now, cohort)
        case .failure(let rejection):
            return recover(rejection, now, cohort, world)
        }
    }

    /// A number is reserved: plan the registration (or the lapse and, maybe, a return while blacklisted).
    mutating func reserved(_ reservation: Reservation, _ cohort: Habits, _ world: SimulationWorld) -> Instant? {
        let at = reservation.reservedAt
        _ = finish(world, at: at)
        if plan.registers {
            next = .register
            return registrationTime(after: at, cohort, world)
        }
        guard plan.returnsWhenBlacklisted else { return nil }
        next = .comeBack
        return reservation.lapsesAt.adding(seconds: Int64(plan.returnAfterDays) * 86_400)
    }

    /// When the applicant goes to the office: a day within the cohort's delay, between 09:00 and 17:00.
    private func registrationTime(after reservedAt: Instant, _ cohort: Habits, _ world: SimulationWorld) -> Instant {
        let day = reservedAt.date(in: world.zone)
        let steps: Int =
            switch cohort.registerWithin {
            case .workingDays(let n), .days(let n): Int(plan.registerDelay * Double(n + 1))
            default: 0
            }
        let date: CivilDate =
            switch cohort.registerWithin {
            case .workingDays: steps == 0 ? day : world.date(day, plusWorkingDays: steps, at: reservedAt) ?? day
            default: day.adding(days: steps)
            }
        let at = Instant(date: date, offset: world.zone).adding(seconds: 9 * 3600 + Int64(plan.registerHour * 8 * 3600))
        return max(at, reservedAt.adding(seconds: 60))
    }
}
