import Foundation
import PlateRules

/// How the practice site runs: its rules, limits and clock.
public struct SiteConfiguration: Sendable {
    public var book: RuleBook
    /// Most trainee sessions kept in memory; a new trainee beyond it takes the place of the idlest session.
    public var maxSessions: Int
    /// A session unused this long (wall seconds) is dropped.
    public var idleTimeout: Int
    /// Most sessions one client (IP address) may start within `clientWindow` seconds: one client cannot push every
    /// trainee out.
    public var sessionsPerClient: Int
    public var clientWindow: Int
    /// The trainer password that opens the trainer pages (printed by `platelab serve`); nil leaves them open (tests).
    public var trainerPassword: String?
    /// Bounds on classes and on guessing: what one client may try, how long a class lives.
    public var guards = SiteGuards()
    /// Seeds the practice engines' pools (the trainee ids and SMS streams come from the system generator).
    public var seed: UInt64
    public var wallClock: WallClock

    public init(
        book: RuleBook, maxSessions: Int = 1000, idleTimeout: Int = 1800, sessionsPerClient: Int = 60,
        clientWindow: Int = 600,
        trainerPassword: String? = nil, seed: UInt64 = 1,
        wallClock: @escaping WallClock = SiteConfiguration.systemWallClock
    ) {
        self.book = book
        self.maxSessions = maxSessions
        self.idleTimeout = idleTimeout
        self.sessionsPerClient = sessionsPerClient
        self.clientWindow = clientWindow
        self.trainerPassword = trainerPassword
        self.seed = seed
        self.wallClock = wallClock
    }

    /// The shortest trainer password accepted (a passphrase of several words is longer anyway).
    public static let shortestTrainerPassword = 10

    /// A trainer password for a server start: ten characters a trainer can type from the console, from the system
    /// generator.
    public static func makeTrainerPassword() -> String {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        return String((0..<10).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }

    /// The system's wall clock in milliseconds since 1970: read only at the edge, once per request.
    public static let systemWallClock: WallClock = { Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)) }
}

/// What the site answers: a page, or a redirect to one.
public struct SiteResponse: Sendable {
    public var status: Int
    public var html: String
    public var location: String?

    static func page(_ html: String, status: Int = 200) -> SiteResponse {
        SiteResponse(status: status, html: html, location: nil)
    }
    static func redirect(_ location: String) -> SiteResponse { SiteResponse(status: 303, html: "", location: location) }
}
