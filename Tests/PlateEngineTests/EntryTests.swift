import Foundation
import PlateRules
import Testing

@testable import PlateEngine

/// Who may enter: locality by user kind, counter signing, blacklist.
@Suite("Entry rules")
struct EntryTests {
    @Test(
        "home-only user kinds may not pre-select in another region; cross-region kinds may",
        arguments: UserKind.allCases)
    func locality(kind: UserKind) {
        let (engine, _) = EngineFixture.engine()
        let user = UserAccount(
            subject: Subject(1), id: "u", kind: kind, home: "elsewhere", phone: "1", counterSigned: true)
        let result = engine.open(user: user, region: "test", at: EngineFixture.start)
        switch kind {
        case .newVehicleOwner, .organisation:
            #expect(result == .failure(.localityNotAllowed(kind: kind, home: "elsewhere", region: "test")))
        case .ownerDriver, .counterRegistered:
            #expect(throws: Never.self) { try result.get() }
        }
    }

    @Test("organisations must sign at the counter first")
    func counterSigning() {
        let (engine, _) = EngineFixture.engine()
        let unsigned = UserAccount(subject: Subject(1), id: "org", kind: .organisation, home: "test", phone: "1")
        #expect(
            engine.open(user: unsigned, region: "test", at: EngineFixture.start) == .failure(.counterSigningRequired))
        let signed = UserAccount(
            subject: Subject(1), id: "org", kind: .organisation, home: "test", phone: "1", counterSigned: true)
        #expect(throws: Never.self) { try engine.open(user: signed, region: "test", at: EngineFixture.start).get() }
    }

    @Test("an unknown region is refused")
    func unknownRegion() {
        let (engine, _) = EngineFixture.engine()
        #expect(
            engine.open(user: EngineFixture.owner, region: "mars", at: EngineFixture.start)
                == .failure(.unknownRegion("mars")))
    }
}

/// Reservations: validity, registration, lapse, blacklist.
@Suite("Reservations and blacklist")
struct ReservationTests {
    func reserve(_ engine: PlateEngine, _ sms: InMemorySMSGateway, serial: String = "A00") throws -> (
        Reservation, Driver
    ) {
        var driver = Driver(engine: engine, sms: sms)
        let id = try driver.selection()
        return (try engine.confirmSelfCompose(id, numbers: [serial], at: driver.tick(8)).get(), driver)
    }

