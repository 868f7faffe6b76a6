import PlateRules

extension Rejection {
    /// The reason, as scenarios and reports name it (`RejectionReason`, the one home of the names).
    ///
    /// Spelt out per case: reports name every rejection of a run, and reflection cost more than the engine step.
    /// The switch is exhaustive, so a new case needs its reason; a test checks each against the case name.
    public var reason: RejectionReason {
        switch self {
        case .unknownRegion: .unknownRegion
        case .localityNotAllowed: .localityNotAllowed
        case .counterSigningRequired: .counterSigningRequired
        case .blacklistedUntil: .blacklistedUntil
        case .outsideServiceHours: .outsideServiceHours
        case .wrongStep: .wrongStep
        case .unknownApplication: .unknownApplication
        case .unknownOffice: .unknownOffice
        case .vehicleKindNotOffered: .vehicleKindNotOffered
        case .invalidVIN: .invalidVIN
        case .credentialFormat: .credentialFormat
        case .vehicleNotFound: .vehicleNotFound
        case .credentialMismatch: .credentialMismatch
        case .vehicleKindMismatch: .vehicleKindMismatch
        case .alreadyRegistered: .alreadyRegistered
        case .alreadyReserved: .alreadyReserved
        case .alreadySucceeded: .alreadySucceeded
        case .vinBelongsToAnotherUser: .vinBelongsToAnotherUser
        case .noCodeRequested: .noCodeRequested
        case .smsCodeWrong: .smsCodeWrong
        case .smsCodeExpired: .smsCodeExpired
        case .smsLockedOut: .smsLockedOut
        case .smsResendTooSoon: .smsResendTooSoon
        case .countdownRunning: .countdownRunning
        case .incompleteNumber: .incompleteNumber
        case .repeatedNumber: .repeatedNumber
        case .tooManyNumbers: .tooManyNumbers
        case .noNumbers: .noNumbers
        case .notInPool: .notInPool
        case .notOffered: .notOffered
        case .allTaken: .allTaken
        case .selfComposeUsedUp: .selfComposeUsedUp
        case .drawsUsedUp: .drawsUsedUp
        case .goToOffice: .goToOffice
        case .withoutFourNotOffered: .withoutFourNotOffered
        case .noBatch: .noBatch
        case .batchExpired: .batchExpired
        case .notInBatch: .notInBatch
        case .backupAlreadyKept: .backupAlreadyKept
        case .noBackup: .noBackup
        case .backupExpired: .backupExpired
        case .numberNoLongerAvailable: .numberNoLongerAvailable
        case .poolExhausted: .poolExhausted
        case .noReservation: .noReservation
        case .reservationLapsed: .reservationLapsed
        }
    }

    /// The reason's name in snake_case (`all_taken`).
    public var name: String { reason.rawValue }

    /// The case name in snake_case derived by reflection: the rule `name` spells out.
    var reflectedName: String {
        let label = Mirror(reflecting: self).children.first?.label ?? String(describing: self)
        // A capital after a lower-case letter starts a word; runs of capitals (VIN) stay one word.
        var out = ""
        var previous: Character?
        for character in label {
            if character.isUppercase, let p = previous, p.isLowercase || p.isNumber { out += "_" }
            out += character.lowercased()
            previous = character
        }
        return out
    }
}
