import PlateRules

/// What the applicant sees after choosing an office: the business notice (业务须知).
public struct OfficeChoice: Hashable, Sendable {
    public let office: Office
    public let pool: PoolKey
    public let notice: String
}

/// An SMS code was sent; practice sessions get the code back to show on screen.
public struct CodeSent: Hashable, Sendable {
    public let purpose: SMSPurpose
    public let resendAvailableAt: Instant
    /// Only in practice (模拟选号), where no real SMS is sent.
    public let practiceCode: String?
}

/// Phase 1 step 3 (选号服务说明): what was submitted and the chances left.
public struct ServiceNotes: Hashable, Sendable {
    public let office: String
    public let vehicle: VehicleKind
    public let vin: String
    public let selfComposeRemaining: Int
    public let drawsRemaining: Int
}

extension PlateEngine {
    /// Phase 1 step 1: choose the office and vehicle kind; returns the business notice to agree to.
    public func chooseOffice(_ id: ApplicationID, office: String, vehicle: VehicleKind, at instant: Instant) -> Result<
        OfficeChoice, Rejection
    > {
        let result = step(id, at: instant) { chooseOffice(&$0, office: office, vehicle: vehicle, at: instant) }
        if case .success = result, delivery.reportsStageChanges {
            emit(instant, .officeChosen(id, office: office, vehicle: vehicle))
        }
        return result
    }

    func chooseOffice(_ app: inout Application, office officeID: String, vehicle: VehicleKind, at instant: Instant)
        -> Result<OfficeChoice, Rejection>
    {
        if let wrong = require(app, .choosingOffice, .readingNotice) { return .failure(wrong) }
        let rules = rules(of: app, at: instant)
        guard let office = rules.office(officeID) else { return .failure(.unknownOffice(officeID)) }
        guard let (key, slot) = pool(office: officeID, vehicle: vehicle, rules) else {
            return .failure(.vehicleKindNotOffered(vehicle, office: officeID))
        }
        app.progress = .readingNotice(Choice(office: officeID, vehicle: vehicle, poolSlot: slot))
        return .success(OfficeChoice(office: office, pool: key, notice: rules.notice))
    }

    /// Phase 1: "read and agree" (阅读并同意) on the business notice.
    public func acceptNotice(_ id: ApplicationID, at instant: Instant) -> Result<Void, Rejection> {
        step(id, at: instant) { acceptNotice(&$0) }
    }

    func acceptNotice(_ app: inout Application) -> Result<Void, Rejection> {
        guard case .readingNotice(let choice) = app.progress else { return .failure(wrongStep(app, .readingNotice)) }
        app.progress = .enteringVehicle(choice)
        return .success(())
    }

    /// Phase 1 step 2: VIN and credential, checked against the registry; on success an SMS code is sent.
    public func submitVehicle(_ id: ApplicationID, vin: String, credential: Credential, at instant: Instant) -> Result<
        CodeSent, Rejection
    > {
        step(id, at: instant) { submitVehicle(&$0, vin: vin, credential: credential, at: instant) }
    }

    func submitVehicle(_ app: inout Application, vin: String, credential: Credential, at instant: Instant) -> Result<
        CodeSent, Rejection
    > {
        let choice: Choice
        switch app.progress {
        case .enteringVehicle(let c), .confirmingBasicInfo(let c, _, _): choice = c
        default:
            return .failure(.wrongStep(expected: [.enteringVehicle, .confirmingBasicInfo], current: app.stage.name))
        }
        let rules = rules(of: app, at: instant)
        // Practice checks the form as the real platform does, but nothing against the registry (不校验基础信息的准确性).
        if let malformed = checkForm(vin: vin, credential: credential, rules: rules) { return .failure(malformed) }
        var checked = Checked.practice
        if !app.practice {
            switch checkVehicle(app, choice, vin: vin, credential: credential, rules: rules) {
            case .failure(let problem): return .failure(problem)
            case .success(let slots): checked = .registry(record: slots.registry, file: slots.file)
            }
        }
        app.sms = SMSChallenge(purpose: .basicInfo)
        return sendCode(&app, rules: rules, at: instant).map { sent in
            app.progress = .confirmingBasicInfo(choice, vin: vin, checked)
            return sent
        }
    }

    /// The form checks of phase 1 (the VIN's characters and check digit, the credential's format); nil when both are
    /// well formed.
    func checkForm(vin: String, credential: Credential, rules: RulesInForce) -> Rejection? {
        do { _ = try VIN(validating: vin) } catch { return .invalidVIN(error) }
        guard rules.credentialFormat(credential.kind).matches(credential.number) else {
            return .credentialFormat(credential.kind)
        }
        return nil
    }

