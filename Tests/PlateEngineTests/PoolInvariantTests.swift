import PlateRules
import PropertyBased
import Testing

@testable import PlateEngine

/// The pools' books at every step: what the counts say agrees with each number's state, with the reservations
/// and registrations the events announced, across two offices sharing a pool kind, a dated rule change in the
/// middle of the sequence, and rule values at the ends of their ranges.
@Suite("Engine invariants: pools, offices, dated changes, limits")
struct PoolInvariantTests {
    /// Rule values before and after the dated change; each drawn from the ends of its range as often as from between.
    struct Variant: CustomStringConvertible {
        let seed: UInt64
        let before: Values, after: Values
        /// The change takes effect this many days after the start, at local midnight.
        let changeDay: Int

        struct Values {
            let total: Int, perConfirm: Int, draws: Int, candidates: Int, validity: Int, afterLapses: Int, reuse: String
            var text: String {
                "{self_compose.total: \(total), self_compose.per_confirm: \(perConfirm), random.draws: \(draws), random.candidates: \(candidates), "
                    + "reservation.valid_for: \(validity) working days, blacklist.after_lapses: \(afterLapses), reservation.reuse_after: \(reuse)}"
            }
        }

        var description: String { "seed \(seed): before \(before.text), from day \(changeDay) \(after.text)" }

        init(seed: UInt64) {
            self.seed = seed
            var g = Xoshiro256(seed: seed, stream: "variant")
            func pick(_ range: ClosedRange<Int>) -> Int {
                // A third at each end of the range, a third between.
                switch g.next() % 3 {
                case 0: range.lowerBound
                case 1: range.upperBound
                default: range.lowerBound + Int(g.next() % UInt64(range.count))
                }
            }
            func values() -> Values {
                let total = pick(0...1000)
                return Values(
                    total: total, perConfirm: max(1, min(pick(1...100), total)), draws: pick(0...1000),
                    candidates: pick(1...1000),
                    validity: pick(1...36_600), afterLapses: pick(1...100),
                    reuse: ["1s", "1d", "36600 working days"][Int(g.next() % 3)])
            }
            before = values()
            after = values()
            changeDay = 1 + Int(g.next() % 4)
        }

        /// The fixture's rules with the variant's values as the base and as a dated change.
        var rules: String {
            let change = EngineFixture.start.date(in: EngineFixture.zone).adding(days: changeDay)
            return EngineFixture.rulesText
                + "\nchanges:\n  - {from: 2000-01-01, set: \(before.text)}\n  - {from: \(change), set: \(after.text)}\n"
        }
    }

    /// Small cars 1–6 (office main only) and small NEVs 7–12 (main or branch), on four accounts.
    static let users: [UserAccount] = (1...4).map {
        UserAccount(
            subject: Subject($0), id: "user\($0)", kind: $0 == 4 ? .ownerDriver : .newVehicleOwner, home: "test",
            phone: String($0))
    }

    @Test("counts agree with every number's state and with the live reservations and registrations, at every step")
    func booksBalance() async {
        await propertyCheck(count: 40, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            check(Variant(seed: UInt64(seed)))
        }
    }

