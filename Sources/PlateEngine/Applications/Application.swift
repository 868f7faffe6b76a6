import PlateRules

/// One applicant's session through the two phases; quotas live with the VIN (`VehicleFile`), not here.
public struct Application: Hashable, Sendable {
    /// Where the session stands, with the data of that step.
    public enum Stage: Hashable, Sendable {
        /// Phase 1 step 1: choose the office (and vehicle kind).
        case choosingOffice
        /// Business notice shown; waiting for "read and agree".
        case readingNotice
        /// Phase 1 step 2: enter VIN and credential.
        case enteringVehicle
        /// VIN checked, SMS code sent.
        case confirmingBasicInfo
        /// Phase 1 step 3: service notes; "start selection" next.
        case serviceNotes
        /// Phase 2 step 1: identity SMS with the confirm countdown ending at `countdownEnds`.
        case identityCheck(countdownEnds: Instant)
        /// Phase 2 step 2, in a mode; the confirm countdown for self-compose ends at `confirmAllowedAt`.
        case selecting(SelectionMode)
        /// Phase 2 step 3: a number is reserved.
        case done(Reservation)
        /// Both quotas used up: the applicant must go to the office.
        case goToOffice

        /// The stage without its data, for messages and expectations.
        public var name: Name {
            switch self {
            case .choosingOffice: .choosingOffice
            case .readingNotice: .readingNotice
            case .enteringVehicle: .enteringVehicle
            case .confirmingBasicInfo: .confirmingBasicInfo
            case .serviceNotes: .serviceNotes
            case .identityCheck: .identityCheck
            case .selecting(.selfCompose): .selfCompose
            case .selecting(.random): .random
            case .done: .done
            case .goToOffice: .goToOffice
            }
        }

        /// Stage names as written in scenarios and messages (declared with the scenario format, which names them).
        public typealias Name = StageName
    }

    public let id: ApplicationID
    public let user: UserAccount
    public let region: String
    /// The engine's slot for the region.
    let regionSlot: Int
    /// Practice (模拟选号): nothing verified against the registry, nothing saved, the number invalid.
    public let practice: Bool
    /// Where the session stands, with what its later steps need.
    var progress: Progress = .choosingOffice
    /// Where the session stands, as shown.
    public var stage: Stage { progress.stage }
    public var office: String? { progress.choice?.office }
    public var vehicle: VehicleKind? { progress.choice?.vehicle }
    public var vin: String? { progress.vin }
    public internal(set) var sms: SMSChallenge
    /// When the self-compose confirm button becomes usable.
    public internal(set) var confirmAllowedAt: Instant?
    public internal(set) var batch: RandomBatch?
    /// Kept backups (备选), one per batch, newest last.
    public internal(set) var backups: [Backup] = []
    /// A practice session's own VIN file (real sessions use the engine's): a blank until its basic information is
    /// confirmed.
    var practiceFile: VehicleFile
    /// A practice session's own SMS-code stream.
    var practiceCodes = Xoshiro256(seed: 0)
    /// The engine's blacklist version at which the user was last found not blacklisted (-1: never checked).
    var clearOfBlacklistAt = -1

    init(id: ApplicationID, user: UserAccount, region: String, regionSlot: Int, practice: Bool) {
        self.id = id
        self.user = user
        self.region = region
        self.regionSlot = regionSlot
        self.practice = practice
        self.sms = SMSChallenge(purpose: .basicInfo)
        practiceFile = VehicleFile(vin: "", user: user, office: "", vehicle: .smallCar)
    }
}

/// A random draw's candidates and their expiry.
public struct RandomBatch: Hashable, Sendable {
    public let number: Int
    public let candidates: [String]
    public let expiresAt: Instant
    public let withoutFour: Bool
    public internal(set) var backupKept = false
}

/// A candidate kept from a batch, confirmable until it expires.
public struct Backup: Hashable, Sendable {
    public let serial: String
    public let batch: Int
    public let expiresAt: Instant
}

/// Per-VIN progress: quotas, pace and the one online success, kept across sessions (re-entry).
public struct VehicleFile: Hashable, Sendable {
    public let vin: String
    public let user: String
    /// The subject of the account that opened the file.
    public let subject: Subject
    public let office: String
    public let vehicle: VehicleKind
    public internal(set) var selfComposeUsed = 0
    /// Self-compose confirms judged so far (all taken or reserved).
    public internal(set) var selfComposeConfirms = 0
    public internal(set) var drawsUsed = 0
    public internal(set) var reservation: Reservation?
    public internal(set) var succeeded = false

    /// Counts a judged self-compose confirm of `numbers` numbers; returns which confirm it was.
    mutating func countConfirm(numbers: Int) -> Int {
        selfComposeUsed += numbers
        selfComposeConfirms += 1
        return selfComposeConfirms
    }

    /// Counts a random draw; returns which draw it was.
    mutating func countDraw() -> Int {
        drawsUsed += 1
        return drawsUsed
    }

    /// Holds the one online success.
    mutating func hold(_ reservation: Reservation) {
        self.reservation = reservation
        succeeded = true
    }

    init(vin: String, user: UserAccount, office: String, vehicle: VehicleKind) {
        self.vin = vin
        self.user = user.id
        self.subject = user.subject
        self.office = office
        self.vehicle = vehicle
    }
}