    @Test("registration within the validity keeps the number for good")
    func registration() throws {
        let (engine, sms) = EngineFixture.engine()
        let (reservation, _) = try reserve(engine, sms)
        #expect(
            try engine.register(vin: reservation.vin, at: EngineFixture.at("2026-12-04T10:00")).get() == reservation)
        engine.advance(to: EngineFixture.at("2027-06-01T00:00"))
        #expect(engine.pool(reservation.pool)?.availability(of: "A00") == .reserved)
        #expect(!engine.events.contains { if case .lapsed = $0.kind { true } else { false } })
        #expect(engine.registry.record(vin: reservation.vin)?.registered == true)
        // A second registration is refused as such (not as a lapse), and the refusal is an event.
        #expect(
            engine.register(vin: reservation.vin, at: EngineFixture.at("2027-06-01T10:00"))
                == .failure(.alreadyRegistered))
        #expect(
            engine.events.last?.kind
                == .registrationRefused(EngineFixture.owner.subject, vin: reservation.vin, .alreadyRegistered))
    }

    @Test("on lapse the number returns to the pool after the reuse delay and the owner is blacklisted")
    func lapse() throws {
        let (engine, sms) = EngineFixture.engine()
        let (reservation, _) = try reserve(engine, sms)
        // Reserved Tue 2026-12-01: 3 working days from the next day → through Fri 12-04; lapses at Sat 00:00.
        #expect(reservation.lastValidDay == CivilDate(year: 2026, month: 12, day: 4))
        engine.advance(to: EngineFixture.at("2026-12-05T00:00"))
        #expect(
            engine.events.contains {
                $0.kind == .lapsed(EngineFixture.owner.subject, vin: reservation.vin, serial: "A00", user: "zhang")
            })
        #expect(engine.blacklistEntry(user: "zhang")?.until == CivilDate(year: 2028, month: 12, day: 4))
        #expect(
            engine.pool(reservation.pool)?.availability(of: "A00")
                == .cooling(until: EngineFixture.at("2026-12-06T00:00")))
        engine.advance(to: EngineFixture.at("2026-12-06T00:00"))
        #expect(engine.pool(reservation.pool)?.availability(of: "A00") == .available(selfCompose: true, random: true))
        #expect(
            engine.register(vin: reservation.vin, at: EngineFixture.at("2026-12-06T09:00"))
                == .failure(.reservationLapsed))
        #expect(
            engine.events.last?.kind
                == .registrationRefused(EngineFixture.owner.subject, vin: reservation.vin, .reservationLapsed))
    }

    @Test("one advance past both the lapse and the reuse delay applies them in time order")
    func lapseAndReturnInOneAdvance() throws {
        let (engine, sms) = EngineFixture.engine()
        let (reservation, _) = try reserve(engine, sms)
        engine.advance(to: EngineFixture.at("2026-12-20T00:00"))
        #expect(engine.pool(reservation.pool)?.availability(of: "A00") == .available(selfCompose: true, random: true))
        let returned = engine.events.first {
            $0.kind == .pool(reservation.pool, .numberReturned(serial: "A00", at: EngineFixture.at("2026-12-06T00:00")))
        }
        #expect(returned?.at == EngineFixture.at("2026-12-06T00:00"))
    }

    @Test("a blacklisted user is refused at entry, counted as a hit, and released when the blacklist ends")
    func blacklistHitsAndRelease() throws {
        let (engine, sms) = EngineFixture.engine()
        _ = try reserve(engine, sms)
        engine.advance(to: EngineFixture.at("2026-12-05T00:00"))
        #expect(
            engine.open(user: EngineFixture.owner, region: "test", at: EngineFixture.at("2027-03-01T09:00"))
                == .failure(.blacklistedUntil(CivilDate(year: 2028, month: 12, day: 4)!)))
        #expect(engine.events.contains { $0.kind == .blacklistHit(EngineFixture.owner.subject, user: "zhang") })
        engine.advance(to: EngineFixture.at("2028-12-05T00:00"))
        #expect(engine.events.contains { $0.kind == .blacklistLifted(EngineFixture.owner.subject, user: "zhang") })
        #expect(throws: Never.self) {
            try engine.open(user: EngineFixture.owner, region: "test", at: EngineFixture.at("2028-12-05T09:00")).get()
        }
    }

    @Test("a VIN holds one valid reservation and succeeds online only once")
    func oneReservationPerVIN() throws {
        let (engine, sms) = EngineFixture.engine()
        let (reservation, driver) = try reserve(engine, sms)
        let id = try engine.open(user: EngineFixture.owner, region: "test", at: driver.time).get()
        _ = try engine.chooseOffice(id, office: "main", vehicle: .smallCar, at: driver.time).get()
        try engine.acceptNotice(id, at: driver.time).get()
        #expect(
            engine.submitVehicle(id, vin: reservation.vin, credential: EngineFixture.certificate(1), at: driver.time)
                == .failure(.alreadyReserved(serial: "A00", validUntil: reservation.lastValidDay)))
        engine.advance(to: EngineFixture.at("2028-12-06T00:00"))
        let again = try engine.open(user: EngineFixture.owner, region: "test", at: EngineFixture.at("2028-12-06T09:00"))
            .get()
        _ = try engine.chooseOffice(again, office: "main", vehicle: .smallCar, at: EngineFixture.at("2028-12-06T09:00"))
            .get()
        try engine.acceptNotice(again, at: EngineFixture.at("2028-12-06T09:00")).get()
        #expect(
            engine.submitVehicle(
                again, vin: reservation.vin, credential: EngineFixture.certificate(1),
                at: EngineFixture.at("2028-12-06T09:00"))
                == .failure(.alreadySucceeded))
    }
}

