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
        guard case .serviceNotes(let selection) = app.progress else { return .failure(wrongStep(app, .serviceNotes)) }
        let rules = rules(of: app, at: instant)
        if let refused = requirePhaseTwo(&app, rules, at: instant) { return .failure(refused) }
        let left = remaining(app, selection.file, rules)
        if left.selfCompose == 0, left.draws == 0 {
            sendToOffice(&app, selection.file, at: instant)
            return .failure(.goToOffice)
        }
        app.sms = SMSChallenge(purpose: .identity)
        return sendCode(&app, rules: rules, at: instant).map { sent in
            let ends = instant.adding(seconds: Int64(rules.verification.identityCountdown))
            app.progress = .identityCheck(selection, countdownEnds: ends)
            return IdentityCheck(code: sent, countdownEnds: ends)
        }
    }

    /// Phase 2 step 1: confirm the identity code once the countdown has ended; opens the selection screen.
    public func confirmIdentity(_ id: ApplicationID, code: String, at instant: Instant) -> Result<
        SelectionScreen, Rejection
    > {
        let result = step(id, at: instant) { confirmIdentity(&$0, code: code, at: instant) }
        if case .success = result { emit(instant, .identityConfirmed(id)) }
        return result
    }

    func confirmIdentity(_ app: inout Application, code: String, at instant: Instant) -> Result<
        SelectionScreen, Rejection
    > {
        guard case .identityCheck(let selection, let ends) = app.progress else {
            return .failure(wrongStep(app, .identityCheck))
        }
        let rules = rules(of: app, at: instant)
        if let refused = requirePhaseTwo(&app, rules, at: instant) { return .failure(refused) }
        if instant < ends {
            return .failure(.countdownRunning(secondsLeft: Int(ends.secondsSinceEpoch - instant.secondsSinceEpoch)))
        }
        if case .failure(let rejection) = app.sms.verify(code, rules: rules.verification.sms, at: instant) {
            return .failure(rejection)
        }
        app.confirmAllowedAt = instant.adding(seconds: Int64(rules.selfCompose.confirmInterval))
        if remaining(app, selection.file, rules).selfCompose > 0 {
            app.progress = .selecting(selection, .selfCompose)
        } else {
            routeAfterSelfComposeUsedUp(&app, selection, rules: rules, at: instant)
        }
        return .success(screen(app, rules))
    }

    /// The selection screen of a session now.
    public func screen(_ id: ApplicationID, at instant: Instant) -> Result<SelectionScreen, Rejection> {
        guard let slot = sessions.slot(of: id) else { return .failure(.unknownApplication) }
        return .success(screen(sessions[slot: slot], rules(of: sessions[slot: slot], at: instant)))
    }

    func screen(_ app: Application, _ rules: RulesInForce) -> SelectionScreen {
        let left =
            app.progress.file.map { remaining(app, $0, rules) } ?? (
                selfCompose: rules.selfCompose.total, draws: rules.random.draws
            )
        let mode: SelectionMode = if case .selecting(_, let m) = app.progress { m } else { .selfCompose }
        return SelectionScreen(
            mode: mode, selfComposeRemaining: left.selfCompose, perConfirm: rules.selfCompose.perConfirm,
            drawsRemaining: left.draws, confirmAllowedAt: app.confirmAllowedAt)
    }

    /// The chances left on a session's VIN file, read in place.
    func remaining(_ app: Application, _ file: FileRef, _ rules: RulesInForce) -> (selfCompose: Int, draws: Int) {
        let used =
            switch file {
            case .engine(let slot): (selfCompose: fileList[slot].selfComposeUsed, draws: fileList[slot].drawsUsed)
            case .practice: (selfCompose: app.practiceFile.selfComposeUsed, draws: app.practiceFile.drawsUsed)
            }
        return (max(0, rules.selfCompose.total - used.selfCompose), max(0, rules.random.draws - used.draws))
    }

    /// Self-compose used up: on to random if draws remain (automatically), else to the office.
    func routeAfterSelfComposeUsedUp(
        _ app: inout Application, _ selection: Selection, rules: RulesInForce, at instant: Instant
    ) {
        if remaining(app, selection.file, rules).draws > 0 {
            app.progress = .selecting(selection, .random)
            if !app.practice { emit(instant, .movedToRandom(app.id)) }
        } else {
            sendToOffice(&app, selection.file, at: instant)
        }
    }

    /// Both quotas used up: the applicant must go to the office (前往车管所办理).
    func sendToOffice(_ app: inout Application, _ file: FileRef, at instant: Instant) {
        app.progress = .goToOffice(file)
        if !app.practice { emit(instant, .sentToOffice(app.id)) }
    }

    /// The virtual keyboard at `instant`: which keys are enabled after typing `prefix`, per the keyboard rule in force.
    public func keyboard(_ id: ApplicationID, prefix: String, at instant: Instant) -> Result<KeyboardKeys, Rejection> {
        advance(to: instant)
        guard let slot = sessions.slot(of: id) else { return .failure(.unknownApplication) }
        // Only the fields it needs: borrowing the whole session across the call would copy it.
        let poolSlot = sessions[slot: slot].progress.selfComposePool
        let stage = sessions[slot: slot].stage.name
        let rule = rules(regionSlot: sessions[slot: slot].regionSlot, at: instant).selfCompose.keyboard
        return keyboard(poolSlot: poolSlot, stage: stage, rule: rule, prefix: prefix)
    }

    /// The virtual keyboard at `instant` for typing one number key by key (see `KeyboardCursor`); refused off the
    /// self-compose tab.
    public func keyboardCursor(_ id: ApplicationID, at instant: Instant) -> Result<KeyboardCursor, Rejection> {
        advance(to: instant)
        guard let slot = sessions.slot(of: id) else { return .failure(.unknownApplication) }
        guard let poolSlot = sessions[slot: slot].progress.selfComposePool else {
            return .failure(.wrongStep(expected: [.selfCompose], current: sessions[slot: slot].stage.name))
        }
        let rule = rules(regionSlot: sessions[slot: slot].regionSlot, at: instant).selfCompose.keyboard
        return .success(KeyboardCursor(pool: poolList[poolSlot], rule: rule))
    }

    func keyboard(_ app: Application, prefix: String, at instant: Instant) -> Result<KeyboardKeys, Rejection> {
        keyboard(
            poolSlot: app.progress.selfComposePool, stage: app.stage.name,
            rule: rules(of: app, at: instant).selfCompose.keyboard, prefix: prefix)
    }

    private func keyboard(poolSlot: Int?, stage: Application.Stage.Name, rule: KeyboardRule, prefix: String) -> Result<
        KeyboardKeys, Rejection
    > {
        guard let poolSlot else { return .failure(.wrongStep(expected: [.selfCompose], current: stage)) }
        return .success(poolList[poolSlot].keyboard(prefix: prefix, rule: rule))
    }

    /// Switches between the self-compose and random tabs.
    public func switchMode(_ id: ApplicationID, to mode: SelectionMode, at instant: Instant) -> Result<
        SelectionScreen, Rejection
    > {
        step(id, at: instant) { switchMode(&$0, to: mode, at: instant) }
    }

    func switchMode(_ app: inout Application, to mode: SelectionMode, at instant: Instant) -> Result<
        SelectionScreen, Rejection
    > {
        guard case .selecting(let selection, let current) = app.progress else {
            return .failure(.wrongStep(expected: [.selfCompose, .random], current: app.stage.name))
        }
        let rules = rules(of: app, at: instant)
        let left = remaining(app, selection.file, rules)
        if mode == .selfCompose, left.selfCompose == 0 { return .failure(.selfComposeUsedUp) }
        if mode == .random, left.draws == 0 { return .failure(.drawsUsedUp) }
        if mode == .selfCompose, current != .selfCompose {
            // Entering the self-compose page starts the confirm countdown (用户刚进入到自编页面 …倒计时), coming back from random
            // too.
            app.confirmAllowedAt = instant.adding(seconds: Int64(rules.selfCompose.confirmInterval))
        }
        app.progress = .selecting(selection, mode)
        return .success(screen(app, rules))
    }
}
