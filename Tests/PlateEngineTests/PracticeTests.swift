import PlateRules
import Testing

@testable import PlateEngine

/// Practice mode (模拟选号): same flow, nothing verified, nothing saved, number invalid.
@Suite("Practice mode")
struct PracticeTests {
    /// Everything observable about the engine's state.
    struct Snapshot: Equatable {
        let availability: [String: NumberAvailability]
        let counts: [PoolKey: PoolCounts]
        let files: [String: VehicleFile]
        let blacklist: [String: BlacklistEntry]
        let events: [EngineEvent]
        let applications: [ApplicationID: Application]
        let smsDelivered: Int
        let nextCode: UInt64

        init(_ engine: PlateEngine, _ sms: InMemorySMSGateway) {
            var availability: [String: NumberAvailability] = [:]
            var counts: [PoolKey: PoolCounts] = [:]
            for key in engine.poolKeys {
                let pool = engine.pool(key)!
                counts[key] = pool.counts
                for shape in pool.format.shapes.indices {
                    for serial in pool.format.serials(shapeIndex: shape) {
                        availability["\(key)/\(serial)"] = pool.availability(of: serial)
                    }
                }
            }
            self.availability = availability
            self.counts = counts
            files = engine.files
            blacklist = engine.blacklist
            events = engine.events
            applications = engine.applications
            smsDelivered = sms.delivered.count
            var copy = engine.smsGenerator
            nextCode = copy.next()
        }
    }

