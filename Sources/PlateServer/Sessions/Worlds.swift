import PlateEngine
import PlateRules

/// The worlds trainees practise in: each trainee gets an engine of its own, built from the rules when the
/// trainee starts and set up for the trainer situation, in which the others of `PracticeCrowd` select too.
///
/// Practice sessions never change an engine; only the crowd (and a situation's set-up) take numbers in it, and
/// no trainee's world reaches another's.
final class Worlds {
    let book: RuleBook
    let region: String
    let zone: UTCOffset
    /// Numbers left in each pool when the pool is nearly exhausted.
    static let numbersLeftWhenNearlyExhausted = 3
    static let blacklistedUser = "trainee-blacklisted"

    init(book: RuleBook) {
        self.book = book
        region = book.base.region.id
        zone = book.base.region.utcOffset
    }

    /// A world for one trainee in `situation` at `start`: the engine, and per pool the self-compose numbers taken
    /// to use the chances up (self-compose used up only).
    func world(for situation: Situation, start: Instant, seed: UInt64) -> (
        engine: PlateEngine, takenSerials: [PoolKey: [String]]
    ) {
        let engine = PlateEngine(
            books: [book], registry: VehicleRegistry(capacity: 0), gateway: InMemorySMSGateway(), seed: seed,
            start: start)
        engine.keepsEventLog = false
        var generator = Xoshiro256(seed: seed, stream: "trainer-situations")
        var taken: [PoolKey: [String]] = [:]
        switch situation {
        case .poolNearlyExhausted:
            for key in engine.poolKeys {
                let available = engine.pool(key)!.counts.availableAny
                engine.setUpTaken(
                    key, count: available - Self.numbersLeftWhenNearlyExhausted, generator: &generator, at: start)
            }
        case .blacklisted:
            let lifted = CivilDate(daysSinceEpoch: start.date(in: zone).daysSinceEpoch + 2 * 366)
            engine.blacklistForTraining(
                Self.account(id: Self.blacklistedUser, kind: .newVehicleOwner, home: region), until: lifted)
        case .selfComposeUsedUp:
            let perConfirm = book.rules(at: start).selfCompose.perConfirm
            for key in engine.poolKeys {
                taken[key] = engine.setUpTaken(
                    key, count: perConfirm, mode: .selfCompose, generator: &generator, at: start)
            }
        case .popularGoingFast:
            // The morning's rush has already taken the fifth of the numbers people like most.
            for key in engine.poolKeys {
                guard let pool = engine.pool(key) else { continue }
                let published = pool.draw(count: pool.counts.availableAny, withoutFour: false, generator: &generator)
                // Among the numbers open to self-compose (what the keyboard types) and among all (what draws show).
                for group in [published.filter { PracticeCrowd.openToSelfCompose($0, in: pool) }, published] {
                    let liked = group.sorted { (PracticeCrowd.appeal($0), $0) > (PracticeCrowd.appeal($1), $1) }
                    engine.setUpTaken(key, serials: Array(liked.prefix(liked.count / 5)), at: start)
                }
            }
        case .normal, .otherRegion, .outsideServiceHours, .platformPractice:
            break
        }
        return (engine, taken)
    }

    /// The others selecting beside a trainee: a steady trickle, or a rush on popular numbers.
    func crowd(for situation: Situation, seed: UInt64, start: Instant) -> PracticeCrowd {
        switch situation {
        case .popularGoingFast: PracticeCrowd(perMinute: 30, choosiness: 64, seed: seed, start: start)
        default: PracticeCrowd(perMinute: 2, choosiness: 4, seed: seed, start: start)
        }
    }

    func user(for situation: Situation) -> UserAccount {
        switch situation {
        case .blacklisted: Self.account(id: Self.blacklistedUser, kind: .newVehicleOwner, home: region)
        case .otherRegion(let kind):
            Self.account(id: "trainee-away", kind: kind, home: "other-region", counterSigned: true)
        default: Self.account(id: "trainee", kind: .newVehicleOwner, home: region)
        }
    }

    /// A trainee's account. Practice reports no events, so trainees need no numbers of their own: all are subject 0.
    static func account(id: String, kind: UserKind, home: String, counterSigned: Bool = false) -> UserAccount {
        UserAccount(
            subject: Subject(0), id: id, kind: kind, home: home, phone: "practice", counterSigned: counterSigned)
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
