import PlateRules

/// The phase-2 selection screen: mode, chances left and when "confirm" becomes usable.
public struct SelectionScreen: Hashable, Sendable {
    public let mode: SelectionMode
    public let selfComposeRemaining: Int
    /// N: the most numbers that may be entered at once.
    public let perConfirm: Int
    public let drawsRemaining: Int
    public let confirmAllowedAt: Instant?
}

/// Phase 2 step 1 as shown: the identity SMS and when its confirm button unlocks.
public struct IdentityCheck: Hashable, Sendable {
    public let code: CodeSent
    public let countdownEnds: Instant
}

extension PlateEngine {
    /// "Start selection" (开始选号): phase 2 step 1 sends the identity SMS and starts the confirm countdown.
    public func startSelection(_ id: ApplicationID, at instant: Instant) -> Result<IdentityCheck, Rejection> {
        step(id, at: instant) { startSelection(&$0, at: instant) }
    }

    func startSelection(_ app: inout Application, at instant: Instant) -> Result<IdentityCheck, Rejection> {
        if let wrong = require(app, .serviceNotes) { return .failure(wrong) }
        let rules = rules(of: app, at: instant)
        if let refused = requirePhaseTwo(&app, rules, at: instant) { return .failure(refused) }
        guard let left = remaining(app, rules) else { return .failure(.wrongStep(expected: [.serviceNotes], current: app.stage.name)) }
        if left.selfCompose == 0, left.draws == 0 {
            app.stage = .goToOffice
            if !app.practice { emit(instant, .sentToOffice(app.id)) }
            return .failure(.goToOffice)
        }
        app.sms = SMSChallenge(purpose: .identity)
        return sendCode(&app, rules: rules, at: instant).map { sent in
            let ends = instant.adding(seconds: Int64(rules.verification.identityCountdown))
            app.stage = .identityCheck(countdownEnds: ends)
            return IdentityCheck(code: sent, countdownEnds: ends)
        }
    }

    /// Phase 2 step 1: confirm the identity code once the countdown has ended; opens the selection screen.
    public func confirmIdentity(_ id: ApplicationID, code: String, at instant: Instant) -> Result<SelectionScreen, Rejection> {
        let result = step(id, at: instant) { confirmIdentity(&$0, code: code, at: instant) }
        if case .success = result { emit(instant, .identityConfirmed(id)) }
        return result
    }

    func confirmIdentity(_ app: inout Application, code: String, at instant: Instant) -> Result<SelectionScreen, Rejection> {
        guard case .identityCheck(let ends) = app.stage else { return .failure(.wrongStep(expected: [.identityCheck], current: app.stage.name)) }
        let rules = rules(of: app, at: instant)
        if let refused = requirePhaseTwo(&app, rules, at: instant) { return .failure(refused) }
        if instant < ends { return .failure(.countdownRunning(secondsLeft: Int(ends.secondsSinceEpoch - instant.secondsSinceEpoch))) }
        if case .failure(let rejection) = app.sms.verify(code, rules: rules.verification.sms, at: instant) { return .failure(rejection) }
        app.confirmAllowedAt = instant.adding(seconds: Int64(rules.selfCompose.confirmInterval))
        if remaining(app, rules)!.selfCompose > 0 {
            app.stage = .selecting(.selfCompose)
        } else {
            routeAfterSelfComposeUsedUp(&app, rules: rules, at: instant)
        }
        return .success(screen(app, rules))
    }

    /// The selection screen of a session now.
    public func screen(_ id: ApplicationID, at instant: Instant) -> Result<SelectionScreen, Rejection> {
        guard let slot = sessions.slot(of: id) else { return .failure(.unknownApplication) }
        return .success(screen(sessions[slot: slot], rules(of: sessions[slot: slot], at: instant)))
    }

    func screen(_ app: Application, _ rules: RulesInForce) -> SelectionScreen {
        let left = remaining(app, rules) ?? (selfCompose: rules.selfCompose.total, draws: rules.random.draws)
        let mode: SelectionMode = if case .selecting(let m) = app.stage { m } else { .selfCompose }
        return SelectionScreen(mode: mode, selfComposeRemaining: left.selfCompose, perConfirm: rules.selfCompose.perConfirm,
                               drawsRemaining: left.draws, confirmAllowedAt: app.confirmAllowedAt)
    }

