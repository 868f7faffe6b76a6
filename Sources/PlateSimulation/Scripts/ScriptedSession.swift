import PlateEngine
import PlateRules
import PlateScenarios

/// One scripted user's state while its steps run: account, session, latest batch and backup, clock.
struct ScriptedSession {
    let script: ScriptedUser
    let account: UserAccount
    let region: String
    let vin: String
    let credential: Credential
    var application: ApplicationID?
    /// Sessions left behind by re-entering, closed when the run ends.
    var earlier: [ApplicationID] = []
    var batch: RandomBatch?
    var keptBackup: String?
    var time: Instant
    /// Whether the current `sms: late` step has already been put off until its code expired.
    var lateDeferred = false
    var draws: Xoshiro256

    /// Runs one action against the engine at `time` and describes the outcome.
    mutating func perform(_ action: ScriptStep.Action, engine: PlateEngine, sms: Phones) -> StepOutcome {
        let result: Result<String?, Rejection>
        switch action {
        case .chooseOffice(let office):
            if application == nil {
                switch engine.open(user: account, region: region, at: time) {
                case .success(let id): application = id
                case .failure(let rejection): return outcome(.failure(rejection), engine)
                }
            }
            result = engine.chooseOffice(application!, office: office, vehicle: script.vehicle, at: time).map { _ in nil
            }
        case .acceptNotice:
            result = withApplication { engine.acceptNotice($0, at: time).map { nil } }
        case .submit(let vin, let entered):
            let credential = entered.map { Credential($0.kind, $0.number) } ?? self.credential
            result = withApplication {
                engine.submitVehicle($0, vin: vin ?? self.vin, credential: credential, at: time).map { _ in nil }
            }
        case .sms(let entry):
            result = enterCode(entry, engine: engine, sms: sms)
        case .startSelection:
            result = withApplication { engine.startSelection($0, at: time).map { _ in nil } }
        case .compose(let numbers):
            result = withApplication { engine.confirmSelfCompose($0, numbers: numbers, at: time).map(\.serial) }
        case .draw(let withoutFour):
            result = withApplication { id in
                engine.draw(id, withoutFour: withoutFour, generator: &draws, at: time).map {
                    batch = $0
                    return nil
                }
            }
        case .keepBackup(let candidate):
            let serial: String? =
                switch candidate {
                case .serial(let s): s
                case .position(let p): batch.flatMap { p <= $0.candidates.count ? $0.candidates[p - 1] : nil }
                }
            result = withApplication {
                engine.keepBackup($0, serial: serial ?? "", at: time).map {
                    keptBackup = $0.serial
                    return nil
                }
            }
        case .confirmBackup(let serial):
            result = withApplication {
                engine.confirmBackup($0, serial: serial ?? keptBackup ?? "", at: time).map(\.serial)
            }
        case .switchTo(let mode):
            result = withApplication {
                engine.switchMode($0, to: SelectionMode(rawValue: mode) ?? .selfCompose, at: time).map { _ in nil }
            }
        case .register:
            result = engine.register(vin: vin, at: time).map { _ in nil }
        case .reenter:
            if let application { earlier.append(application) }
            result = engine.reenter(user: account, region: region, vin: vin, at: time).map { route in
                switch route {
                case .start(let id), .serviceNotes(let id): application = id
                case .done(let id, _): application = id
                }
                return nil
            }
        case .resendCode:
            result = withApplication { engine.resendCode($0, at: time).map { _ in nil } }
        case .wait(let seconds):
            // Only this user's clock moves; the engine sees the time when the next step runs.
            time = time.adding(seconds: Int64(seconds))
            result = .success(nil)
        }
        return outcome(result, engine)
    }

    /// Looks at what the expectation asks about after the step: the selection page's counts, the keyboard after a
    /// prefix, the VIN's reservation. Nothing is looked at (and nothing reported) that was not asked for.
    func look(_ expectation: ScriptStep.Expectation?, engine: PlateEngine, into outcome: inout StepOutcome) {
        guard let expectation else { return }
        if expectation.looksAtScreen, let application, case .success(let screen) = engine.screen(application, at: time)
        {
            if expectation.selfComposeLeft != nil { outcome.seen.selfComposeLeft = screen.selfComposeRemaining }
            if expectation.drawsLeft != nil { outcome.seen.drawsLeft = screen.drawsRemaining }
        }
        if let keys = expectation.keysAfter, let application,
            case .success(let enabled) = engine.keyboard(application, prefix: keys.prefix, at: time)
        {
            outcome.seen.keys = String(enabled.enabled)
        }
        if expectation.validUntil != nil { outcome.seen.validUntil = engine.file(vin: vin)?.reservation?.lastValidDay }
    }

    /// Enters the latest SMS code for the current step: right, wrong, or after it expired.
    mutating func enterCode(_ entry: ScriptStep.SMSEntry, engine: PlateEngine, sms: Phones) -> Result<
        String?, Rejection
    > {
        guard let id = application, let app = engine.application(id) else { return .failure(.unknownApplication) }
        let code = entry == .wrong ? Phones.wrong(sms.code(of: account.subject)) : sms.code(of: account.subject)
        switch app.stage {
        case .identityCheck: return engine.confirmIdentity(id, code: code, at: time).map { _ in nil }
        default: return engine.confirmBasicInfo(id, code: code, at: time).map { _ in nil }
        }
    }

    /// Leaves the platform at `instant` (the run ends): its sessions close, the earlier ones first.
    mutating func leave(_ engine: PlateEngine, at instant: Instant) {
        for id in earlier + (application.map { [$0] } ?? []) { engine.close(id, at: instant) }
        earlier = []
        application = nil
    }

    private func withApplication(_ body: (ApplicationID) -> Result<String?, Rejection>) -> Result<String?, Rejection> {
        guard let application else { return .failure(.unknownApplication) }
        return body(application)
    }

    private func outcome(_ result: Result<String?, Rejection>, _ engine: PlateEngine) -> StepOutcome {
        let stage = application.flatMap { engine.application($0)?.stage.name }
        switch result {
        case .success(let reserved): return StepOutcome(ok: true, rejected: nil, reserved: reserved, stage: stage)
        case .failure(let rejection):
            return StepOutcome(ok: false, rejected: rejection.reason, reserved: nil, stage: stage)
        }
    }
}
