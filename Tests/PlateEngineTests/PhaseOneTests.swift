import PlateRules
import Testing

@testable import PlateEngine

/// Phase 1 (basic information), one test per behaviour of the seed article.
@Suite("Phase 1: basic information")
struct PhaseOneTests {
    @Test("choosing an office opens the business notice, which must be agreed before the VIN")
    func noticeMustBeAgreed() throws {
        let (engine, _) = EngineFixture.engine()
        let id = try engine.open(user: EngineFixture.owner, region: "test", at: EngineFixture.start).get()
        let choice = try engine.chooseOffice(id, office: "main", vehicle: .smallCar, at: EngineFixture.start).get()
        #expect(choice.notice == "业务须知")
        #expect(choice.pool == PoolKey(region: "test", office: "main", pool: "car"))
        let early = engine.submitVehicle(
            id, vin: EngineFixture.vin(1), credential: EngineFixture.certificate(1), at: EngineFixture.start)
        #expect(
            early == .failure(.wrongStep(expected: [.enteringVehicle, .confirmingBasicInfo], current: .readingNotice)))
        #expect(throws: Never.self) { try engine.acceptNotice(id, at: EngineFixture.start).get() }
    }

    @Test("an office that offers no pool for the vehicle kind is refused")
    func officeMustOfferTheKind() throws {
        let (engine, _) = EngineFixture.engine()
        let id = try engine.open(user: EngineFixture.owner, region: "test", at: EngineFixture.start).get()
        #expect(
            engine.chooseOffice(id, office: "branch", vehicle: .smallCar, at: EngineFixture.start)
                == .failure(.vehicleKindNotOffered(.smallCar, office: "branch")))
        #expect(
            engine.chooseOffice(id, office: "nowhere", vehicle: .smallCar, at: EngineFixture.start)
                == .failure(.unknownOffice("nowhere")))
    }

    @Test(
        "the VIN check gives its reason on failure",
        arguments: [
            ("LFV3A23C0K301234", Rejection.invalidVIN(.wrongLength(found: 16))),
            ("LFV3A23C0K3012345", Rejection.invalidVIN(.wrongCheckDigit(expected: "7", found: "0"))),
        ])
    func vinFailures(vin: String, expected: Rejection) throws {
        var driver = Driver(engine: EngineFixture.engine().0, sms: InMemorySMSGateway())
        let id = try driver.enteringVehicle()
        #expect(
            driver.engine.submitVehicle(id, vin: vin, credential: EngineFixture.certificate(1), at: driver.time)
                == .failure(expected))
    }

    @Test("the registry checks each fail with their own reason")
    func registryFailures() throws {
        let (engine, sms) = EngineFixture.engine()
        var driver = Driver(engine: engine, sms: sms)
        let id = try driver.enteringVehicle()
        let t = driver.time
        #expect(
            engine.submitVehicle(id, vin: EngineFixture.vin(1), credential: Credential(.certificate, "SHORT"), at: t)
                == .failure(.credentialFormat(.certificate)))
        #expect(
            engine.submitVehicle(id, vin: EngineFixture.vin(99), credential: EngineFixture.certificate(99), at: t)
                == .failure(.vehicleNotFound))
        #expect(
            engine.submitVehicle(id, vin: EngineFixture.vin(1), credential: EngineFixture.certificate(2), at: t)
                == .failure(.credentialMismatch))
        #expect(
            engine.submitVehicle(id, vin: EngineFixture.vin(55), credential: EngineFixture.certificate(55), at: t)
                == .failure(.vehicleKindMismatch(selected: .smallCar, actual: .smallNEV)))
    }

    @Test("after the VIN check an SMS code is sent, checked, and leads to the service notes")
    func smsLeadsToServiceNotes() throws {
        let (engine, sms) = EngineFixture.engine()
        var driver = Driver(engine: engine, sms: sms)
        let id = try driver.basicInfo()
        #expect(engine.application(id)?.stage == .serviceNotes)
        #expect(sms.delivered.count == 1 && sms.delivered[0].purpose == .basicInfo && sms.delivered[0].code.count == 6)
        let file = try #require(engine.file(vin: EngineFixture.vin(1)))
        #expect(file.user == "zhang" && file.office == "main" && file.selfComposeUsed == 0)
    }

    @Test("a wrong SMS code says how many tries are left, then locks out")
    func smsAttemptsAndLockout() throws {
        let (engine, sms) = EngineFixture.engine()
        let id = try engine.open(user: EngineFixture.owner, region: "test", at: EngineFixture.start).get()
        _ = try engine.chooseOffice(id, office: "main", vehicle: .smallCar, at: EngineFixture.start).get()
        try engine.acceptNotice(id, at: EngineFixture.start).get()
        _ = try engine.submitVehicle(
            id, vin: EngineFixture.vin(1), credential: EngineFixture.certificate(1), at: EngineFixture.start
        ).get()
        let wrong = sms.latestCode(for: EngineFixture.owner.phone) == "000000" ? "111111" : "000000"
        let t = EngineFixture.start.adding(seconds: 10)
        #expect(engine.confirmBasicInfo(id, code: wrong, at: t) == .failure(.smsCodeWrong(attemptsLeft: 2)))
        #expect(engine.confirmBasicInfo(id, code: wrong, at: t) == .failure(.smsCodeWrong(attemptsLeft: 1)))
        #expect(
            engine.confirmBasicInfo(id, code: wrong, at: t) == .failure(.smsLockedOut(until: t.adding(seconds: 1800))))
        #expect(
            engine.resendCode(id, at: t.adding(seconds: 120)) == .failure(.smsLockedOut(until: t.adding(seconds: 1800)))
        )
        let after = t.adding(seconds: 1800)
        #expect(throws: Never.self) { try engine.resendCode(id, at: after).get() }
        #expect(throws: Never.self) {
            try engine.confirmBasicInfo(id, code: sms.latestCode(for: EngineFixture.owner.phone)!, at: after).get()
        }
    }

    @Test("an SMS code expires, and a new one may be requested only after the resend interval")
    func smsExpiryAndResend() throws {
        let (engine, sms) = EngineFixture.engine()
        let id = try engine.open(user: EngineFixture.owner, region: "test", at: EngineFixture.start).get()
        _ = try engine.chooseOffice(id, office: "main", vehicle: .smallCar, at: EngineFixture.start).get()
        try engine.acceptNotice(id, at: EngineFixture.start).get()
        let sent = try engine.submitVehicle(
            id, vin: EngineFixture.vin(1), credential: EngineFixture.certificate(1), at: EngineFixture.start
        ).get()
        #expect(sent.resendAvailableAt == EngineFixture.start.adding(seconds: 60))
        #expect(sent.practiceCode == nil)
        #expect(
            engine.resendCode(id, at: EngineFixture.start.adding(seconds: 30))
                == .failure(.smsResendTooSoon(availableAt: EngineFixture.start.adding(seconds: 60))))
        let code = sms.latestCode(for: EngineFixture.owner.phone)!
        #expect(
            engine.confirmBasicInfo(id, code: code, at: EngineFixture.start.adding(seconds: 300))
                == .failure(.smsCodeExpired))
    }
}

@Test("stage changes and draw steps can be left out of the events while every outcome is still reported")
func withoutStageChanges() throws {
    let (engine, sms) = EngineFixture.engine()
    engine.reportsStageChanges = false
    engine.reportsSelectionSteps = false
    var driver = Driver(engine: engine, sms: sms)
    let id = try driver.selection()
    _ = try engine.switchMode(id, to: .random, at: driver.tick(1)).get()
    var generator = Xoshiro256(seed: 1)
    let batch = try engine.draw(id, generator: &generator, at: driver.tick(1)).get()
    _ = try engine.keepBackup(id, serial: batch.candidates[0], at: driver.tick(1)).get()
    _ = try engine.confirmBackup(id, serial: batch.candidates[0], at: driver.tick(1)).get()
    #expect(!engine.events.contains { if case .stageChanged = $0.kind { true } else { false } })
    #expect(
        !engine.events.contains {
            switch $0.kind {
            case .drawn, .backupKept: true
            default: false
            }
        })
    #expect(engine.events.contains { if case .basicInfoCompleted = $0.kind { true } else { false } })
    #expect(engine.events.contains { if case .reserved = $0.kind { true } else { false } })
}
