import PlateRules

@testable import PlateEngine

/// The random operations the engine property tests drive: open a session, go through phase one, pass the identity
/// check, confirm self-composed numbers, draw and keep a backup, register a vehicle, or let time pass.
struct RandomOperations {
    let engine: PlateEngine
    let sms: InMemorySMSGateway
    let users: [UserAccount]
    /// Vehicles 1 ... `vehicles` (VINs and certificates from `EngineFixture`).
    let vehicles: Int
    /// Whether phase one goes on to the identity check in the same operation (more sessions reach selection).
    let phaseOneGoesOn: Bool
    /// The office and vehicle kind vehicle `n` is selected at.
    let office: (_ vehicle: Int, _ random: inout Xoshiro256) -> (id: String, kind: VehicleKind)
    /// A serial to type for vehicle `n`'s pool.
    let serial: (_ vehicle: Int, _ random: inout Xoshiro256) -> String
    private(set) var sessions: [(id: ApplicationID, user: Int, vin: Int)] = []

    init(
        engine: PlateEngine, sms: InMemorySMSGateway, users: [UserAccount], vehicles: Int, phaseOneGoesOn: Bool = false,
        office: @escaping (Int, inout Xoshiro256) -> (id: String, kind: VehicleKind),
        serial: @escaping (Int, inout Xoshiro256) -> String
    ) {
        self.engine = engine
        self.sms = sms
        self.users = users
        self.vehicles = vehicles
        self.phaseOneGoesOn = phaseOneGoesOn
        self.office = office
        self.serial = serial
    }

    /// One operation, chosen by `random`, at `time` (which an identity check moves to its countdown's end).
    mutating func perform(at time: inout Instant, random: inout Xoshiro256) {
        func pick(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        let user = pick(users.count)
        let vin = 1 + pick(vehicles)
        let operation = pick(10)
        switch operation {
        case 0, 1:
            if case .success(let id) = engine.open(user: users[user], region: "test", at: time) {
                sessions.append((id, user, vin))
            }
        case 2, 3:
            guard let s = sessions.randomElement(using: &random) else { return }
            if operation == 2 {
                let (office, kind) = office(s.vin, &random)
                _ = engine.chooseOffice(s.id, office: office, vehicle: kind, at: time)
                _ = engine.acceptNotice(s.id, at: time)
                _ = engine.submitVehicle(
                    s.id, vin: EngineFixture.vin(s.vin), credential: EngineFixture.certificate(s.vin), at: time)
                if let code = sms.latestCode(for: users[s.user].phone) {
                    _ = engine.confirmBasicInfo(s.id, code: code, at: time)
                }
                guard phaseOneGoesOn, let next = sessions.randomElement(using: &random) else { return }
                identity(next, at: &time)
            } else {
                identity(s, at: &time)
            }
        case 4, 5:
            guard let s = sessions.randomElement(using: &random) else { return }
            let numbers = (0..<(1 + pick(3))).map { _ in serial(s.vin, &random) }
            _ = engine.confirmSelfCompose(s.id, numbers: numbers, at: time)
        case 6:
            guard let s = sessions.randomElement(using: &random) else { return }
            if case .success(let batch) = engine.draw(s.id, withoutFour: pick(2) == 0, generator: &random, at: time),
                let chosen = batch.candidates.randomElement(using: &random)
            {
                _ = engine.keepBackup(s.id, serial: chosen, at: time)
                _ = engine.confirmBackup(s.id, serial: chosen, at: time.adding(seconds: Int64(pick(200))))
            }
        case 7:
            _ = engine.register(vin: EngineFixture.vin(vin), at: time)
        default:
            engine.advance(to: time)
        }
    }

    private func identity(_ s: (id: ApplicationID, user: Int, vin: Int), at time: inout Instant) {
        if case .success(let check) = engine.startSelection(s.id, at: time),
            let code = sms.latestCode(for: users[s.user].phone)
        {
            _ = engine.confirmIdentity(s.id, code: code, at: check.countdownEnds)
            time = check.countdownEnds
        }
    }
}
