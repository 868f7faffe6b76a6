import PlateEngine
import PlateRules

/// The engines trainees practise on: one per kind of situation, each built once when the server starts.
///
/// Practice sessions never change an engine; the trainer situations that need another state of the
/// world (few numbers left, a blacklisted account, self-compose numbers taken) get an engine of their own.
final class Worlds {
    let book: RuleBook
    let region: String
    let zone: UTCOffset
    let normal: PlateEngine
    let nearlyExhausted: PlateEngine
    let blacklisted: PlateEngine
    let takenForSelfCompose: PlateEngine
    /// Per pool key, the self-compose numbers taken in `takenForSelfCompose` (entered to use the chances up).
    private(set) var takenSerials: [PoolKey: [String]] = [:]
    /// Numbers left in each pool of `nearlyExhausted`.
    static let numbersLeftWhenNearlyExhausted = 3
    static let blacklistedUser = "trainee-blacklisted"

    init(book: RuleBook, start: Instant, seed: UInt64) {
        self.book = book
        region = book.base.region.id
        zone = book.base.region.utcOffset
        func build() -> PlateEngine {
            let engine = PlateEngine(books: [book], registry: VehicleRegistry(capacity: 0), gateway: InMemorySMSGateway(),
                                     seed: seed, start: start)
            engine.keepsEventLog = false
            return engine
        }
        normal = build()
        nearlyExhausted = build()
        blacklisted = build()
        takenForSelfCompose = build()
        var generator = Xoshiro256(seed: seed, stream: "trainer-situations")
        for key in nearlyExhausted.poolKeys {
            let available = nearlyExhausted.pool(key)!.counts.availableAny
            nearlyExhausted.setUpTaken(key, count: available - Self.numbersLeftWhenNearlyExhausted, generator: &generator, at: start)
        }
        let lifted = CivilDate(daysSinceEpoch: start.date(in: zone).daysSinceEpoch + 2 * 366)
        blacklisted.blacklistForTraining(Self.account(id: Self.blacklistedUser, kind: .newVehicleOwner, home: region), until: lifted)
        let perConfirm = book.rules(at: start).selfCompose.perConfirm
        for key in takenForSelfCompose.poolKeys {
            takenSerials[key] = takenForSelfCompose.setUpTaken(key, count: perConfirm, mode: .selfCompose, generator: &generator, at: start)
        }
    }

    func engine(for situation: Situation) -> PlateEngine {
        switch situation {
        case .normal, .otherRegion, .outsideServiceHours: normal
        case .poolNearlyExhausted: nearlyExhausted
        case .blacklisted: blacklisted
        case .selfComposeUsedUp: takenForSelfCompose
        }
    }

    func user(for situation: Situation) -> UserAccount {
        switch situation {
        case .blacklisted: Self.account(id: Self.blacklistedUser, kind: .newVehicleOwner, home: region)
        case .otherRegion(let kind): Self.account(id: "trainee-away", kind: kind, home: "other-region", counterSigned: true)
        default: Self.account(id: "trainee", kind: .newVehicleOwner, home: region)
        }
    }

    /// A trainee's account. Practice reports no events, so trainees need no numbers of their own: all are subject 0.
    static func account(id: String, kind: UserKind, home: String, counterSigned: Bool = false) -> UserAccount {
        UserAccount(subject: Subject(0), id: id, kind: kind, home: home, phone: "practice", counterSigned: counterSigned)
    }

    /// Where a trainee's clock starts: inside the service hours (at the wall time when they are open, else at
    /// the next opening), or outside them for the "outside service hours" situation.
    func origin(for situation: Situation, wall: Instant) -> Instant {
        let rules = book.rules(at: wall)
        let hours = rules.serviceHours
        let open = hours.isOpen(at: wall, offset: zone, calendar: rules.calendar)
        if situation == .outsideServiceHours {
            if !open { return wall }
            return hours.closing(after: wall, offset: zone, calendar: rules.calendar)?.adding(seconds: 60) ?? wall
        }
        if open { return wall }
        return hours.nextOpening(after: wall, offset: zone, calendar: rules.calendar)?.adding(seconds: 60) ?? wall
    }
}
