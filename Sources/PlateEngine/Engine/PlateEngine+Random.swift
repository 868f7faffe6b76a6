import PlateRules

extension PlateEngine {
    /// "Draw" (随机一次) or "another batch" (换一批): costs one draw and shows a batch of candidates.
    public func draw(
        _ id: ApplicationID, withoutFour: Bool = false, generator: inout Xoshiro256,
        at instant: Instant
    ) -> Result<RandomBatch, Rejection> {
        step(id, at: instant) { draw(&$0, withoutFour: withoutFour, generator: &generator, at: instant) }
    }

    func draw(
        _ app: inout Application, withoutFour: Bool, generator: inout Xoshiro256,
        at instant: Instant
    ) -> Result<RandomBatch, Rejection> {
        guard case .selecting(let selection, _) = app.progress else {
            return .failure(.wrongStep(expected: [.selfCompose, .random], current: app.stage.name))
        }
        let rules = rules(of: app, at: instant)
        if let refused = requirePhaseTwo(&app, rules, at: instant) { return .failure(refused) }
        let left = remaining(app, selection.file, rules)
        guard left.draws > 0 else {
            // A backup still in time can be confirmed: only with none left is the user out of chances.
            let liveBackup = app.backups.contains { $0.expiresAt > instant }
            if left.selfCompose == 0, !liveBackup { sendToOffice(&app, selection.file, at: instant) }
            return .failure(.drawsUsedUp)
        }
        if withoutFour, !rules.random.withoutFourOption { return .failure(.withoutFourNotOffered) }
        let pool = poolList[selection.choice.poolSlot]
        let candidates = pool.draw(count: rules.random.candidates, withoutFour: withoutFour, generator: &generator)
        guard !candidates.isEmpty else { return .failure(.poolExhausted(.random)) }
        let drawsUsed =
            switch selection.file {
            case .engine(let slot): fileList[slot].countDraw()
            case .practice: app.practiceFile.countDraw()
            }
        let batch = RandomBatch(
            number: drawsUsed, candidates: candidates,
            expiresAt: instant.adding(seconds: Int64(rules.random.batchExpires)), withoutFour: withoutFour)
        app.batch = batch
        app.progress = .selecting(selection, .random)
        if !app.practice, delivery.reportsSelectionSteps {
            emit(
                instant, .drawn(app.id, candidates: candidates, drawsLeft: remaining(app, selection.file, rules).draws))
        }
        return .success(batch)
    }

    /// Keeps one candidate of the current, unexpired batch as a backup (备选), with its own expiry.
    public func keepBackup(_ id: ApplicationID, serial: String, at instant: Instant) -> Result<Backup, Rejection> {
        let result = step(id, at: instant) { keepBackup(&$0, serial: serial, at: instant) }
        if case .success(let backup) = result, delivery.reportsSelectionSteps {
            emit(instant, .backupKept(id, serial: backup.serial))
        }
        return result
    }

    func keepBackup(_ app: inout Application, serial: String, at instant: Instant) -> Result<Backup, Rejection> {
        guard case .selecting(_, .random) = app.progress else { return .failure(wrongStep(app, .random)) }
        guard var batch = app.batch else { return .failure(.noBatch) }
        guard instant < batch.expiresAt else { return .failure(.batchExpired) }
        guard batch.candidates.contains(serial) else { return .failure(.notInBatch(serial)) }
        guard !batch.backupKept else { return .failure(.backupAlreadyKept) }
        let rules = rules(of: app, at: instant)
        let backup = Backup(
            serial: serial, batch: batch.number, expiresAt: instant.adding(seconds: Int64(rules.random.backupExpires)))
        batch.backupKept = true
        app.batch = batch
        app.backups.append(backup)
        return .success(backup)
    }

    /// Confirms an unexpired backup: the number is reserved if nobody took it meanwhile.
    public func confirmBackup(_ id: ApplicationID, serial: String, at instant: Instant) -> Result<
        Reservation, Rejection
    > {
        step(id, at: instant) { confirmBackup(&$0, serial: serial, at: instant) }
    }

    func confirmBackup(_ app: inout Application, serial: String, at instant: Instant) -> Result<Reservation, Rejection>
    {
        guard case .selecting(let selection, _) = app.progress else {
            return .failure(.wrongStep(expected: [.random, .selfCompose], current: app.stage.name))
        }
        let rules = rules(of: app, at: instant)
        if let refused = requirePhaseTwo(&app, rules, at: instant) { return .failure(refused) }
        guard let backup = app.backups.last(where: { $0.serial == serial }) else { return .failure(.noBackup(serial)) }
        guard instant < backup.expiresAt else { return .failure(.backupExpired(serial)) }
        guard let index = poolList[selection.choice.poolSlot].index(of: serial),
            let reservation = reserve(
                &app, selection, index: index, serial: serial, mode: .random, rules: rules, at: instant)
        else {
            return .failure(.numberNoLongerAvailable(serial))
        }
        return .success(reservation)
    }
}