    /// The registry checks of phase 1, each failure with its own reason; on success, the VIN's registry slot and its
    /// file's slot if it has one.
    func checkVehicle(_ app: Application, _ choice: Choice, vin: String, credential: Credential, rules: RulesInForce)
        -> Result<(file: Int?, registry: Int), Rejection>
    {
        guard let registrySlot = registry.slot(vin: vin) else { return .failure(.vehicleNotFound) }
        let record = registry.record(at: registrySlot)
        guard record.credentialKind == credential.kind, record.credential == credential.number else {
            return .failure(.credentialMismatch)
        }
        if record.kind != choice.vehicle {
            return .failure(.vehicleKindMismatch(selected: choice.vehicle, actual: record.kind))
        }
        if record.registered { return .failure(.alreadyRegistered) }
        guard let slot = fileSlot(record: registrySlot) else { return .success((nil, registrySlot)) }
        let file = fileList[slot]
        if file.user != app.user.id { return .failure(.vinBelongsToAnotherUser) }
        if let reservation = file.reservation {
            return .failure(.alreadyReserved(serial: reservation.serial, validUntil: reservation.lastValidDay))
        }
        if file.succeeded { return .failure(.alreadySucceeded) }
        return .success((slot, registrySlot))
    }

    /// Requests a new code for the current SMS step (respecting the resend interval).
    public func resendCode(_ id: ApplicationID, at instant: Instant) -> Result<CodeSent, Rejection> {
        step(id, at: instant) { app in
            if let wrong = require(app, .confirmingBasicInfo, .identityCheck) { return .failure(wrong) }
            return sendCode(&app, rules: rules(of: app, at: instant), at: instant)
        }
    }

    func sendCode(_ app: inout Application, rules: RulesInForce, at instant: Instant) -> Result<CodeSent, Rejection> {
        // Practice codes come from the session's own stream, so practice never shifts real codes.
        let issued =
            app.practice
            ? app.sms.issue(rules: rules.verification.sms, at: instant, generator: &app.practiceCodes)
            : app.sms.issue(rules: rules.verification.sms, at: instant, generator: &smsGenerator)
        return issued.map { code in
            if !app.practice { gateway.deliver(code: code, to: app.user, purpose: app.sms.purpose, at: instant) }
            return CodeSent(
                purpose: app.sms.purpose,
                resendAvailableAt: instant.adding(seconds: Int64(rules.verification.sms.resendAfter)),
                practiceCode: app.practice ? code : nil)
        }
    }

    /// Phase 1: the SMS code confirming the basic information; leads to the service notes.
    public func confirmBasicInfo(_ id: ApplicationID, code: String, at instant: Instant) -> Result<
        ServiceNotes, Rejection
    > {
        var subject = Subject(-1)
        let result = step(id, at: instant) { app in
            subject = app.user.subject
            return confirmBasicInfo(&app, code: code, at: instant)
        }
        if case .success(let notes) = result { emit(instant, .basicInfoCompleted(id, subject, vin: notes.vin)) }
        return result
    }

    func confirmBasicInfo(_ app: inout Application, code: String, at instant: Instant) -> Result<
        ServiceNotes, Rejection
    > {
        guard case .confirmingBasicInfo(let choice, let vin, let checked) = app.progress else {
            return .failure(wrongStep(app, .confirmingBasicInfo))
        }
        let rules = rules(of: app, at: instant)
        if case .failure(let rejection) = app.sms.verify(code, rules: rules.verification.sms, at: instant) {
            return .failure(rejection)
        }
        let file: FileRef
        switch checked {
        case .practice:
            if app.practiceFile.vin != vin {
                app.practiceFile = VehicleFile(vin: vin, user: app.user, office: choice.office, vehicle: choice.vehicle)
            }
            file = .practice
        case .registry(let record, let existing):
            // Another session of the user may have opened the file since this one's VIN check.
            file = .engine(
                existing
                    ?? fileSlot(
                        record: record,
                        orNew: VehicleFile(
                            vin: vin, user: app.user, office: choice.office,
                            vehicle: choice.vehicle)))
        }
        let selection = Selection(choice: choice, vin: vin, file: file)
        let (office, vehicle) =
            switch file {
            case .engine(let slot): (fileList[slot].office, fileList[slot].vehicle)
            case .practice: (app.practiceFile.office, app.practiceFile.vehicle)
            }
        let left = remaining(app, file, rules)
        app.progress = .serviceNotes(selection)
        return .success(
            ServiceNotes(
                office: office, vehicle: vehicle, vin: vin, selfComposeRemaining: left.selfCompose,
                drawsRemaining: left.draws))
    }

    /// The slot of the file of the vehicle in registry slot `record`, adding `file` when there is none.
    func fileSlot(record: Int, orNew file: @autoclosure () -> VehicleFile) -> Int {
        if let slot = fileSlot(record: record) { return slot }
        fileList.append(file())
        fileLapsesAt.append(.min)
        fileRecord.append(record)
        fileOfRecord[record] = Int32(fileList.count - 1)
        return fileList.count - 1
    }

    /// Counts a judged self-compose confirm of `numbers` numbers on a session's VIN file (the engine's, or the
    /// practice session's own); returns which confirm it was.
    func countConfirm(_ app: inout Application, _ file: FileRef, numbers: Int) -> Int {
        switch file {
        case .engine(let slot): fileList[slot].countConfirm(numbers: numbers)
        case .practice: app.practiceFile.countConfirm(numbers: numbers)
        }
    }
}
