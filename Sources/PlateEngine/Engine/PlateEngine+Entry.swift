import PlateRules

/// Where a returning applicant is sent (re-entry routing of the seed article).
public enum ReentryRoute: Hashable, Sendable {
    /// No progress on this VIN yet: start at phase 1 step 1.
    case start(ApplicationID)
    /// Basic information done, chances left: straight to phase 1 step 3 (service notes).
    case serviceNotes(ApplicationID)
    /// A valid reservation: straight to phase 2 step 3.
    case done(ApplicationID, Reservation)
}

extension PlateEngine {
    /// Opens a session for `user` on `region`'s platform, checking blacklist, locality and counter signing.
    public func open(user: UserAccount, region: String, at instant: Instant) -> Result<ApplicationID, Rejection> {
        advance(to: instant)
        defer { nextApplication += 1 }
        let id = ApplicationID(nextApplication)
        switch admittedRegion(user: user, region: region, at: instant, practice: false) {
        case .failure(let rejection):
            emit(instant, .entryRefused(user.subject, user: user.id, region: region, rejection))
            return .failure(rejection)
        case .success(let slot):
            // Built straight into the table: handing a whole session through a Result copied it twice.
            sessions.insert(Application(id: id, user: user, region: region, regionSlot: slot, practice: false))
            emit(instant, .applicationOpened(id, user.subject, user: user.id, region: region))
            return .success(id)
        }
    }

    /// Entry checks shared by real and practice sessions; only real ones record a blacklist hit.
    func admit(user: UserAccount, region: String, id: ApplicationID, at instant: Instant, practice: Bool) -> Result<
        Application, Rejection
    > {
        admittedRegion(user: user, region: region, at: instant, practice: practice).map {
            Application(id: id, user: user, region: region, regionSlot: $0, practice: practice)
        }
    }

    /// The entry checks themselves; on success, the region's slot.
    func admittedRegion(user: UserAccount, region: String, at instant: Instant, practice: Bool) -> Result<
        Int, Rejection
    > {
        guard let slot = regionIDs.firstIndex(of: region) else { return .failure(.unknownRegion(region)) }
        let rules = rules(regionSlot: slot, at: instant)
        if !blacklist.isEmpty, let until = blacklist[user.id]?.until, instant.date(in: rules.zone) <= until {
            if !practice { emit(instant, .blacklistHit(user.subject, user: user.id)) }
            return .failure(.blacklistedUntil(until))
        }
        guard rules.locality.allows(user.kind, home: user.home, region: region) else {
            return .failure(.localityNotAllowed(kind: user.kind, home: user.home, region: region))
        }
        if rules.locality.needsCounterSigning(user.kind), !user.counterSigned {
            return .failure(.counterSigningRequired)
        }
        return .success(slot)
    }

    /// Re-entry: routes a returning applicant by the VIN's state, exactly as the seed article describes.
    public func reenter(user: UserAccount, region: String, vin: String, at instant: Instant) -> Result<
        ReentryRoute, Rejection
    > {
        let opened = open(user: user, region: region, at: instant)
        guard case .success(let id) = opened else { return opened.map { .start($0) } }
        guard let fileSlot = fileSlot(vin: vin) else { return .success(.start(id)) }
        let file = fileList[fileSlot]
        guard file.user == user.id else { return refuseReentry(id, .vinBelongsToAnotherUser, at: instant) }
        guard var app = sessions[id] else { return .failure(.unknownApplication) }
        if let reservation = file.reservation {
            app.progress = .done(reservation, .engine(fileSlot))
            sessions.update(app)
            return .success(.done(id, reservation))
        }
        guard !file.succeeded else { return refuseReentry(id, .alreadySucceeded, at: instant) }
        let rules = rules(of: app, at: instant)
        guard file.selfComposeUsed < rules.selfCompose.total || file.drawsUsed < rules.random.draws else {
            return refuseReentry(id, .goToOffice, at: instant)
        }
        // A dated rule change may have taken the office's pool for the vehicle away since the file was opened.
        guard let (_, poolSlot) = pool(office: file.office, vehicle: file.vehicle, rules) else {
            return refuseReentry(id, .vehicleKindNotOffered(file.vehicle, office: file.office), at: instant)
        }
        let choice = Choice(office: file.office, vehicle: file.vehicle, poolSlot: poolSlot)
        app.progress = .serviceNotes(Selection(choice: choice, vin: vin, file: .engine(fileSlot)))
        sessions.update(app)
        return .success(.serviceNotes(id))
    }

