import PlateRules

extension PlateEngine {
    /// Takes the number at `index` of the session's pool, entered as `serial`, and records the reservation; nil when it
    /// is not available in `mode`.
    ///
    /// Practice sessions only check availability: the real pool is never changed and the number is invalid.
    func reserve(
        _ app: inout Application, _ selection: Selection, index: Int, serial: String, mode: SelectionMode,
        rules: RulesInForce,
        at instant: Instant
    ) -> Reservation? {
        let slot = selection.choice.poolSlot
        let pool = poolList[slot]
        let key = poolKeys[slot]
        if app.practice {
            guard case .available(let selfCompose, let random) = pool.availability(index: index),
                mode == .selfCompose ? selfCompose : random
            else { return nil }
        } else {
            guard case .success = pool.take(index: index, mode: mode, at: instant) else { return nil }
        }
        // A member's text is its only spelling (ranks are over exact bytes), so the entry needs no re-rendering.
        assert(pool.serial(at: index) == serial, "an entry that ranks is the serial itself")
        // Practice leaves the remembered deadline alone.
        let (lastDay, lapses) = rules.deadline(reservedAt: instant, remember: !app.practice)
        let reservation = Reservation(
            serial: serial,
            plate: pool.format.plate(
                province: rules.region.province, authority: rules.region.authority, serial: serial),
            vin: selection.vin, user: app.user.id, subject: app.user.subject, pool: key, mode: mode,
            application: app.id, reservedAt: instant,
            lastValidDay: lastDay, lapsesAt: lapses, practice: app.practice)
        switch selection.file {
        case .engine(let slot): fileList[slot].hold(reservation)
        case .practice: app.practiceFile.hold(reservation)
        }
        app.progress = .done(reservation, selection.file)
        if case .engine(let fileSlot) = selection.file {
            emit(instant, .reserved(reservation))
            fileLapsesAt[fileSlot] = lapses.secondsSinceEpoch
            schedule(lapses, .lapse(file: fileSlot))
            replenish(slot, at: instant)
        }
        return reservation
    }

    /// Registration at the office (注册登记) within the validity period; the number is then the vehicle's for good.
    public func register(vin: String, at instant: Instant) -> Result<Reservation, Rejection> {
        advance(to: instant)
        guard let slot = fileSlot(vin: vin) else {
            emit(instant, .registrationRefused(nil, vin: vin, .noReservation))
            return .failure(.noReservation)
        }
        // Taken, not copied: a reservation holds several texts, each retained by a copy and released again by clearing
        // the file.
        guard let reservation = fileList[slot].reservation.take() else {
            let refusal: Rejection =
                !fileList[slot].succeeded
                ? .noReservation
                : registry.isRegistered(slot: fileRecord[slot]) ? .alreadyRegistered : .reservationLapsed
            emit(instant, .registrationRefused(fileList[slot].subject, vin: vin, refusal))
            return .failure(refusal)
        }
        fileLapsesAt[slot] = .min
        registry.markRegistered(slot: fileRecord[slot])
        emit(instant, .registered(reservation.subject, vin: vin, serial: reservation.serial))
        return .success(reservation)
    }

    func fire(_ action: EngineTimerAction, at instant: Instant) {
        switch action {
        case .lapse(let slot): lapse(file: slot, at: instant)
        case .liftBlacklist(let index):
            let user = liftUsers[Int(index)]
            guard var entry = blacklist[user], entry.liftsAt == instant else { return }
            entry.until = nil
            entry.liftsAt = nil
            entry.lapses = 0
            updateBlacklist(user) { $0 = entry }
            emit(instant, .blacklistLifted(entry.subject, user: user))
        }
    }

    /// An unregistered reservation lapses: the number returns after the reuse delay and the owner may be blacklisted.
    func lapse(file slot: Int, at instant: Instant) {
        // Most timers find their reservation registered: the compact deadline list says so without touching the file.
        guard fileLapsesAt[slot] == instant.secondsSinceEpoch, let reservation = fileList[slot].reservation else {
            return
        }
        fileList[slot].reservation = nil
        fileLapsesAt[slot] = .min
        let vin = reservation.vin
        let rules = rules(reservation.pool.region, at: instant)!
        let pool = pool(reservation.pool)!
        let reuseAt = rules.calendar.instant(
            after: rules.reservation.reuseAfter, from: instant, offset: rules.region.utcOffset)
        emit(instant, .lapsed(reservation.subject, vin: vin, serial: reservation.serial, user: reservation.user))
        if let index = pool.index(of: reservation.serial) {
            let events = pool.release(index: index, reuseAt: reuseAt, at: instant)
            poolsChanged()
            for event in events { emit(event.instant, .pool(reservation.pool, event)) }
        }
        var entry = blacklist[reservation.user] ?? BlacklistEntry(subject: reservation.subject)
        entry.lapses += 1
        if entry.lapses >= rules.blacklist.afterLapses {
            let zone = rules.region.utcOffset
            let start = instant.date(in: zone)
            let lifted = rules.calendar.date(start, plus: rules.blacklist.lasts) ?? start
            entry.until = lifted.adding(days: -1)
            entry.liftsAt = Instant(date: lifted, offset: zone)
            emit(instant, .blacklisted(reservation.subject, user: reservation.user, until: entry.until!))
            liftUsers.append(reservation.user)
            schedule(entry.liftsAt!, .liftBlacklist(userIndex: Int32(liftUsers.count - 1)))
        }
        updateBlacklist(reservation.user) { $0 = entry }
    }
}

extension WorkCalendar {
    /// The instant `duration` after `instant`: clock durations exactly, day-based ones at local midnight.
    func instant(after duration: RuleDuration, from instant: Instant, offset: UTCOffset) -> Instant {
        if let seconds = duration.seconds { return instant.adding(seconds: Int64(seconds)) }
        if duration.amount == 0 { return instant }
        guard let day = date(instant.date(in: offset), plus: duration) else { return instant }
        return Instant(date: day, offset: offset)
    }
}
