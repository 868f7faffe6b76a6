import PlateEngine
import PlateRules

/// The practice site's state: the trainee sessions with their worlds, and the classes, all in memory, one request at a
/// time.
///
/// Engines and practice sessions never leave this actor; requests hand in validated actions and get pages back.
public actor PracticeSite {
    let configuration: SiteConfiguration
    let worlds: Worlds
    private var sessions: [String: TraineeSession] = [:]
    private var lastSweep: Int64 = 0
    /// Sessions ended to make room, newest last (at most `maxSessions` remembered), so their trainee is told why.
    private var evicted = EvictedSessions()
    /// When each client started its recent sessions (wall milliseconds), for the per-client cap.
    private var starts: [String: [Int64]] = [:]
    /// Trainees started so far, numbering their worlds.
    private var started = 0
    /// Classes by join code, and their codes in the order created.
    var classes: [String: ClassRoom] = [:]
    var classOrder: [String] = []
    /// Tokens of signed-in trainers (the trainer cookie).
    var trainerTokens: Set<String> = []
    /// Wrong join codes and trainer passwords per client.
    var joinFailures: AttemptLimiter
    var signInFailures: AttemptLimiter

    public init(configuration: SiteConfiguration) {
        self.configuration = configuration
        worlds = Worlds(book: configuration.book)
        let guards = configuration.guards
        joinFailures = AttemptLimiter(limit: guards.failedJoins, windowSeconds: guards.failureWindow)
        signInFailures = AttemptLimiter(limit: guards.failedSignIns, windowSeconds: guards.failureWindow)
    }

    /// Sessions in memory now (after dropping expired ones).
    public func sessionCount() -> Int {
        sweep(configuration.wallClock(), force: true)
        return sessions.count
    }

    /// Starts a trainee in `situation`; the new session's id, or why not.
    ///
    /// `client` (the caller's address) may start at most `sessionsPerClient` sessions in `clientWindow` seconds; past
    /// `maxSessions`, the session unused the longest makes room (never the newcomer is refused).
    public func startTrainee(_ situation: Situation, speed: Int, language: Language, client: String) -> Result<
        String, InputProblemText
    > {
        let wall = configuration.wallClock()
        sweep(wall, force: true)
        let maxSpeed = maxSpeed()
        guard (1...maxSpeed).contains(speed) else {
            return .failure(
                InputProblemText(
                    message: Text(
                        "倒计时倍速须为1至\(maxSpeed)（更快时短信验证码几秒内就会过期）。",
                        "The speed factor must be 1 to \(maxSpeed) (faster, SMS codes would expire within seconds)."),
                    status: 400))
        }
        let window = Int64(configuration.clientWindow) * 1000
        var recent = (starts[client] ?? []).filter { wall - $0 < window }
        guard recent.count < configuration.sessionsPerClient else {
            let minutes = (configuration.clientWindow + 59) / 60
            return .failure(
                InputProblemText(
                    message: Text(
                        "本机开始的练习过多（\(minutes)分钟内至多\(configuration.sessionsPerClient)次），请稍后再试。",
                        "Too many practice sessions started from this machine (at most \(configuration.sessionsPerClient) in \(minutes) minutes); try again later."
                    ),
                    status: 429))
        }
        recent.append(wall)
        starts[client] = recent
        if sessions.count >= configuration.maxSessions { evictIdlest() }
        var id = SessionID.make()
        while sessions[id] != nil { id = SessionID.make() }
        sessions[id] = makeSession(id: id, situation: situation, speed: speed, language: language, wall: wall)
        return .success(id)
    }

    func replaceSession(_ id: String, with session: TraineeSession) { sessions[id] = session }

    func dropSession(_ id: String) { sessions[id] = nil }

    /// A new trainee session in its own world, its clock starting at `wall` (a new trainee, or a reset one keeping its
    /// id).
    func makeSession(id: String, situation: Situation, speed: Int, language: Language, wall: Int64) -> TraineeSession {
        var generator = SystemRandomNumberGenerator()
        let origin = worlds.origin(for: situation, wall: Instant(wallMilliseconds: wall))
        let seed = generator.next()
        // The world (its set-up and the crowd) follows the site's seed and the trainee's place in the order of starts,
        // so a run of the tests, or a class restarted with the same seed, meets the same others.
        started += 1
        var worldSeeds = Xoshiro256(seed: configuration.seed, stream: "trainee-world-\(started)")
        let worldSeed = worldSeeds.next()
        let world = worlds.world(for: situation, start: origin, seed: worldSeed)
        let session = TraineeSession(
            id: id, situation: situation, engine: world.engine, user: worlds.user(for: situation),
            region: worlds.region, zone: worlds.zone, seed: seed,
            clock: TraineeClock(origin: origin, wallStart: wall, speed: speed), language: language, wall: wall,
            crowd: worlds.crowd(for: situation, seed: worldSeed, start: origin))
        if situation == .selfComposeUsedUp {
            let reached = TrainerSetup.useUpSelfCompose(session, takenSerials: world.takenSerials, at: origin)
            session.clock = TraineeClock(origin: reached, wallStart: wall, speed: speed)
        }
        return session
    }

    /// The fastest a trainee's clock may run: an SMS code of the rules in force stays valid for at least
    /// `shortestCodeWallSeconds` of wall time (承德, 5 minutes: ×10), and never past ×120.
    public func maxSpeed() -> Int {
        let rules = configuration.book.rules(at: Instant(wallMilliseconds: configuration.wallClock()))
        let validity = rules.verification.sms.validFor
        return max(1, min(120, validity / Self.shortestCodeWallSeconds))
    }

    /// The least wall time an SMS code stays valid in practice, however fast the trainee's clock.
    public static let shortestCodeWallSeconds = 30

    /// The page of a session's current step, with what came of the last action (shown once).
    public func show(session id: String) -> SiteResponse {
        withSession(id) { s, now, wall in
            defer { s.flash = nil }
            return Pages.current(s, at: now, wall: wall, outcome: s.flash ?? .done)
        }
    }

    /// Runs a step named `action` with its form fields, then sends the browser to the session's page
    /// (post/redirect/get: a refresh repeats nothing). A form of an earlier page (its token behind the session's) does nothing; a post
    /// without a token (a script, not a page) is taken as it comes.
    public func perform(session id: String, action name: String, form: [String: String]) -> SiteResponse {
        withSession(id) { s, now, _ in
            if let token = form["token"], token != String(s.token) {
                s.flash = .repeated
                return .redirect("/s/\(id)")
            }
            s.token += 1
            // Fields typed by hand come back after an error; a step that went through clears them below.
            for key in ["vin", "credential_kind", "credential", "code"] {
                if let value = form[key] { s.typed[key] = String(value.prefix(32)) }
            }
            switch TraineeAction.parse(name, form: form) {
            case .failure(let problem): s.flash = .invalid(problem)
            case .success(let action):
                let stage = s.stage?.name
                s.flash = TraineeFlow.perform(action, on: s, at: now)
                // A new step starts with empty fields and the code not yet asked for.
                if s.stage?.name != stage {
                    s.typed = [:]
                    s.codeRequested = false
                }
            }
            return .redirect("/s/\(id)")
        }
    }

    /// The published pool (号池公示) of an office for a vehicle kind, as the session's engine has it.
    public func pool(session id: String, office: String?, vehicle: String?) -> SiteResponse {
        withSession(id) { s, now, _ in
            let officeID =
                (try? Field.token(office, name: Text("车管所", "office"), maxLength: 64)) ?? s.officeChoice?.office.id
            let kind = vehicle.flatMap(VehicleKind.init(rawValue:)) ?? s.practice?.application.vehicle ?? .smallCar
            return Pages.pool(s, office: officeID, vehicle: kind, at: now)
        }
    }

    private func withSession(_ id: String, _ body: (TraineeSession, Instant, Int64) -> SiteResponse) -> SiteResponse {
        let wall = configuration.wallClock()
        sweep(wall, force: false)
        guard SessionID.isWellFormed(id) else {
            return .page(
                Pages.message(Text("会话编号格式不正确。", "The session id is not well formed."), language: .zh), status: 400)
        }
        guard let session = sessions[id], !expired(session, wall: wall) else {
            sessions[id] = nil
            if evicted.contains(id) {
                return .page(
                    Pages.message(
                        Text(
                            "练习人数已满，您的会话因长时间未操作已结束。请重新开始。",
                            "The site was full and your session, unused the longest, was ended. Please start again."),
                        language: .zh), status: 404)
            }
            return .page(
                Pages.message(
                    Text(
                        "找不到该模拟选号会话，或会话已过期。请重新开始。",
                        "No such practice session, or it has expired. Please start again."), language: .zh), status: 404
            )
        }
        session.lastSeen = wall
        let now = session.clock.now(wall: wall)
        // The others have been selecting since the trainee's last request.
        session.crowd.advance(to: now, engine: session.engine)
        return body(session, now, wall)
    }

    /// The session with `id`, expired or not (classes and test seams; requests go through `withSession`).
    func session(_ id: String) -> TraineeSession? { sessions[id] }

    private func expired(_ session: TraineeSession, wall: Int64) -> Bool {
        wall - session.lastSeen > Int64(configuration.idleTimeout) * 1000
    }

    /// Drops expired sessions and forgotten client starts, at most once a second unless forced.
    private func sweep(_ wall: Int64, force: Bool) {
        guard force || wall - lastSweep >= 1000 else { return }
        lastSweep = wall
        sessions = sessions.filter { !expired($0.value, wall: wall) }
        let window = Int64(configuration.clientWindow) * 1000
        starts = starts.filter { $0.value.contains { wall - $0 < window } }
    }

    /// Ends the session unused the longest (the smallest id among equals, so no dictionary order decides).
    private func evictIdlest() {
        guard let idlest = sessions.values.min(by: { ($0.lastSeen, $0.id) < ($1.lastSeen, $1.id) }) else { return }
        sessions[idlest.id] = nil
        evicted.insert(idlest.id, keeping: configuration.maxSessions)
    }
}