    /// Ends a re-entry the VIN's state refuses: recorded as a rejection of the session opened for it, then closed.
    private func refuseReentry(_ id: ApplicationID, _ rejection: Rejection, at instant: Instant) -> Result<
        ReentryRoute, Rejection
    > {
        emit(instant, .stepRejected(id, rejection))
        close(id, at: instant)
        return .failure(rejection)
    }

    /// Runs a step on a real session, storing the result and recording a rejection as an event.
    func step<T>(_ id: ApplicationID, at instant: Instant, _ body: (inout Application) -> Result<T, Rejection>)
        -> Result<T, Rejection>
    {
        advance(to: instant)
        guard let slot = sessions.slot(of: id) else { return .failure(.unknownApplication) }
        // In place, stage read inside: copying a session out costs more than the step itself.
        // Step bodies never touch `sessions`.
        var before = Application.Stage.Name.choosingOffice
        var after = before
        delivery.beginStep()
        let result = { (app: inout Application) -> Result<T, Rejection> in
            before = app.stage.name
            defer { after = app.stage.name }
            return body(&app)
        }(&sessions[slot: slot])
        endStep()
        if case .failure(let rejection) = result { emit(instant, .stepRejected(id, rejection)) }
        if after != before, delivery.reportsStageChanges { emit(instant, .stageChanged(id, from: before, to: after)) }
        return result
    }

    /// Fails with `.wrongStep` unless the session is at `first` or `second` (fixed arity: a variadic list allocated an
    /// array on every step). Steps whose later work needs the stage's data match `progress` instead.
    func require(_ app: Application, _ first: Application.Stage.Name, _ second: Application.Stage.Name) -> Rejection? {
        let current = app.stage.name
        return current == first || current == second ? nil : .wrongStep(expected: [first, second], current: current)
    }

    /// Phase 2 needs a user who is not blacklisted (a lapse may blacklist them mid-session)
    /// and the service hours.
    ///
    /// A session remembers the blacklist version at which its user was found clear: the blacklist changes a few
    /// times a day, and looking the user up on every step of phase 2 cost more than the rest of the check.
    func requirePhaseTwo(_ app: inout Application, _ rules: RulesInForce, at instant: Instant) -> Rejection? {
        if !blacklist.isEmpty, app.clearOfBlacklistAt != blacklistVersion {
            if let until = blacklist[app.user.id]?.until, instant.date(in: rules.zone) <= until {
                if !app.practice { emit(instant, .blacklistHit(app.user.subject, user: app.user.id)) }
                return .blacklistedUntil(until)
            }
            // Clear now, and until the blacklist changes: an entry whose last day has passed stays passed.
            app.clearOfBlacklistAt = blacklistVersion
        }
        guard !rules.isOpen(at: instant) else { return nil }
        return .outsideServiceHours(
            opensAt: rules.serviceHours.nextOpening(after: instant, offset: rules.zone, calendar: rules.calendar))
    }

    /// The pool an office offers for a vehicle kind (its first such pool) and the engine's slot for it; nil when the
    /// office offers none, or only one the engine does not host (a pool a dated change added after the start).
    func pool(office officeID: String, vehicle: VehicleKind, _ rules: RulesInForce) -> (key: PoolKey, slot: Int)? {
        guard let entry = rules.officePool(officeID, vehicle: vehicle), let slot = entry.slot else { return nil }
        return (entry.key, slot)
    }

    /// The refusal of a step the session is not at; `expected` is the stage it would need.
    func wrongStep(_ app: Application, _ expected: Application.Stage.Name) -> Rejection {
        .wrongStep(expected: [expected], current: app.stage.name)
    }
}