/// Re-entry routing, exactly as the seed article describes.
@Suite("Re-entry")
struct ReentryTests {
    @Test("basic info done, no number yet, chances left: straight to the service notes")
    func toServiceNotes() throws {
        let (engine, sms) = EngineFixture.engine()
        var driver = Driver(engine: engine, sms: sms)
        _ = try driver.basicInfo()
        let route = try engine.reenter(
            user: EngineFixture.owner, region: "test", vin: EngineFixture.vin(1), at: driver.tick(3600)
        ).get()
        guard case .serviceNotes(let id) = route else {
            Issue.record("routed to \(route)")
            return
        }
        #expect(engine.application(id)?.stage == .serviceNotes)
        #expect(throws: Never.self) { try engine.startSelection(id, at: driver.time).get() }
    }

    @Test("a valid reservation, not blacklisted: straight to done")
    func toDone() throws {
        let (engine, sms) = EngineFixture.engine()
        var driver = Driver(engine: engine, sms: sms)
        let id = try driver.selection()
        let reservation = try engine.confirmSelfCompose(id, numbers: ["A02"], at: driver.tick(8)).get()
        let route = try engine.reenter(
            user: EngineFixture.owner, region: "test", vin: reservation.vin, at: driver.tick(600)
        ).get()
        guard case .done(_, let shown) = route else {
            Issue.record("routed to \(route)")
            return
        }
        #expect(shown == reservation)
    }

    @Test(
        "a dated change took the office's pool for the vehicle away since phase 1: refused with the reason, not routed to a selection with no pool"
    )
    func poolGoneSincePhaseOne() throws {
        let (engine, sms) = EngineFixture.engine(
            """

            changes:
              - {from: 2026-12-02, set: {offices: [{id: main, name: 测试车管所, pools: [nev]}, {id: branch, name: 测试分所, pools: [nev]}]}}
            """)
        var driver = Driver(engine: engine, sms: sms)
        _ = try driver.basicInfo()
        let route = engine.reenter(
            user: EngineFixture.owner, region: "test", vin: EngineFixture.vin(1),
            at: EngineFixture.at("2026-12-02T09:00"))
        #expect(route == .failure(.vehicleKindNotOffered(.smallCar, office: "main")))
    }

    @Test("no progress on the VIN: start from the beginning")
    func toStart() throws {
        let (engine, _) = EngineFixture.engine()
        let route = try engine.reenter(
            user: EngineFixture.owner, region: "test", vin: EngineFixture.vin(9), at: EngineFixture.start
        ).get()
        guard case .start(let id) = route else {
            Issue.record("routed to \(route)")
            return
        }
        #expect(engine.application(id)?.stage == .choosingOffice)
    }
}

/// One engine hosting several regions, with cross-region users.
@Suite("Several regions")
struct SeveralRegionsTests {
    /// A second region beside the fixture's: another province, a first segment that is not open to both, and
    /// counter-registered users kept home-only (the fixture region lets them cross).
    static let neighbour: RuleBook = {
        let text = EngineFixture.rulesText
            .replacingOccurrences(
                of: "region: {id: test, name: 测试市, province: 冀, authority: H}",
                with: "region: {id: neighbour, name: 邻市, province: 粤, authority: B}"
            )
            .replacingOccurrences(
                of: """
                    home_only: [new_vehicle_owner, organisation]
                      cross_region: [owner_driver, counter_registered]
                    """,
                with: """
                    home_only: [new_vehicle_owner, organisation, counter_registered]
                      cross_region: [owner_driver]
                    """
            )
            .replacingOccurrences(of: "first_open_to_both: true", with: "first_open_to_both: false")
        let result = RuleSetLoader.load(text: text, file: "neighbour.yaml")
        precondition(
            text.contains("id: neighbour") && text.contains("cross_region: [owner_driver]\n")
                && !text.contains("first_open_to_both: true"), "the fixture's rules no longer read as they did")
        precondition(result.book != nil, "\(result.diagnostics)")
        return result.book!
    }()

