import PlateRules

/// A scripted user: explicit steps at given instants or after given delays, each with an optional expectation.
public struct ScriptedUser: Hashable, Sendable {
    public let name: String
    public let user: UserKind
    public let home: String?
    public let counterSigned: Bool
    public let vehicle: VehicleKind
    public let vin: String?
    public let certificate: String?
    public let inRegistry: Bool
    public let steps: [ScriptStep]
    /// Another vehicle of an earlier user: that user's name (one owner, one account, so one blacklist).
    public var owner: String? = nil
}

/// One scripted step.
public struct ScriptStep: Hashable, Sendable {
    /// When the step happens.
    public enum Timing: Hashable, Sendable {
        case at(Instant)
        case after(seconds: Int)
        /// Right after the previous step.
        case next
    }

    /// What the user does.
    public enum Action: Hashable, Sendable {
        case chooseOffice(String)
        case acceptNotice
        case submit(vin: String?, credential: EnteredCredential?)
        case sms(SMSEntry)
        case startSelection
        case compose([String])
        case draw(withoutFour: Bool)
        case keepBackup(Candidate)
        /// A backup's serial, or nil for the latest kept.
        case confirmBackup(String?)
        case switchTo(String)
        case register
        case reenter
        case resendCode
        case wait(seconds: Int)
    }

    /// A credential as a script enters it.
    public struct EnteredCredential: Hashable, Sendable {
        public let kind: CredentialKind
        public let number: String
    }

    /// How the SMS code is entered.
    public enum SMSEntry: String, Hashable, Sendable {
        case correct, wrong, late
    }

    /// Which candidate of the current batch to keep.
    public enum Candidate: Hashable, Sendable {
        case position(Int)
        case serial(String)
    }

    /// What the step's outcome must be.
    public struct Expectation: Hashable, Sendable {
        public let ok: Bool?
        public let rejected: RejectionReason?
        public let reserved: String?
        public let stage: StageName?
        /// Self-composed numbers left on the VIN after the step (the page's 剩余自编次数).
        public var selfComposeLeft: Int? = nil
        /// Random draws left after the step.
        public var drawsLeft: Int? = nil
        /// The last valid day of the VIN's reservation after the step.
        public var validUntil: CivilDate? = nil
        /// The keys the virtual keyboard enables after typing `prefix`, in key order.
        public var keysAfter: KeysAfter? = nil

        /// A keyboard expectation: after typing `prefix`, exactly `keys` are enabled.
        public struct KeysAfter: Hashable, Sendable {
            public let prefix: String
            public let keys: String
        }

        /// Whether the step must be followed by a look at the selection page (counts or keyboard).
        public var looksAtScreen: Bool { selfComposeLeft != nil || drawsLeft != nil || keysAfter != nil }
    }

    public let timing: Timing
    public let action: Action
    public let expect: Expectation?
    public let location: SourceLocation
}
