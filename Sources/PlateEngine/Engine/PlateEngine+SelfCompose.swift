import PlateRules

extension PlateEngine {
    /// Confirm (确认选号): the numbers are checked in the order entered and the first available one is reserved.
    ///
    /// All taken costs one self-compose chance per number tried and restarts the confirm countdown.
    public func confirmSelfCompose(_ id: ApplicationID, numbers: [String], at instant: Instant) -> Result<
        Reservation, Rejection
    > {
        step(id, at: instant) { confirmSelfCompose(&$0, numbers: numbers, at: instant) }
    }

    func confirmSelfCompose(_ app: inout Application, numbers: [String], at instant: Instant) -> Result<
        Reservation, Rejection
    > {
        guard case .selecting(let selection, .selfCompose) = app.progress else {
            return .failure(wrongStep(app, .selfCompose))
        }
        let rules = rules(of: app, at: instant)
        if let refused = requirePhaseTwo(&app, rules, at: instant) { return .failure(refused) }
        let left = remaining(app, selection.file, rules).selfCompose
        guard left > 0 else {
            routeAfterSelfComposeUsedUp(&app, selection, rules: rules, at: instant)
            return .failure(.selfComposeUsedUp)
        }
        guard !numbers.isEmpty else { return .failure(.noNumbers) }
        let most = min(rules.selfCompose.perConfirm, left)
        guard numbers.count <= most else { return .failure(.tooManyNumbers(max: most)) }
        if let allowed = app.confirmAllowedAt, instant < allowed {
            return .failure(.countdownRunning(secondsLeft: Int(allowed.secondsSinceEpoch - instant.secondsSinceEpoch)))
        }
        let pool = poolList[selection.choice.poolSlot]
        let lengths = serialLengths[selection.choice.poolSlot]
        for (entry, serial) in numbers.enumerated() where !lengths.contains(serial.count) {
            return .failure(.incompleteNumber(entry: entry + 1))
        }
        // A number entered twice would be judged twice and cost two chances: refused first, at no cost. At most N
        // entries (five, commonly), so comparing each with those before it is cheaper than hashing them.
        for later in numbers.indices.dropFirst() {
            if let earlier = numbers[..<later].firstIndex(of: numbers[later]) {
                return .failure(.repeatedNumber(serial: numbers[later], entry: later + 1, repeats: earlier + 1))
            }
        }
        // Each entry's index, and whether it was free when checked: nothing changes within the step, so only free
        // ones are worth taking (most entries in a contended pool are taken, and a take checks availability again).
        var indices: [(index: Int, free: Bool)] = []
        indices.reserveCapacity(numbers.count)
        for (serial, entry) in zip(numbers, pool.entries(numbers)) {
            // Only numbers the keyboard offers count as tries; taken and cooling ones do (they were offered).
            switch entry {
            case .notMember(let reason), .member(_, .notMember(let reason)):
                return .failure(.notInPool(serial: serial, reason: reason))
            case .member(_, .unpublished), .member(_, .available(selfCompose: false, _)):
                return .failure(.notOffered(serial: serial))
            case .member(let index, .available(selfCompose: true, _)): indices.append((index, true))
            case .member(let index, .reserved), .member(let index, .cooling): indices.append((index, false))
            }
        }
        for (tried, (index, free)) in indices.enumerated() where free {
            if let reservation = reserve(
                &app, selection, index: index, serial: numbers[tried], mode: .selfCompose, rules: rules, at: instant)
            {
                let attempt = countConfirm(&app, selection.file, numbers: tried + 1)
                if !app.practice {
                    let left = remaining(app, selection.file, rules).selfCompose
                    emit(
                        instant,
                        .selfComposeConfirmed(
                            app.id,
                            SelfComposeConfirm(
                                attempt: attempt, entered: numbers, tried: tried + 1,
                                reserved: reservation.serial, remaining: left)))
                }
                return .success(reservation)
            }
        }
        let attempt = countConfirm(&app, selection.file, numbers: numbers.count)
        let now = remaining(app, selection.file, rules).selfCompose
        if !app.practice {
            emit(
                instant,
                .selfComposeConfirmed(
                    app.id,
                    SelfComposeConfirm(
                        attempt: attempt, entered: numbers, tried: numbers.count,
                        reserved: nil, remaining: now)))
        }
        app.confirmAllowedAt = instant.adding(seconds: Int64(rules.selfCompose.confirmInterval))
        if now == 0 { routeAfterSelfComposeUsedUp(&app, selection, rules: rules, at: instant) }
        return .failure(.allTaken(tried: numbers, remaining: now))
    }
}
