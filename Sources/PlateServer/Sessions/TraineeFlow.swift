import PlateEngine
import PlateRules

/// What came of a trainee's step: shown above the page it leads to.
enum Outcome {
    case done
    case rejected(Rejection)
    case invalid(InputProblem)
    /// A form of an earlier page was posted again (Back, then submit): nothing was done.
    case repeated
}

/// Runs a trainee's steps through the engine's practice session at the trainee's instant.
enum TraineeFlow {
    static func perform(_ action: TraineeAction, on s: TraineeSession, at now: Instant) -> Outcome {
        if case .language(let language) = action {
            s.language = language
            return .done
        }
        if case .enter = action { return enter(s, at: now) }
        guard let practice = s.practice else {
            return .rejected(s.entryRefusal ?? .wrongStep(expected: [.choosingOffice], current: .choosingOffice))
        }
        switch action {
        case .enter, .language: return .done
        case .chooseOffice(let office, let vehicle):
            return outcome(practice.chooseOffice(office, vehicle: vehicle, at: now).map { s.officeChoice = $0 })
        case .agree:
            return outcome(practice.acceptNotice())
        case .submitVehicle(let vin, let kind, let number):
            // The engine's practice mode checks the form of the VIN and credential, nothing against the registry.
            return outcome(
                practice.submitVehicle(vin: vin, credential: Credential(kind, number), at: now).map { s.codeSent = $0 })
        case .resendCode:
            s.codeRequested = true
            return outcome(
                practice.resendCode(at: now).map { sent in
                    if case .identityCheck = practice.stage {
                        s.identityCode = sent
                    } else {
                        s.codeSent = sent
                    }
                })
        case .confirmCode(let code):
            return outcome(practice.confirmBasicInfo(code: code, at: now).map { s.notes = $0 })
        case .startSelection:
            return outcome(
                practice.startSelection(at: now).map {
                    s.identity = $0
                    s.identityCode = $0.code
                })
        case .confirmIdentity(let code):
            return outcome(
                practice.confirmIdentity(code: code, at: now).map { _ in
                    s.draft = [""]
                    s.active = 0
                })
        case .type(let key):
            guard case .selecting(.selfCompose) = practice.stage else {
                return .rejected(wrongStep(practice, .selfCompose))
            }
            let prefix = s.draft[s.active]
            switch practice.keyboard(prefix: prefix, at: now) {
            case .failure(let rejection): return .rejected(rejection)
            case .success(let keys):
                guard keys.allows(key) else {
                    let text =
                        s.rules(at: now).selfCompose.keyboard == .published
                        ? Text(
                            "键“\(key)”不可用：号池公示中没有以 \(prefix)\(key) 开头的号码。",
                            "The key '\(key)' is disabled: no number of the published pool starts with \(prefix)\(key)."
                        )
                        : Text(
                            "键“\(key)”当前不可用：号池中没有以 \(prefix)\(key) 开头的可预选号码。",
                            "The key '\(key)' is disabled: no number free right now starts with \(prefix)\(key).")
                    return .invalid(InputProblem(text))
                }
                s.draft[s.active] = prefix + String(key)
                return .done
            }
        case .erase:
            if !s.draft[s.active].isEmpty { s.draft[s.active].removeLast() }
            return .done
        case .clearEntry:
            s.draft[s.active] = ""
            return .done
        case .selectEntry(let index):
            guard s.draft.indices.contains(index) else {
                return .invalid(InputProblem(Text("没有第 \(index + 1) 个号码。", "There is no number \(index + 1).")))
            }
            s.active = index
            return .done
        case .addEntry:
            let n = practice.screen(at: now).perConfirm
            guard s.draft.count < n else { return .rejected(.tooManyNumbers(max: n)) }
            s.draft.append("")
            s.active = s.draft.count - 1
            return .done
        case .confirmSelfCompose:
            let numbers = s.draft.filter { !$0.isEmpty }
            // The platform's practice page, as reported: before the trainee's first judged confirm, others take the
            // very numbers entered, so the engine itself finds them all taken and lowers the count.
            if s.situation == .platformPractice, s.confirms == 0, let key = s.poolKey {
                s.engine.setUpTaken(key, serials: numbers, at: now)
            }
            let result = practice.confirmSelfCompose(numbers, at: now)
            switch result {
            case .success, .failure(.allTaken): s.confirms += 1
            default: break
            }
            if case .failure(.allTaken) = result {
                s.draft = [""]
                s.active = 0
            }
            return outcome(result.map { _ in () })
        case .switchMode(let mode):
            return outcome(practice.switchMode(to: mode, at: now).map { _ in () })
        case .draw(let withoutFour):
            s.withoutFour = withoutFour
            // With no draw left the button is disabled; a post anyway is the engine's to refuse (it keeps a live
            // backup).
            return outcome(practice.draw(withoutFour: withoutFour, at: now).map { _ in s.draws += 1 })
        case .leave:
            s.away = true
            return .done
        case .reenter:
            // Coming back follows the seed: past 确认信息 with chances left, 选号服务说明 and a new identity check.
            s.away = false
            s.identity = nil
            s.identityCode = nil
            s.draft = [""]
            s.active = 0
            let result = practice.reenter(at: now)
            if case .success(.serviceNotes) = result { s.notes = practice.serviceNotes(at: now) ?? s.notes }
            return outcome(result.map { _ in () })
        case .requestCode:
            // The engine sent the code when the step began; the page shows it once the trainee asks, as a phone would.
            s.codeRequested = true
            return .done
        case .keepBackup(let serial):
            return outcome(practice.keepBackup(serial, at: now).map { _ in () })
        case .confirmBackup(let serial):
            return outcome(practice.confirmBackup(serial, at: now).map { _ in () })
        }
    }

    /// Past the service description: the same entry checks as the real platform (blacklist, locality).
    static func enter(_ s: TraineeSession, at now: Instant) -> Outcome {
        s.seenDescription = true
        guard s.practice == nil else { return .done }
        switch PracticeSession.open(engine: s.engine, user: s.user, region: s.region, seed: s.seed, at: now) {
        case .success(let practice):
            s.practice = practice
            s.entryRefusal = nil
            return .done
        case .failure(let rejection):
            s.entryRefusal = rejection
            return .rejected(rejection)
        }
    }

    private static func outcome(_ result: Result<Void, Rejection>) -> Outcome {
        switch result {
        case .success: .done
        case .failure(let rejection): .rejected(rejection)
        }
    }

    private static func wrongStep(_ practice: PracticeSession, _ expected: Application.Stage.Name) -> Rejection {
        .wrongStep(expected: [expected], current: practice.stage.name)
    }
}
