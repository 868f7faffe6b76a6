import PlateRules

/// A practice selection (模拟选号): the real flow on the real pool, with nothing verified, saved or taken.
///
/// It runs the engine's own step functions on a session it keeps to itself, so the engine's pools,
/// quotas, reservations, blacklist and event log never change. A number "reserved" here is invalid.
public final class PracticeSession {
    public let engine: PlateEngine
    public private(set) var application: Application
    /// Practice random draws use their own stream; real draws are never shifted.
    private var draws: Xoshiro256

    /// Opens a practice session; the same entry checks as the real platform apply (blacklist, locality).
    public static func open(
        engine: PlateEngine, user: UserAccount, region: String, seed: UInt64,
        at instant: Instant
    ) -> Result<PracticeSession, Rejection> {
        engine.admit(user: user, region: region, id: ApplicationID(-1), at: instant, practice: true).map {
            var app = $0
            app.practiceCodes = Xoshiro256(seed: seed, stream: "practice-sms")
            return PracticeSession(engine: engine, application: app, seed: seed)
        }
    }

    private init(engine: PlateEngine, application: Application, seed: UInt64) {
        self.engine = engine
        self.application = application
        self.draws = Xoshiro256(seed: seed, stream: "practice-draws")
    }

    /// Where the session stands.
    public var stage: Application.Stage { application.stage }

    public func chooseOffice(_ office: String, vehicle: VehicleKind, at instant: Instant) -> Result<
        OfficeChoice, Rejection
    > {
        engine.chooseOffice(&application, office: office, vehicle: vehicle, at: instant)
    }

    public func acceptNotice() -> Result<Void, Rejection> { engine.acceptNotice(&application) }

    /// Basic information is checked for its form only, not against the registry; the SMS code comes back to show on
    /// screen.
    public func submitVehicle(vin: String, credential: Credential, at instant: Instant) -> Result<CodeSent, Rejection> {
        engine.submitVehicle(&application, vin: vin, credential: credential, at: instant)
    }

    public func resendCode(at instant: Instant) -> Result<CodeSent, Rejection> {
        if let wrong = engine.require(application, .confirmingBasicInfo, .identityCheck) { return .failure(wrong) }
        return engine.sendCode(&application, rules: engine.rules(of: application, at: instant), at: instant)
    }

    public func confirmBasicInfo(code: String, at instant: Instant) -> Result<ServiceNotes, Rejection> {
        engine.confirmBasicInfo(&application, code: code, at: instant)
    }

    public func startSelection(at instant: Instant) -> Result<IdentityCheck, Rejection> {
        engine.startSelection(&application, at: instant)
    }

    public func confirmIdentity(code: String, at instant: Instant) -> Result<SelectionScreen, Rejection> {
        engine.confirmIdentity(&application, code: code, at: instant)
    }

    /// The virtual keyboard after `prefix`, following the keyboard rule in force at `instant`.
    public func keyboard(prefix: String, at instant: Instant) -> Result<KeyboardKeys, Rejection> {
        engine.keyboard(application, prefix: prefix, at: instant)
    }

    public func screen(at instant: Instant) -> SelectionScreen {
        engine.screen(application, engine.rules(of: application, at: instant))
    }

    public func confirmSelfCompose(_ numbers: [String], at instant: Instant) -> Result<Reservation, Rejection> {
        engine.confirmSelfCompose(&application, numbers: numbers, at: instant)
    }

    public func switchMode(to mode: SelectionMode, at instant: Instant) -> Result<SelectionScreen, Rejection> {
        engine.switchMode(&application, to: mode, at: instant)
    }

    public func draw(withoutFour: Bool = false, at instant: Instant) -> Result<RandomBatch, Rejection> {
        engine.draw(&application, withoutFour: withoutFour, generator: &draws, at: instant)
    }

    public func keepBackup(_ serial: String, at instant: Instant) -> Result<Backup, Rejection> {
        engine.keepBackup(&application, serial: serial, at: instant)
    }

    public func confirmBackup(_ serial: String, at instant: Instant) -> Result<Reservation, Rejection> {
        engine.confirmBackup(&application, serial: serial, at: instant)
    }
}

extension PracticeSession {
    /// What 选号服务说明 shows at `instant` (the choice, the VIN and the chances left); nil before 确认信息.
    public func serviceNotes(at instant: Instant) -> ServiceNotes? {
        guard case .serviceNotes(let selection) = application.progress else { return nil }
        let left = engine.remaining(application, selection.file, engine.rules(of: application, at: instant))
        return ServiceNotes(
            office: selection.choice.office, vehicle: selection.choice.vehicle, vin: selection.vin,
            selfComposeRemaining: left.selfCompose, drawsRemaining: left.draws)
    }

    /// Leaves the platform and comes back (再次进入), as the seed says: past 确认信息 with chances left, straight to
    /// 选号服务说明 and a new identity check (the batch and backups of the visit left behind are gone); with none
    /// left, to the office; a practice number already reserved shows as done. Before 确认信息, phase 1 starts over.
    /// The entry checks (blacklist, locality, service hours of phase 2 later) apply again.
    @discardableResult
    public func reenter(at instant: Instant) -> Result<Application.Stage.Name, Rejection> {
        if case .done = application.progress { return .success(.done) }
        if case .goToOffice = application.progress { return .failure(.goToOffice) }
        let selection: Selection? =
            switch application.progress {
            case .serviceNotes(let s), .identityCheck(let s, _), .selecting(let s, _): s
            default: nil
            }
        switch engine.admit(
            user: application.user, region: application.region, id: application.id, at: instant, practice: true)
        {
        case .failure(let rejection):
            return .failure(rejection)
        case .success(var fresh):
            fresh.practiceCodes = application.practiceCodes
            if let selection {
                fresh.practiceFile = application.practiceFile
                let left = engine.remaining(fresh, selection.file, engine.rules(of: fresh, at: instant))
                guard left.selfCompose > 0 || left.draws > 0 else {
                    fresh.progress = .goToOffice(selection.file)
                    application = fresh
                    return .failure(.goToOffice)
                }
                fresh.progress = .serviceNotes(selection)
            }
            application = fresh
            return .success(fresh.stage.name)
        }
    }
}