    @Test("a full practice session through both modes leaves the engine exactly as it was")
    func practiceNeverMutates() throws {
        let (engine, sms) = EngineFixture.engine()
        var real = Driver(engine: engine, sms: sms)
        let a = try real.selection()
        _ = try engine.confirmSelfCompose(a, numbers: ["A04"], at: real.tick(8)).get()
        let before = Snapshot(engine, sms)

        let t = real.time
        let session = try PracticeSession.open(
            engine: engine, user: EngineFixture.owner, region: "test", seed: 9, at: t
        ).get()
        _ = try session.chooseOffice("main", vehicle: .smallCar, at: t).get()
        try session.acceptNotice().get()
        // Checked for form only: a malformed VIN or credential is refused as on the platform, but a well-formed VIN
        // the registry has never seen is accepted, and the code is shown.
        guard
            case .failure(.invalidVIN) = session.submitVehicle(
                vin: "ANYTHING", credential: Credential(.certificate, "x"), at: t)
        else {
            Issue.record("a malformed VIN was accepted in practice")
            return
        }
        #expect(
            session.submitVehicle(vin: EngineFixture.vin(999), credential: Credential(.certificate, "x"), at: t)
                == .failure(.credentialFormat(.certificate)))
        let sent = try session.submitVehicle(
            vin: EngineFixture.vin(999), credential: EngineFixture.certificate(999), at: t
        ).get()
        let code = try #require(sent.practiceCode)
        _ = try session.confirmBasicInfo(code: code, at: t).get()
        let identity = try session.startSelection(at: t).get()
        _ = try session.confirmIdentity(code: try #require(identity.code.practiceCode), at: identity.countdownEnds)
            .get()
        // A04 is really taken: on the published-pool keyboard practice can type it, as on the real platform, and
        // confirm refuses it.
        #expect(try session.keyboard(prefix: "A0", at: t).get().enabled == Array("0123456789"))
        #expect(try session.keyboard(prefix: "A04", at: t).get().isComplete)
        let taken = session.confirmSelfCompose(["A04"], at: identity.countdownEnds.adding(seconds: 8))
        #expect(taken == .failure(.allTaken(tried: ["A04"], remaining: 5)))
        let batch = try session.draw(withoutFour: true, at: identity.countdownEnds.adding(seconds: 9)).get()
        _ = try session.keepBackup(batch.candidates[0], at: identity.countdownEnds.adding(seconds: 10)).get()
        let reservation = try session.confirmBackup(batch.candidates[0], at: identity.countdownEnds.adding(seconds: 11))
            .get()
        #expect(reservation.practice)

        #expect(Snapshot(engine, sms) == before)
        #expect(
            engine.pool(reservation.pool)?.availability(of: reservation.serial)
                == .available(selfCompose: true, random: true))
    }

    @Test("re-entry in phase 2 goes to 选号服务说明 and a new identity check, chances kept; with none left, to the office")
    func practiceReentry() throws {
        let (engine, _) = EngineFixture.engine()
        let t = EngineFixture.start
        let session = try PracticeSession.open(
            engine: engine, user: EngineFixture.owner, region: "test", seed: 9, at: t
        ).get()
        _ = try session.chooseOffice("main", vehicle: .smallCar, at: t).get()
        try session.acceptNotice().get()
        let sent = try session.submitVehicle(
            vin: EngineFixture.vin(999), credential: EngineFixture.certificate(999), at: t
        ).get()
        _ = try session.confirmBasicInfo(code: try #require(sent.practiceCode), at: t).get()
        let identity = try session.startSelection(at: t).get()
        _ = try session.confirmIdentity(code: try #require(identity.code.practiceCode), at: identity.countdownEnds)
            .get()
        _ = try session.draw(at: identity.countdownEnds.adding(seconds: 1)).get()
        // Leave and come back: the notes, not the random page; one draw used, the batch gone.
        let back = identity.countdownEnds.adding(seconds: 60)
        #expect(session.reenter(at: back) == .success(.serviceNotes))
        #expect(session.application.batch == nil && session.screen(at: back).drawsRemaining == 1)
        #expect(
            session.keyboard(prefix: "", at: back).map { _ in true } != .success(true),
            "no keyboard before a new identity check")
        let again = try session.startSelection(at: back).get()
        _ = try session.confirmIdentity(code: try #require(again.code.practiceCode), at: again.countdownEnds).get()
        // Every chance used (the last draw, then two confirms of numbers others hold): coming back sends the trainee to
        // the office.
        let key = try #require(engine.poolKeys.first { $0.pool == "car" && $0.office == "main" })
        _ = engine.setUpTaken(key, serials: ["A00", "A01", "A02"], at: again.countdownEnds)
        _ = try session.switchMode(to: .random, at: again.countdownEnds).get()
        _ = try session.draw(at: again.countdownEnds.adding(seconds: 1)).get()
        _ = try session.switchMode(to: .selfCompose, at: again.countdownEnds.adding(seconds: 2)).get()
        for n in 1...2 {
            let result = session.confirmSelfCompose(
                ["A00", "A01", "A02"], at: again.countdownEnds.adding(seconds: Int64(2 + 10 * n)))
            #expect(result.map(\.serial) == .failure(.allTaken(tried: ["A00", "A01", "A02"], remaining: 6 - 3 * n)))
        }
        let out = again.countdownEnds.adding(seconds: 300)
        #expect(session.screen(at: out).selfComposeRemaining == 0 && session.screen(at: out).drawsRemaining == 0)
        #expect(session.reenter(at: out) == .failure(.goToOffice))
        #expect(session.stage.name == .goToOffice)
    }

    @Test("practice applies the same entry rules but never records a blacklist hit")
    func practiceEntryRules() throws {
        let (engine, _) = EngineFixture.engine()
        let away = UserAccount(subject: Subject(1), id: "w", kind: .newVehicleOwner, home: "elsewhere", phone: "1")
        #expect(throws: Rejection.localityNotAllowed(kind: .newVehicleOwner, home: "elsewhere", region: "test")) {
            try PracticeSession.open(engine: engine, user: away, region: "test", seed: 1, at: EngineFixture.start).get()
        }
        #expect(!engine.events.contains { if case .entryRefused = $0.kind { true } else { false } })
    }
}
