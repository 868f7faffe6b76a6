import PlateEngine
import PlateRules

/// Measures whole applicant flows (phase 1, phase 2, reservation, registration) against a large pool.
public enum EngineBenchmark {
    /// One measured figure.
    public struct Figure: Sendable {
        public let name: String
        public let operations: Int
        public let nanosecondsPerOperation: Double
    }

    /// Runs `applicants` flows on `book`'s first office and first pool, published up to `numbers` numbers.
    ///
    /// Load `book` with `alwaysOpen` so simulated time can run straight through; every applicant
    /// types a number with the keyboard (as a user would) and registers at once, so nothing lapses.
    public static func run(book: RuleBook, numbers: Int, applicants: Int, seed: UInt64) -> [Figure] {
        let start = Instant(
            date: CivilDate(year: 2026, month: 12, day: 1)!, time: TimeOfDay("00:00")!,
            offset: book.base.region.utcOffset)
        let rules = book.base
        let office = rules.offices[0]
        let pool = rules.pool(office.pools[0])!
        var registry = VehicleRegistry(capacity: applicants)
        var vins: [String] = []
        vins.reserveCapacity(applicants)
        for n in 0..<applicants {
            let stem = "LFV3A23C0K" + zeroPadded(n, width: 7)
            guard let vin = VIN.withCheckDigit(stem) else { continue }
            vins.append(vin)
            registry.add(
                VehicleRecord(
                    vin: vin, kind: pool.vehicle, credentialKind: .certificate,
                    credential: "BENCH" + zeroPadded(n, width: 10)))
        }
        let gateway = CodeEcho()
        let clock = ContinuousClock()
        var figures: [Figure] = []

        var engine: PlateEngine!
        let built = clock.measure {
            engine = PlateEngine(books: [book], registry: registry, gateway: gateway, seed: seed, start: start)
            let key = PoolKey(region: rules.region.id, office: office.id, pool: pool.id)
            let segments = (numbers + pool.segments.size - 1) / pool.segments.size
            engine.publish(
                key, segments: max(0, segments - engine.pool(key)!.counts.published / pool.segments.size), at: start)
        }
        figures.append(
            Figure(
                name: "build engine and publish \(numbers) numbers", operations: 1,
                nanosecondsPerOperation: nanoseconds(built)))
        engine.keepsEventLog = false

        var choices = Xoshiro256(seed: seed, stream: "bench-choices")
        // Flows start once the bulk-published segments are open to self-compose.
        var time = start.adding(seconds: Int64(openingDelay(pool.segments.randomOnlyFor)))
        engine.advance(to: time)
        var reserved = 0
        // The applicants' papers exist before they arrive: formatting test data is not part of a flow.
        let users = vins.indices.map {
            UserAccount(
                subject: Subject($0), id: "u\($0)", kind: .newVehicleOwner, home: rules.region.id, phone: "p\($0)")
        }
        let credentials = vins.indices.map { "BENCH" + zeroPadded($0, width: 10) }
        let flows = clock.measure {
            for (n, vin) in vins.enumerated() {
                if flow(
                    engine, user: users[n], vin: vin, credential: credentials[n], office: office.id,
                    vehicle: pool.vehicle, gateway: gateway, choices: &choices, time: &time)
                {
                    reserved += 1
                }
            }
        }
        figures.append(
            Figure(
                name: "full applicant flow (\(reserved) of \(vins.count) reserved)", operations: vins.count,
                nanosecondsPerOperation: nanoseconds(flows) / Double(max(1, vins.count))))
        return figures
    }

    /// One applicant from entry to registration; true when a number was reserved.
    static func flow(
        _ engine: PlateEngine, user: UserAccount, vin: String, credential: String, office: String, vehicle: VehicleKind,
        gateway: CodeEcho, choices: inout Xoshiro256, time: inout Instant
    ) -> Bool {
        func tick(_ s: Int64) -> Instant {
            time = time.adding(seconds: s)
            return time
        }
        guard case .success(let id) = engine.open(user: user, region: engine.regionIDs[0], at: tick(1)),
            case .success = engine.chooseOffice(id, office: office, vehicle: vehicle, at: time),
            case .success = engine.acceptNotice(id, at: time),
            case .success = engine.submitVehicle(
                id, vin: vin, credential: Credential(.certificate, credential), at: time),
            case .success = engine.confirmBasicInfo(id, code: gateway.last, at: tick(1)),
            case .success(let check) = engine.startSelection(id, at: time),
            case .success(let screen) = engine.confirmIdentity(id, code: gateway.last, at: check.countdownEnds)
        else { return false }
        time = screen.confirmAllowedAt ?? time
        // The published-pool keyboard offers taken numbers too: type again after the countdown until one is free.
        while true {
            var typed = ""
            while case .success(let keys) = engine.keyboard(id, prefix: typed, at: time), !keys.isComplete {
                // The typist reads key codes, as the scenario runner's does: building Characters is not the flow's
                // work.
                let enabled = keys.enabledASCII
                guard !enabled.isEmpty else { break }
                typed.unicodeScalars.append(Unicode.Scalar(enabled[Int(choices.next() % UInt64(enabled.count))]))
            }
            switch engine.confirmSelfCompose(id, numbers: [typed], at: time) {
            case .success(let reservation):
                _ = engine.register(vin: reservation.vin, at: tick(1))
                engine.close(id, at: time)
                return true
            case .failure(.allTaken(_, let remaining)) where remaining > 0:
                time = engine.application(id)?.confirmAllowedAt ?? time
            case .failure:
                engine.close(id, at: time)
                return false
            }
        }
    }

    /// Opens selection around the clock, so simulated time can run straight through; load the rules with it.
    public static let alwaysOpen = ChangesLoader.load(
        text: """
            schema: platelab/changes/v1
            name: open around the clock
            set: {service_hours: {open: "00:00", close: "24:00", days: [mon, tue, wed, thu, fri, sat, sun], closed_on_holidays: false}}
            """, file: "benchmark"
    ).overlay!

    /// Seconds until a new segment opens to self-compose, plus a day.
    static func openingDelay(_ duration: RuleDuration) -> Int {
        (duration.seconds ?? duration.amount * 86_400) + 86_400
    }

    static func nanoseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1e9 + Double(d.components.attoseconds) / 1e9
    }

}

/// A gateway that remembers only the last code: the benchmark's phone.
final class CodeEcho: SMSGateway {
    var last = ""
    func deliver(code: String, to account: UserAccount, purpose: SMSPurpose, at: Instant) { last = code }
}
