import PlateRules

@testable import PlateEngine

/// A small region whose numbers can be checked by hand: serials `A00`–`B99` (200 numbers) in segments of 10.
enum EngineFixture {
    static let rulesText = """
        schema: platelab/rules/v1
        region: {id: test, name: 测试市, province: 冀, authority: H}
        offices:
          - {id: main, name: 测试车管所, pools: [car, nev]}
          - {id: branch, name: 测试分所, pools: [nev]}
        notice: 业务须知
        service_hours: {open: "08:00", close: "23:00", days: [mon, tue, wed, thu, fri, sat, sun]}
        calendar: {holidays: [2027-01-01..2027-01-03], extra_workdays: []}
        locality:
          home_only: [new_vehicle_owner, organisation]
          cross_region: [owner_driver, counter_registered]
          counter_signing: [organisation]
        verification:
          sms: {digits: 6, valid_for: 5m, resend_after: 60s, max_attempts: 3, lockout: 30m}
          identity_countdown: 10s
          credentials: {certificate: "[A-Z0-9]{15}", import_certificate: "[A-Z0-9]{14,18}"}
        self_compose: {total: 6, per_confirm: 3, confirm_interval: 8s}
        random: {draws: 2, candidates: 4, batch_expires: 90s, backup_expires: 180s, without_four_option: true}
        reservation: {valid_for: 3 working days, counted_from: next_day, reuse_after: 1d}
        blacklist: {after_lapses: 1, lasts: 2y}
        pools:
          - id: car
            vehicle: small_car
            shapes: [LDD]
            letters: AB
            segments: {size: 10, random_only_for: 7d, first_open_to_both: true}
            publish: {when_available_below: 5, segments: 2, order: shapes}
          - id: nev
            vehicle: small_nev
            shapes: ["[DF]DD"]
            letters: ABCDEFGHJK
            segments: {size: 10, random_only_for: 7d, first_open_to_both: true}
            publish: {when_available_below: 5, segments: 2, order: shapes}
        """

    static let zone = UTCOffset(seconds: 8 * 3600)

    /// Local time in the test region (China Standard Time).
    static func at(_ text: String) -> Instant { Instant(iso8601: text + "+08:00")! }

    /// 2026-12-01 (a Tuesday) 09:00.
    static let start = at("2026-12-01T09:00")

    static func book(_ extra: String = "") -> RuleBook {
        let result = RuleSetLoader.load(text: rulesText + extra, file: "test.yaml")
        precondition(result.book != nil, "\(result.diagnostics)")
        return result.book!
    }

    /// A valid VIN built from a stem (the check digit is computed).
    static func vin(_ n: Int) -> String {
        VIN.withCheckDigit("LFV3A23C0K3" + zeroPadded(n, width: 6))!
    }

    static func certificate(_ n: Int) -> Credential { Credential(.certificate, "WAC" + zeroPadded(n, width: 12)) }

    static let owner = UserAccount(
        subject: Subject(1), id: "zhang", kind: .newVehicleOwner, home: "test", phone: "13800000001")

    /// An engine with vehicles 1…50 (small cars) and 51…60 (small NEVs) in the registry.
    static func engine(_ extra: String = "") -> (PlateEngine, InMemorySMSGateway) {
        var registry = VehicleRegistry()
        for n in 1...60 {
            registry.add(
                VehicleRecord(
                    vin: vin(n), kind: n <= 50 ? .smallCar : .smallNEV, credentialKind: .certificate,
                    credential: certificate(n).number))
        }
        let gateway = InMemorySMSGateway()
        return (PlateEngine(books: [book(extra)], registry: registry, gateway: gateway, seed: 7, start: start), gateway)
    }
}

/// Drives one applicant through the steps, reading SMS codes from the in-memory gateway.
struct Driver {
    let engine: PlateEngine
    let sms: InMemorySMSGateway
    var user = EngineFixture.owner
    var vehicle = 1
    var time = EngineFixture.start

    mutating func tick(_ seconds: Int64) -> Instant {
        time = time.adding(seconds: seconds)
        return time
    }

    /// Office chosen and notice agreed: returns the application waiting for the VIN.
    mutating func enteringVehicle(office: String = "main", kind: VehicleKind = .smallCar) throws -> ApplicationID {
        let id = try engine.open(user: user, region: "test", at: time).get()
        _ = try engine.chooseOffice(id, office: office, vehicle: kind, at: tick(5)).get()
        try engine.acceptNotice(id, at: tick(5)).get()
        return id
    }

    /// Phase 1 complete: returns the application at the service notes.
    mutating func basicInfo(office: String = "main", kind: VehicleKind = .smallCar) throws -> ApplicationID {
        let id = try enteringVehicle(office: office, kind: kind)
        _ = try engine.submitVehicle(
            id, vin: EngineFixture.vin(vehicle), credential: EngineFixture.certificate(vehicle), at: tick(20)
        ).get()
        _ = try engine.confirmBasicInfo(id, code: sms.latestCode(for: user.phone)!, at: tick(20)).get()
        return id
    }

    /// Through phase 2 step 1: returns the application on the selection screen.
    mutating func selection(office: String = "main", kind: VehicleKind = .smallCar) throws -> ApplicationID {
        let id = try basicInfo(office: office, kind: kind)
        _ = try engine.startSelection(id, at: tick(5)).get()
        _ = try engine.confirmIdentity(id, code: sms.latestCode(for: user.phone)!, at: tick(15)).get()
        return id
    }

    /// A second applicant (user `li`, vehicle 2) on the selection screen after this one reserved the first of
    /// `taken` and applicants of their own (vehicles 3, 4, …; one reservation per VIN) reserved the rest.
    mutating func rivalAfterReserving(_ taken: String...) throws -> (id: ApplicationID, driver: Driver) {
        let mine = try selection()
        _ = try engine.confirmSelfCompose(mine, numbers: [taken[0]], at: tick(8)).get()
        for (n, serial) in taken.dropFirst().enumerated() {
            let vehicle = n + 3
            var other = Driver(
                engine: engine, sms: sms,
                user: UserAccount(
                    subject: Subject(vehicle), id: "other-\(vehicle)", kind: .newVehicleOwner,
                    home: "test", phone: "1380000\(1000 + vehicle)"),
                vehicle: vehicle, time: time)
            let id = try other.selection()
            _ = try engine.confirmSelfCompose(id, numbers: [serial], at: other.tick(8)).get()
            time = other.time
        }
        var rival = Driver(
            engine: engine, sms: sms,
            user: UserAccount(
                subject: Subject(2), id: "li", kind: .newVehicleOwner, home: "test", phone: "13800000002"),
            vehicle: 2, time: time)
        return (try rival.selection(), rival)
    }
}
