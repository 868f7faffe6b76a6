import PlateRules

extension PlateEngine {
    /// Confirm (确认选号): the numbers are checked in the order entered and the first available one is reserved.
    ///
    /// All taken costs one self-compose chance per number tried and restarts the confirm countdown.
    public func confirmSelfCompose(_ id: ApplicationID, numbers: [String], at instant: Instant) -> Result<Reservation, Rejection> {
        step(id, at: instant) { confirmSelfCompose(&$0, numbers: numbers, at: instant) }
    }

    func confirmSelfCompose(_ app: inout Application, numbers: [String], at instant: Instant) -> Result<Reservation, Rejection> {
        if let wrong = require(app, .selfCompose) { return .failure(wrong) }
        let rules = rules(app.region, at: instant)!
        if let closed = requireOpen(rules, at: instant) { return .failure(closed) }
        var file = fileFor(app)!
        let left = remaining(file, rules).selfCompose
        guard left > 0 else {
            routeAfterSelfComposeUsedUp(&app, rules: rules, at: instant)
            return .failure(.selfComposeUsedUp)
        }
        guard !numbers.isEmpty else { return .failure(.noNumbers) }
        let most = min(rules.selfCompose.perConfirm, left)
        guard numbers.count <= most else { return .failure(.tooManyNumbers(max: most)) }
        if let allowed = app.confirmAllowedAt, instant < allowed {
            return .failure(.countdownRunning(secondsLeft: Int(allowed.secondsSinceEpoch - instant.secondsSinceEpoch)))
        }
        let key = poolKey(app, rules)!, pool = pools[key]!
        let lengths = Set(pool.format.shapes.map(\.positions.count))
        for (entry, serial) in numbers.enumerated() where !lengths.contains(serial.count) {
            return .failure(.incompleteNumber(entry: entry + 1))
        }
        for serial in numbers {
            if case .rejected(let reason) = pool.format.check(serial) { return .failure(.notInPool(serial: serial, reason: reason)) }
        }
        for (tried, serial) in numbers.enumerated() {
            if let reservation = reserve(&app, serial: serial, key: key, mode: .selfCompose, rules: rules, at: instant) {
                file = fileFor(app)!
                file.selfComposeUsed += tried + 1
                store(file, for: &app)
                return .success(reservation)
            }
        }
        file.selfComposeUsed += numbers.count
        store(file, for: &app)
        let now = remaining(file, rules).selfCompose
        if !app.practice { emit(instant, .selfComposeAttempted(app.id, tried: numbers, remaining: now)) }
        app.confirmAllowedAt = instant.adding(seconds: Int64(rules.selfCompose.confirmInterval))
        if now == 0 { routeAfterSelfComposeUsedUp(&app, rules: rules, at: instant) }
        return .failure(.allTaken(tried: numbers, remaining: now))
    }
}
