import PlateRules

/// Something that happened in the engine, with its instant; reports are folds over these.
public struct EngineEvent: Hashable, Sendable {
    public let at: Instant
    public let kind: Kind

    public init(at: Instant, kind: Kind) {
        self.at = at
        self.kind = kind
    }

    /// What happened.
    public enum Kind: Hashable, Sendable {
        case applicationOpened(ApplicationID, Subject, user: String, region: String)
        case entryRefused(Subject, user: String, region: String, Rejection)
        case stepRejected(ApplicationID, Rejection)
        /// The session moved to another step (every stage change is reported).
        case stageChanged(ApplicationID, from: Application.Stage.Name, to: Application.Stage.Name)
        /// The office and vehicle kind chosen in phase 1 step 1 (reported with the stage changes).
        case officeChosen(ApplicationID, office: String, vehicle: VehicleKind)
        case basicInfoCompleted(ApplicationID, Subject, vin: String)
        case identityConfirmed(ApplicationID)
        /// A self-compose confirm was judged: a number reserved, or all entered numbers taken.
        case selfComposeConfirmed(ApplicationID, SelfComposeConfirm)
        /// Self-compose used up with draws left: the platform moved the session to random by itself.
        case movedToRandom(ApplicationID)
        case sentToOffice(ApplicationID)
        case drawn(ApplicationID, candidates: [String], drawsLeft: Int)
        case backupKept(ApplicationID, serial: String)
        case reserved(Reservation)
        case registered(Subject, vin: String, serial: String)
        /// Registration refused at the office (no reservation, lapsed, or already registered); no subject for a VIN
        /// the platform never saw.
        case registrationRefused(Subject?, vin: String, Rejection)
        case lapsed(Subject, vin: String, serial: String, user: String)
        case blacklisted(Subject, user: String, until: CivilDate)
        case blacklistLifted(Subject, user: String)
        case blacklistHit(Subject, user: String)
        /// A session closed; `use` is its VIN file's quota use so far (nil before the session had a file).
        case sessionClosed(ApplicationID, Subject, use: QuotaUse?)
        case pool(PoolKey, PoolEvent)
    }
}

/// How much of a VIN's quotas its sessions have used.
public struct QuotaUse: Hashable, Sendable {
    public let selfComposeNumbers: Int
    public let draws: Int

    public init(selfComposeNumbers: Int, draws: Int) {
        self.selfComposeNumbers = selfComposeNumbers
        self.draws = draws
    }
}
