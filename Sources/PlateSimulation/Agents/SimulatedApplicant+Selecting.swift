import PlateEngine
import PlateRules

extension SimulatedApplicant {
    /// On the selection screen: self-compose first unless the cohort draws only.
    mutating func select(_ screen: SelectionScreen, _ now: Instant, _ cohort: Habits, _ world: SimulationWorld) -> Instant? {
        if screen.mode == .random || cohort.mode == .randomOnly { return switchToRandom(now, cohort, world) }
        next = .compose
        return composeTime(screen.confirmAllowedAt, now, cohort)
    }

    /// When the applicant presses confirm: after typing, and after the countdown unless it misses it.
    private mutating func composeTime(_ allowed: Instant?, _ now: Instant, _ cohort: Habits) -> Instant {
        let typed = think(now, cohort)
        guard let allowed, !makes(.countdown) else { return typed }
        return max(allowed, typed)
    }

    /// Self-compose: enters its wanted serials first, then one number typed on the keyboard, and confirms them in order.
    ///
    /// One typed number is all that can matter: the keyboard completes only numbers available to self-compose,
    /// and here typing and confirming happen at one instant, so the first typed number is always reserved and
    /// anything typed after it would never be tried.
    mutating func compose(_ now: Instant, _ cohort: Habits, _ world: SimulationWorld) -> Instant? {
        let engine = world.engine
        guard let application, case .success(let screen) = engine.screen(application, at: now) else { return finish(world) }
        let count = min(screen.perConfirm, screen.selfComposeRemaining)
        guard count > 0 else { return switchToRandom(now, cohort, world) }
        var numbers: [String] = []
        while numbers.count < count, !wishes.isEmpty { numbers.append(wishes.removeFirst()) }
        if numbers.count < count, case .success(var keyboard) = engine.keyboardCursor(application),
           let typed = world.typists[self.cohort].type(on: &keyboard, pattern: plan.pattern, birthday: numbers.isEmpty ? plan.birthday : nil,
                                                       excluding: numbers, generator: &generator) {
            numbers.append(typed)
        }
        guard !numbers.isEmpty else { return switchToRandom(now, cohort, world) }
        switch engine.confirmSelfCompose(application, numbers: numbers, at: now) {
        case .success(let reservation):
            return reserved(reservation, cohort, world)
        case .failure(.allTaken(_, let remaining)):
            if remaining > 0 {
                let allowed = engine.application(application)?.confirmAllowedAt
                return composeTime(allowed, now, cohort)
            }
            // Self-compose used up: the engine moved the session to random or to the office.
            guard engine.application(application)?.stage.name == .random, cohort.mode != .selfComposeOnly else { return finish(world) }
            next = .draw
            return think(now, cohort)
        case .failure(.notInPool):
            wishes.removeAll()  // a wanted serial this pool does not have: type on the keyboard instead
            return think(now, cohort)
        case .failure(let rejection):
            return recover(rejection, now, cohort, world)
        }
    }

    /// Moves to the random tab, or leaves when the cohort never draws.
    mutating func switchToRandom(_ now: Instant, _ cohort: Habits, _ world: SimulationWorld) -> Instant? {
        guard cohort.mode != .selfComposeOnly, let application else { return finish(world) }
        if world.engine.application(application)?.stage.name != .random {
            guard case .success = world.engine.switchMode(application, to: .random, at: now) else { return finish(world) }
        }
        next = .draw
        return think(now, cohort)
    }

    /// Random: draws a batch, keeps the favourite as a backup, and either confirms it or tries another batch.
    mutating func draw(_ now: Instant, _ cohort: Habits, _ world: SimulationWorld) -> Instant? {
        let engine = world.engine
        guard let application else { return finish(world) }
        let facts = world.facts(at: now)
        let withoutFour = cohort.avoidsFour && facts.withoutFourOption && !acceptsFour
        switch engine.draw(application, withoutFour: withoutFour, generator: &generator, at: now) {
        case .success(let batch):
            let typist = world.typists[self.cohort]
            guard let favourite = typist.favourite(batch.candidates),
                  case .success(let backup) = engine.keepBackup(application, serial: favourite, at: now) else {
                return finish(world)
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
        _ = finish(world)
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
        let steps: Int = switch cohort.registerWithin {
        case .workingDays(let n), .days(let n): Int(plan.registerDelay * Double(n + 1))
        default: 0
        }
        let date: CivilDate = switch cohort.registerWithin {
        case .workingDays: steps == 0 ? day : world.date(day, plusWorkingDays: steps, at: reservedAt) ?? day
        default: day.adding(days: steps)
        }
        let at = Instant(date: date, offset: world.zone).adding(seconds: 9 * 3600 + Int64(plan.registerHour * 8 * 3600))
        return max(at, reservedAt.adding(seconds: 60))
    }
}