    func check(_ variant: Variant) {
        let loaded = RuleSetLoader.load(text: variant.rules, file: "variant.yaml")
        guard let book = loaded.book, !loaded.diagnostics.hasErrors else {
            Issue.record("variant did not load: \(loaded.diagnostics.map(\.description)) — \(variant)")
            return
        }
        #expect(book.epochs.count == 3, "the base and two dated changes — \(variant)")
        var registry = VehicleRegistry()
        for n in 1...12 {
            registry.add(
                VehicleRecord(
                    vin: EngineFixture.vin(n), kind: n <= 6 ? .smallCar : .smallNEV, credentialKind: .certificate,
                    credential: EngineFixture.certificate(n).number))
        }
        let sms = InMemorySMSGateway()
        let engine = PlateEngine(
            books: [book], registry: registry, gateway: sms, seed: variant.seed, start: EngineFixture.start)
        var random = Xoshiro256(seed: variant.seed, stream: "operations")
        var time = EngineFixture.start
        // Small cars at the main office; NEVs at either office, which share the NEV pool kind's segments.
        var operations = RandomOperations(
            engine: engine, sms: sms, users: Self.users, vehicles: 12, phaseOneGoesOn: true,
            office: { vehicle, random in
                vehicle <= 6 ? ("main", .smallCar) : (random.next() % 2 == 0 ? "branch" : "main", .smallNEV)
            },
            serial: { vehicle, random in
                (vehicle <= 6 ? ["A", "B"] : ["D", "F"])[Int(random.next() % 2)] + String(random.next() % 10)
                    + String(random.next() % 10)
            })
        var live: [PoolKey: Set<String>] = [:]
        var registered: [PoolKey: Set<String>] = [:]
        var checkedEvents = 0

        for step in 0..<200 {
            time = time.adding(seconds: [1, 8, 8, 30, 30, 600, 3600, 86_400][Int(random.next() % 8)])
            // Keep to the service hours (08:00–23:00), where the flow can go on.
            let local = time.secondsSinceEpoch + 8 * 3600
            if local % 86_400 >= 23 * 3600 { time = time.adding(seconds: 86_400 - local % 86_400 + 8 * 3600 + 60) }
            operations.perform(at: &time, random: &random)

            for event in engine.events[checkedEvents...] {
                switch event.kind {
                case .reserved(let r):
                    #expect(
                        live.values.allSatisfy { !$0.contains(r.serial) }
                            && registered.values.allSatisfy { !$0.contains(r.serial) },
                        "\(r.serial) held twice, across offices too — step \(step), \(variant)")
                    live[r.pool, default: []].insert(r.serial)
                    // The validity in force when it was reserved, the dated change included.
                    let rules = book.rules(at: r.reservedAt)
                    let expected = rules.calendar.lastValidDay(
                        issuedOn: r.reservedAt.date(in: EngineFixture.zone),
                        validFor: rules.reservation.validFor, countedFrom: rules.reservation.countedFrom)
                    #expect(
                        r.lastValidDay == expected,
                        "\(r.serial) valid through \(r.lastValidDay), rules in force say \(String(describing: expected)) — \(variant)"
                    )
                case .lapsed(_, _, let serial, _):
                    #expect(
                        !registered.values.contains { $0.contains(serial) },
                        "registered \(serial) lapsed — step \(step), \(variant)")
                    for key in live.keys { live[key]?.remove(serial) }
                case .registered(_, _, let serial):
                    for key in live.keys where live[key]!.contains(serial) {
                        live[key]!.remove(serial)
                        registered[key, default: []].insert(serial)
                    }
                default: break
                }
            }
            checkedEvents = engine.events.count

            for key in engine.poolKeys {
                guard let pool = engine.pool(key) else { continue }
                let counts = pool.counts
                // Recount from each number's state, independent of the counters kept incrementally.
                var available = 0
                var reserved = 0
                var cooling = 0
                for index in 0..<pool.format.totalCount {
                    switch pool.availability(index: index) {
                    case .available: available += 1
                    case .reserved: reserved += 1
                    case .cooling: cooling += 1
                    case .unpublished, .notMember: break
                    }
                }
                #expect(
                    counts.availableRandom + counts.reserved + counts.cooling == counts.published,
                    "\(key): available \(counts.availableRandom) + reserved \(counts.reserved) + cooling \(counts.cooling) ≠ published \(counts.published) — step \(step), \(variant)"
                )
                #expect(
                    available == counts.availableRandom && reserved == counts.reserved && cooling == counts.cooling,
                    "\(key): states count \(available)/\(reserved)/\(cooling), counters \(counts.availableRandom)/\(counts.reserved)/\(counts.cooling) — \(variant)"
                )
                #expect(
                    counts.reserved == (live[key]?.count ?? 0) + (registered[key]?.count ?? 0),
                    "\(key): \(counts.reserved) reserved, \(live[key]?.count ?? 0) live reservations + \(registered[key]?.count ?? 0) registered — step \(step), \(variant)"
                )
            }
            for n in 1...12 {
                guard let file = engine.file(vin: EngineFixture.vin(n)) else { continue }
                let most = max(variant.before.total, variant.after.total)
                let mostDraws = max(variant.before.draws, variant.after.draws)
                #expect(
                    (0...most).contains(file.selfComposeUsed) && (0...mostDraws).contains(file.drawsUsed),
                    "quota out of range — \(variant)")
            }
        }
    }
}
