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
            let pool = nearlyExhausted.pool(key)!
            while pool.counts.availableAny > Self.numbersLeftWhenNearlyExhausted {
                let count = min(500, pool.counts.availableAny - Self.numbersLeftWhenNearlyExhausted)
                for index in pool.drawIndices(count: count, withoutFour: false, generator: &generator) {
                    _ = pool.take(index: index, mode: .random, at: start)
                }
            }
        }
        let lifted = CivilDate(daysSinceEpoch: start.date(in: zone).daysSinceEpoch + 2 * 366)
        blacklisted.blacklistForTraining(user: Self.blacklistedUser, until: lifted)
        let perConfirm = book.rules(at: start).selfCompose.perConfirm
        for key in takenForSelfCompose.poolKeys {
            let pool = takenForSelfCompose.pool(key)!
            var taken: [String] = []
            for index in pool.drawIndices(count: min(pool.counts.availableAny, 50), withoutFour: false, generator: &generator)
            where taken.count < perConfirm {
                guard case .available(true, _) = pool.availability(index: index),
                      case .success = pool.take(index: index, mode: .selfCompose, at: start),
                      let serial = pool.serial(at: index) else { continue }
                taken.append(serial)
            }
            takenSerials[key] = taken
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
        case .blacklisted:
            UserAccount(id: Self.blacklistedUser, kind: .newVehicleOwner, home: region, phone: "practice")
        case .otherRegion(let kind):
            UserAccount(id: "trainee-away", kind: kind, home: "other-region", phone: "practice", counterSigned: true)
        default:
            UserAccount(id: "trainee", kind: .newVehicleOwner, home: region, phone: "practice")
        }
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