    /// The chances left on a session's VIN file, read in place; nil before the file exists.
    func remaining(_ app: Application, _ rules: RulesInForce) -> (selfCompose: Int, draws: Int)? {
        let used: (selfCompose: Int, draws: Int)?
        if app.practice {
            used = app.practiceFile.map { ($0.selfComposeUsed, $0.drawsUsed) }
        } else {
            used = app.fileSlot.map { (fileList[$0].selfComposeUsed, fileList[$0].drawsUsed) }
        }
        return used.map { (max(0, rules.selfCompose.total - $0.selfCompose), max(0, rules.random.draws - $0.draws)) }
    }

    /// Self-compose used up: on to random if draws remain (automatically), else to the office.
    func routeAfterSelfComposeUsedUp(_ app: inout Application, rules: RulesInForce, at instant: Instant) {
        if remaining(app, rules)!.draws > 0 {
            app.stage = .selecting(.random)
            if !app.practice { emit(instant, .movedToRandom(app.id)) }
        } else {
            app.stage = .goToOffice
            if !app.practice { emit(instant, .sentToOffice(app.id)) }
        }
    }

    /// The virtual keyboard at `instant`: which keys are enabled after typing `prefix`, per the keyboard rule in force.
    public func keyboard(_ id: ApplicationID, prefix: String, at instant: Instant) -> Result<KeyboardKeys, Rejection> {
        advance(to: instant)
        guard let slot = sessions.slot(of: id) else { return .failure(.unknownApplication) }
        // Only the fields it needs: borrowing the whole session across the call would copy it.
        let stage = sessions[slot: slot].stage.name, poolSlot = sessions[slot: slot].poolSlot
        let rule = rules(regionSlot: sessions[slot: slot].regionSlot, at: instant).selfCompose.keyboard
        return keyboard(stage: stage, poolSlot: poolSlot, rule: rule, prefix: prefix)
    }

    /// The virtual keyboard at `instant` for typing one number key by key (see `KeyboardCursor`); refused off the self-compose tab.
    public func keyboardCursor(_ id: ApplicationID, at instant: Instant) -> Result<KeyboardCursor, Rejection> {
        advance(to: instant)
        guard let slot = sessions.slot(of: id) else { return .failure(.unknownApplication) }
        let stage = sessions[slot: slot].stage.name
        guard stage == .selfCompose, let poolSlot = sessions[slot: slot].poolSlot else {
            return .failure(.wrongStep(expected: [.selfCompose], current: stage))
        }
        let rule = rules(regionSlot: sessions[slot: slot].regionSlot, at: instant).selfCompose.keyboard
        return .success(KeyboardCursor(pool: poolList[poolSlot], rule: rule))
    }

    func keyboard(_ app: Application, prefix: String, at instant: Instant) -> Result<KeyboardKeys, Rejection> {
        keyboard(stage: app.stage.name, poolSlot: app.poolSlot, rule: rules(of: app, at: instant).selfCompose.keyboard, prefix: prefix)
    }

    private func keyboard(stage: Application.Stage.Name, poolSlot: Int?, rule: KeyboardRule, prefix: String) -> Result<KeyboardKeys, Rejection> {
        guard stage == .selfCompose, let poolSlot else { return .failure(.wrongStep(expected: [.selfCompose], current: stage)) }
        return .success(poolList[poolSlot].keyboard(prefix: prefix, rule: rule))
    }

    /// Switches between the self-compose and random tabs.
    public func switchMode(_ id: ApplicationID, to mode: SelectionMode, at instant: Instant) -> Result<SelectionScreen, Rejection> {
        step(id, at: instant) { switchMode(&$0, to: mode, at: instant) }
    }

    func switchMode(_ app: inout Application, to mode: SelectionMode, at instant: Instant) -> Result<SelectionScreen, Rejection> {
        if let wrong = require(app, .selfCompose, .random) { return .failure(wrong) }
        let rules = rules(of: app, at: instant)
        let left = remaining(app, rules)!
        if mode == .selfCompose, left.selfCompose == 0 { return .failure(.selfComposeUsedUp) }
        if mode == .random, left.draws == 0 { return .failure(.drawsUsedUp) }
        if mode == .selfCompose, app.stage != .selecting(.selfCompose) {
            // Entering the self-compose page starts the confirm countdown (用户刚进入到自编页面 …倒计时), coming back from random too.
            app.confirmAllowedAt = instant.adding(seconds: Int64(rules.selfCompose.confirmInterval))
        }
        app.stage = .selecting(mode)
        return .success(screen(app, rules))
    }
}
