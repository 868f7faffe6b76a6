import PlateEngine
import PlateRules

/// One trainee's practice: the engine's `PracticeSession` plus what the pages show (codes, draft numbers).
///
/// Lives only in the site's memory; nothing is written anywhere.
final class TraineeSession {
    let id: String
    let situation: Situation
    let engine: PlateEngine
    let user: UserAccount
    let region: String
    let zone: UTCOffset
    let seed: UInt64
    var clock: TraineeClock
    var language: Language
    /// Wall milliseconds of the last request, for expiry.
    var lastSeen: Int64
    /// Nil until the trainee passes the service description (or when entry was refused).
    var practice: PracticeSession?
    var seenDescription = false
    var entryRefusal: Rejection?
    var officeChoice: OfficeChoice?
    var codeSent: CodeSent?
    var notes: ServiceNotes?
    var identity: IdentityCheck?
    /// The latest identity code (a resend replaces it).
    var identityCode: CodeSent?
    /// The numbers being typed on the virtual keyboard, and which one the keys type into.
    var draft: [String] = [""]
    var active = 0
    /// The action token every form of the current page carries; each action taken moves it on, so a form posted
    /// again (Back, then submit) is recognised and ignored.
    var token = 1
    /// What came of the last action, shown once on the page the browser is sent to after it (post/redirect/get).
    var flash: Outcome?
    /// What the trainee typed in the last form, shown again after an error instead of an empty field.
    var typed: [String: String] = [:]
    /// Whether the trainee asked for the withheld-4 draw last time (不含4 stays ticked).
    var withoutFour = false
    /// Whether the trainee pressed 获取验证码 on the current code step (the code appears only then, as on the phone).
    var codeRequested = false
    /// Whether the trainee has left the platform (退出) and not come back yet.
    var away = false
    /// The others selecting in this trainee's world.
    var crowd: PracticeCrowd
    /// The class the trainee joined, if any, and its seat there.
    var classCode: String?
    /// Self-compose confirms judged and random draws made, for the trainer's class page.
    var confirms = 0
    var draws = 0

    init(
        id: String, situation: Situation, engine: PlateEngine, user: UserAccount, region: String, zone: UTCOffset,
        seed: UInt64, clock: TraineeClock, language: Language, wall: Int64, crowd: PracticeCrowd
    ) {
        self.id = id
        self.situation = situation
        self.engine = engine
        self.user = user
        self.region = region
        self.zone = zone
        self.seed = seed
        self.clock = clock
        self.language = language
        self.crowd = crowd
        lastSeen = wall
    }

    var stage: Application.Stage? { practice?.stage }

    func rules(at instant: Instant) -> RuleSet { engine.rules(region, at: instant)! }

    /// The pool key of the chosen office and vehicle kind.
    var poolKey: PoolKey? { officeChoice?.pool }
}
