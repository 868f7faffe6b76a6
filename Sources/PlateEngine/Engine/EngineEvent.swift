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
        case applicationOpened(ApplicationID, user: String, region: String)
        case entryRefused(user: String, region: String, Rejection)
        case stepRejected(ApplicationID, Rejection)
        /// The session moved to another step (every stage change is reported).
        case stageChanged(ApplicationID, from: Application.Stage.Name, to: Application.Stage.Name)
        case basicInfoCompleted(ApplicationID, vin: String)
        case identityConfirmed(ApplicationID)
        /// A self-compose confirm was judged: a number reserved, or all entered numbers taken.
        case selfComposeConfirmed(ApplicationID, SelfComposeConfirm)
        /// Self-compose used up with draws left: the platform moved the session to random by itself.
        case movedToRandom(ApplicationID)
        case sentToOffice(ApplicationID)
        case drawn(ApplicationID, candidates: [String], drawsLeft: Int)
        case backupKept(ApplicationID, serial: String)
        case reserved(Reservation)
        case registered(vin: String, serial: String)
        /// Registration refused at the office (no reservation, lapsed, or already registered).
        case registrationRefused(vin: String, Rejection)
        case lapsed(vin: String, serial: String, user: String)
        case blacklisted(user: String, until: CivilDate)
        case blacklistLifted(user: String)
        case blacklistHit(user: String)
        case pool(PoolKey, PoolEvent)
    }
}
