import PlateEngine
import PlateRules

extension Rejection {
    /// A rejection of each reason, with made-up data: what tests go through when they mean every reason. The switch is
    /// exhaustive, so a new reason cannot be left out of them.
    public static func example(of reason: RejectionReason, day: CivilDate, instant: Instant) -> Rejection {
        switch reason {
        case .unknownRegion: .unknownRegion("elsewhere")
        case .localityNotAllowed:
            .localityNotAllowed(kind: .organisation, home: "hebei-baoding", region: "hebei-chengde")
        case .counterSigningRequired: .counterSigningRequired
        case .blacklistedUntil: .blacklistedUntil(day)
        case .outsideServiceHours: .outsideServiceHours(opensAt: instant)
        case .wrongStep: .wrongStep(expected: [.serviceNotes], current: .done)
        case .unknownApplication: .unknownApplication
        case .unknownOffice: .unknownOffice("nowhere")
        case .vehicleKindNotOffered: .vehicleKindNotOffered(.largeNEV, office: "main")
        case .invalidVIN: .invalidVIN(.wrongLength(found: 3))
        case .credentialFormat: .credentialFormat(.importCertificate)
        case .vehicleNotFound: .vehicleNotFound
        case .credentialMismatch: .credentialMismatch
        case .vehicleKindMismatch: .vehicleKindMismatch(selected: .smallCar, actual: .smallNEV)
        case .alreadyRegistered: .alreadyRegistered
        case .alreadyReserved: .alreadyReserved(serial: "12345", validUntil: day)
        case .alreadySucceeded: .alreadySucceeded
        case .vinBelongsToAnotherUser: .vinBelongsToAnotherUser
        case .noCodeRequested: .noCodeRequested
        case .smsCodeWrong: .smsCodeWrong(attemptsLeft: 2)
        case .smsCodeExpired: .smsCodeExpired
        case .smsLockedOut: .smsLockedOut(until: instant)
        case .smsResendTooSoon: .smsResendTooSoon(availableAt: instant)
        case .countdownRunning: .countdownRunning(secondsLeft: 3)
        case .incompleteNumber: .incompleteNumber(entry: 2)
        case .repeatedNumber: .repeatedNumber(serial: "02188", entry: 4, repeats: 1)
        case .tooManyNumbers: .tooManyNumbers(max: 5)
        case .noNumbers: .noNumbers
        case .notInPool: .notInPool(serial: "III", reason: .withheld)
        case .notOffered: .notOffered(serial: "A1234")
        case .allTaken: .allTaken(tried: ["12345"], remaining: 15)
        case .selfComposeUsedUp: .selfComposeUsedUp
        case .drawsUsedUp: .drawsUsedUp
        case .goToOffice: .goToOffice
        case .withoutFourNotOffered: .withoutFourNotOffered
        case .noBatch: .noBatch
        case .batchExpired: .batchExpired
        case .notInBatch: .notInBatch("1")
        case .backupAlreadyKept: .backupAlreadyKept
        case .noBackup: .noBackup("1")
        case .backupExpired: .backupExpired("1")
        case .numberNoLongerAvailable: .numberNoLongerAvailable("1")
        case .poolExhausted: .poolExhausted(.random)
        case .noReservation: .noReservation
        case .reservationLapsed: .reservationLapsed
        }
    }

    /// One rejection of every reason, in the order of the flow.
    public static func examples(day: CivilDate, instant: Instant) -> [Rejection] {
        RejectionReason.allCases.map { example(of: $0, day: day, instant: instant) }
    }
}