    @Test("two regions in one engine: each pool is its own, and locality follows each region's rules")
    func twoRegions() throws {
        let engine = PlateEngine(
            books: [EngineFixture.book(), Self.neighbour],
            registry: VehicleRegistry(), gateway: InMemorySMSGateway(), seed: 1, start: EngineFixture.start)
        #expect(engine.regionIDs == ["neighbour", "test"])
        // Each region's offices and pools are its own, under their own names.
        #expect(engine.poolKeys.filter { $0.region == "test" }.count == 3)
        #expect(engine.poolKeys.filter { $0.region == "neighbour" }.count == 3)
        let home = try #require(engine.pool(PoolKey(region: "test", office: "main", pool: "car")))
        let away = try #require(engine.pool(PoolKey(region: "neighbour", office: "main", pool: "car")))
        // The neighbour's first segment is not open to both: self-compose has nothing for 7 days, random has all.
        #expect(!home.keyboard(prefix: "", rule: .available).enabled.isEmpty)
        #expect(away.keyboard(prefix: "", rule: .available).enabled.isEmpty)
        #expect(away.counts.availableSelfCompose == 0 && away.counts.availableRandom == home.counts.availableRandom)
        let driver = UserAccount(subject: Subject(1), id: "d", kind: .ownerDriver, home: "test", phone: "1")
        let owner = UserAccount(subject: Subject(2), id: "o", kind: .newVehicleOwner, home: "test", phone: "2")
        let counter = UserAccount(subject: Subject(3), id: "c", kind: .counterRegistered, home: "test", phone: "3")
        #expect(throws: Never.self) {
            try engine.open(user: driver, region: "neighbour", at: EngineFixture.start).get()
        }
        #expect(
            engine.open(user: owner, region: "neighbour", at: EngineFixture.start)
                == .failure(.localityNotAllowed(kind: .newVehicleOwner, home: "test", region: "neighbour")))
        // The neighbour keeps counter-registered users home-only; the fixture region lets them cross.
        #expect(
            engine.open(user: counter, region: "neighbour", at: EngineFixture.start)
                == .failure(.localityNotAllowed(kind: .counterRegistered, home: "test", region: "neighbour")))
        let neighbourCounter = UserAccount(
            subject: Subject(4), id: "n", kind: .counterRegistered, home: "neighbour", phone: "4")
        #expect(throws: Never.self) {
            try engine.open(user: neighbourCounter, region: "test", at: EngineFixture.start).get()
        }
    }
}

@Suite("Blacklist during a session")
struct BlacklistMidSessionTests {
    @Test("a user blacklisted by a lapse on another VIN cannot go on selecting in a session opened before")
    func blacklistStopsOpenSessions() throws {
        let (engine, sms) = EngineFixture.engine()
        var first = Driver(engine: engine, sms: sms)
        let a = try first.selection()
        _ = try engine.confirmSelfCompose(a, numbers: ["A00"], at: first.tick(8)).get()
        var second = Driver(engine: engine, sms: sms, vehicle: 2, time: first.time)
        let b = try second.basicInfo()
        // The first reservation lapses on Sat 2026-12-05 00:00; the second session is still open.
        let later = EngineFixture.at("2026-12-07T09:00")
        #expect(
            engine.startSelection(b, at: later)
                == .failure(.blacklistedUntil(CivilDate(year: 2028, month: 12, day: 4)!)))
        #expect(engine.events.last { if case .blacklistHit = $0.kind { true } else { false } }?.at == later)
    }

    @Test("a session found clear of the blacklist is checked again once the blacklist changes")
    func clearanceIsForgottenWhenTheBlacklistChanges() throws {
        let (engine, sms) = EngineFixture.engine()
        // Someone else is blacklisted, so the list is not empty and the session's user is looked up.
        engine.blacklistForTraining(
            UserAccount(subject: Subject(9), id: "somebody-else", kind: .newVehicleOwner, home: "test", phone: "9"),
            until: CivilDate(year: 2027, month: 1, day: 1)!)
        var driver = Driver(engine: engine, sms: sms)
        let id = try driver.basicInfo()
        _ = try engine.startSelection(id, at: driver.tick(5)).get()
        engine.blacklistForTraining(driver.user, until: CivilDate(year: 2027, month: 1, day: 1)!)
        #expect(
            engine.confirmIdentity(id, code: sms.latestCode(for: driver.user.phone)!, at: driver.tick(15))
                == .failure(.blacklistedUntil(CivilDate(year: 2027, month: 1, day: 1)!)))
    }
}
