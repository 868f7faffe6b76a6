import PlateRules
import PropertyBased
import Testing

@testable import PlateEngine

/// Random rule sets and random operation sequences; invariants checked after every operation.
@Suite("Engine invariants")
struct EnginePropertyTests {
    /// Rule values varied per run, as an overlay over the fixture.
    struct Variant: CustomStringConvertible {
        let total: Int, perConfirm: Int, draws: Int, candidates: Int, validity: Int, afterLapses: Int, seed: UInt64

        var overlay: String {
            """
            schema: platelab/changes/v1
            set:
              self_compose: {total: \(total), per_confirm: \(perConfirm), confirm_interval: 8s}
              random: {draws: \(draws), candidates: \(candidates)}
              reservation.valid_for: \(validity) working days
              blacklist.after_lapses: \(afterLapses)
            """
        }

        var description: String {
            "total \(total) N \(perConfirm) draws \(draws) K \(candidates) valid \(validity) lapses \(afterLapses) seed \(seed)"
        }
    }

    static let users: [UserAccount] = [
        UserAccount(subject: Subject(1), id: "local1", kind: .newVehicleOwner, home: "test", phone: "1"),
        UserAccount(subject: Subject(2), id: "local2", kind: .newVehicleOwner, home: "test", phone: "2"),
        UserAccount(subject: Subject(3), id: "driver", kind: .ownerDriver, home: "elsewhere", phone: "3"),
        UserAccount(subject: Subject(4), id: "stranger", kind: .newVehicleOwner, home: "elsewhere", phone: "4"),
    ]

    @Test("numbers, quotas, blacklist, locality and lapses stay consistent under random operations")
    func invariantsHold() async {
        // One seed decides the rule variant and every operation, so a failure names all it needs to replay.
        await propertyCheck(count: 60, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var g = Xoshiro256(seed: UInt64(seed), stream: "variant")
            func draw(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(g.next() % UInt64(range.count)) }
            let total = draw(1...6)
            check(
                Variant(
                    total: total, perConfirm: min(draw(1...3), total), draws: draw(0...3), candidates: draw(1...5),
                    validity: draw(1...3), afterLapses: draw(1...2), seed: UInt64(seed)))
        }
    }

    func check(_ variant: Variant) {
        guard let overlay = ChangesLoader.load(text: variant.overlay, file: "variant.yaml").overlay,
            let book = RuleSetLoader.load(text: EngineFixture.rulesText, file: "test.yaml", overlays: [overlay]).book
        else {
            Issue.record("variant did not load: \(variant)")
            return
        }
        var registry = VehicleRegistry()
        for n in 1...8 {
            registry.add(
                VehicleRecord(
                    vin: EngineFixture.vin(n), kind: .smallCar, credentialKind: .certificate,
                    credential: EngineFixture.certificate(n).number))
        }
        let sms = InMemorySMSGateway()
        let engine = PlateEngine(
            books: [book], registry: registry, gateway: sms, seed: variant.seed, start: EngineFixture.start)
        let rules = book.base
        var random = Xoshiro256(seed: variant.seed, stream: "operations")
        var time = EngineFixture.start
        var operations = RandomOperations(
            engine: engine, sms: sms, users: Self.users, vehicles: 8,
            office: { _, _ in ("main", .smallCar) },
            serial: { _, random in "A" + String(random.next() % 4) + String(random.next() % 10) })
        var active: Set<String> = []  // serials reserved and not lapsed
        var registeredSerials: Set<String> = []
        var checkedEvents = 0

        for _ in 0..<80 {
            time = time.adding(seconds: [1, 8, 30, 600, 3600, 86_400 * 2][Int(random.next() % 6)])
            operations.perform(at: &time, random: &random)

            for event in engine.events[checkedEvents...] {
                switch event.kind {
                case .reserved(let r):
                    #expect(
                        !active.contains(r.serial) && !registeredSerials.contains(r.serial),
                        "\(r.serial) reserved twice — \(variant)")
                    active.insert(r.serial)
                    if let until = engine.blacklistEntry(user: r.user)?.until {
                        #expect(
                            r.reservedAt.date(in: EngineFixture.zone) > until,
                            "blacklisted \(r.user) reserved — \(variant)")
                    }
                case .lapsed(_, _, let serial, _): active.remove(serial)
                case .registered(_, _, let serial):
                    active.remove(serial)
                    registeredSerials.insert(serial)
                case .applicationOpened(_, let subject, let userID, _):
                    let account = Self.users.first { $0.id == userID }!
                    #expect(account.subject == subject, "the event names the account's subject — \(variant)")
                    #expect(
                        account.home == "test" || rules.locality.crossRegion.contains(account.kind),
                        "locality violated — \(variant)")
                default: break
                }
            }
            checkedEvents = engine.events.count
            for n in 1...8 {
                guard let file = engine.file(vin: EngineFixture.vin(n)) else { continue }
                #expect(
                    (0...rules.selfCompose.total).contains(file.selfComposeUsed),
                    "self-compose quota out of range — \(variant)")
                #expect((0...rules.random.draws).contains(file.drawsUsed), "draw quota out of range — \(variant)")
            }
        }

        // Every lapse returns its number once the reuse delay (1 day) has passed.
        engine.advance(to: time.adding(seconds: 86_400 * 40))
        let lapsed = engine.events.compactMap { if case .lapsed(_, _, let serial, _) = $0.kind { serial } else { nil } }
        let returned = engine.events.compactMap {
            if case .pool(_, .numberReturned(let serial, _)) = $0.kind { serial } else { nil }
        }
        for serial in Set(lapsed) {
            #expect(
                returned.filter { $0 == serial }.count == lapsed.filter { $0 == serial }.count,
                "\(serial) did not return — \(variant)")
        }
    }
}
