import PlateRules

/// A trainer's class (培训班): a situation and speed every trainee who joins with the code practises in, up to
/// `seats` trainees. Lives in the site's memory with the sessions.
struct ClassRoom {
    /// The join code trainees type: six characters without look-alikes (no 0/O, 1/I/L).
    let code: String
    let situation: Situation
    let speed: Int
    let seats: Int
    let language: Language
    /// Trainee sessions by seat, in the order they joined.
    var trainees: [String] = []
    /// The last join, reset or trainer view (wall milliseconds); a trainee's request counts through its session.
    var lastActive: Int64
    /// When the class ended (by the trainer, or idle for `SiteGuards.classIdle`); an ended class takes no action.
    var endedAt: Int64?

    var ended: Bool { endedAt != nil }

    /// Characters of join codes: capitals and digits a classroom reads aloud without confusion.
    static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
    static let codeLength = 6

    /// A fresh code from the system generator (a code admits to a class, so it is not predictable).
    static func makeCode() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<codeLength).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }

    /// `text` read as a code: upper-cased, spaces dropped; nil when it cannot be one.
    static func normalized(_ text: String) -> String? {
        let code = text.uppercased().filter { $0 != " " && $0 != "-" }
        return code.count == codeLength && code.allSatisfy(alphabet.contains) ? code : nil
    }
}

/// What the trainer's class page shows of one trainee.
public struct TraineeProgress: Sendable, Hashable {
    public let seat: Int
    public let stage: Text
    public let selfComposeLeft: Int?
    public let drawsLeft: Int?
    /// Self-compose confirms judged and random draws made.
    public let confirms: Int
    public let draws: Int
    /// The practice number reserved, or why the trainee stopped; empty while practising.
    public let outcome: Text
    /// Seconds since the trainee's last request.
    public let idleSeconds: Int
}

/// The trainer's view of a class.
public struct ClassSummary: Sendable {
    public let code: String
    public let situation: Text
    public let speed: Int
    public let seats: Int
    public let ended: Bool
    public let trainees: [TraineeProgress]
}
