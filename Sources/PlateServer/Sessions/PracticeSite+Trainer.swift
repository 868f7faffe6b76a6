import PlateEngine
import PlateRules

extension PracticeSite {
    /// Whether the trainer pages need a password on this site.
    public var trainerPagesProtected: Bool { configuration.trainerPassword != nil }

    /// Signs a trainer in: a fresh token for the trainer cookie, or why not (a wrong password, or too many lately
    /// from `client`: then the password is not even compared).
    public func signIn(password: String, client: String) -> Result<String, InputProblemText> {
        let wall = configuration.wallClock()
        if signInFailures.isBlocked(client, at: wall) {
            let minutes = signInFailures.minutesLeft(client, at: wall)
            return .failure(
                InputProblemText(
                    message: Text(
                        "密码错误次数过多，请 \(minutes) 分钟后再试。",
                        "Too many wrong passwords; try again in \(minutes) minutes."), status: 429))
        }
        guard let expected = configuration.trainerPassword, Self.sameText(password, expected) else {
            signInFailures.fail(client, at: wall)
            return .failure(InputProblemText(message: Text("密码不正确。", "Wrong password."), status: 401))
        }
        let token = SessionID.make()
        trainerTokens.insert(token)
        return .success(token)
    }

    /// Whether a trainer cookie's token was given by `signIn` (always true on a site without a password).
    public func isTrainer(token: String?) -> Bool {
        guard trainerPagesProtected else { return true }
        return token.map { trainerTokens.contains($0) } ?? false
    }

    /// Compares without stopping at the first difference, so timing says nothing of the password.
    static func sameText(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        var difference = x.count ^ y.count
        for index in 0..<max(x.count, y.count) {
            difference |= Int((index < x.count ? x[index] : 0) ^ (index < y.count ? y[index] : 0))
        }
        return difference == 0
    }
}

extension PracticeSite {
    /// The memory of one trainee's world (its pools), measured on a normal world built now: every trainee has one,
    /// so `maxSessions` times this bounds the site's pools.
    public func worldBytes() -> Int {
        let world = worlds.world(
            for: .normal, start: Instant(wallMilliseconds: configuration.wallClock()), seed: configuration.seed)
        return world.engine.poolKeys.reduce(0) { $0 + (world.engine.pool($1)?.storageBytes ?? 0) }
    }
}