/// A refusal to start a trainee, in both languages, with its HTTP status.
public struct InputProblemText: Error, Sendable {
    public let message: Text
    public let status: Int
}

extension PracticeSite {
    /// Another applicant takes `serial` from the pool a trainee chose while the trainee types (a test seam:
    /// only tests call it; no route reaches it). False when the session or number is not there.
    func takeNumberFromOutside(_ serial: String, pooledFor id: String) -> Bool {
        guard let session = session(id), let key = session.poolKey else { return false }
        return !session.engine.setUpTaken(
            key, serials: [serial], at: session.clock.now(wall: configuration.wallClock())
        ).isEmpty
    }
}

/// The ids of sessions ended to make room, oldest first, so a returning trainee learns why its session is gone.
struct EvictedSessions {
    private var order: [String] = []
    private var members: Set<String> = []

    func contains(_ id: String) -> Bool { members.contains(id) }

    /// Remembers `id`, forgetting the oldest beyond `limit`.
    mutating func insert(_ id: String, keeping limit: Int) {
        order.append(id)
        members.insert(id)
        if order.count > max(limit, 1) {
            members.remove(order.removeFirst())
        }
    }
}

extension PracticeSite {
    /// Numbers held in a trainee's world, in the office's pool (a test seam).
    func reservedCount(session id: String, office: String, pool: String) -> Int? {
        guard let session = session(id),
            let key = session.engine.poolKeys.first(where: { $0.office == office && $0.pool == pool })
        else {
            return nil
        }
        return session.engine.pool(key)?.counts.reserved
    }

    /// Whether two trainees practise in the same world (a test seam: they never should).
    func shareWorld(_ a: String, _ b: String) -> Bool {
        guard let first = session(a), let second = session(b) else { return false }
        return first.engine === second.engine
    }

    /// The numbers others hold in the trainee's pool that its keyboard still lets it type (a test seam).
    func takenTypable(session id: String) -> [String] { typable(session: id) { $0 == .reserved } }

    /// The numbers free to self-compose in the trainee's pool that its keyboard lets it type (a test seam).
    func availableTypable(session id: String) -> [String] {
        typable(session: id) { $0 == .available(selfCompose: true, random: true) }
    }

    private func typable(session id: String, _ wanted: (NumberAvailability) -> Bool) -> [String] {
        guard let session = session(id), let key = session.poolKey, let pool = session.engine.pool(key),
            let practice = session.practice
        else { return [] }
        let now = session.clock.now(wall: configuration.wallClock())
        return (0..<pool.format.totalCount).compactMap { index in
            guard wanted(pool.availability(index: index)), let serial = pool.serial(at: index),
                let last = serial.last,
                case .success(let keys) = practice.keyboard(prefix: String(serial.dropLast()), at: now),
                keys.allows(last)
            else { return nil }
            return serial
        }
    }
}
