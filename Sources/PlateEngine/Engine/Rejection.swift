import PlateRules

/// Why the engine refused a step: a value with its data, never a string. Reports and the demo render these.
public enum Rejection: Error, Hashable, Sendable {
    // Entry and locality
    /// The region is not hosted by this engine.
    case unknownRegion(String)
    /// This user kind may pre-select only in its home region (异地预选 not allowed).
    case localityNotAllowed(kind: UserKind, home: String, region: String)
    /// Organisations must first sign at the office counter (面签).
    case counterSigningRequired
    /// The user is blacklisted until this date (inclusive).
    case blacklistedUntil(CivilDate)
    /// Phase 2 is closed now; it next opens at this instant (nil: never within the calendar horizon).
    case outsideServiceHours(opensAt: Instant?)
    /// The step does not fit where the application is.
    case wrongStep(expected: [Application.Stage.Name], current: Application.Stage.Name)
    /// No application with this id (or it belongs to another session).
    case unknownApplication

    // Phase 1
    case unknownOffice(String)
    /// The office offers no pool for this vehicle kind.
    case vehicleKindNotOffered(VehicleKind, office: String)
    case invalidVIN(VINProblem)
    case credentialFormat(CredentialKind)
    /// The registry has no certificate record for this VIN.
    case vehicleNotFound
    /// The credential does not match the registry's record for the VIN.
    case credentialMismatch
    /// The VIN's vehicle is of another kind than the one selected.
    case vehicleKindMismatch(selected: VehicleKind, actual: VehicleKind)
    /// The vehicle is already registered (上牌); no pre-selection.
    case alreadyRegistered
    /// The VIN holds a valid reservation; it cannot be changed.
    case alreadyReserved(serial: String, validUntil: CivilDate)
    /// The VIN already succeeded online once.
    case alreadySucceeded
    /// The VIN is being pre-selected by another account.
    case vinBelongsToAnotherUser

    // SMS
    case noCodeRequested
    case smsCodeWrong(attemptsLeft: Int)
    case smsCodeExpired
    case smsLockedOut(until: Instant)
    case smsResendTooSoon(availableAt: Instant)

    // Phase 2
    /// A countdown is running; the button is usable after this many seconds.
    case countdownRunning(secondsLeft: Int)
    /// A number is not complete (the 1-based entry).
    case incompleteNumber(entry: Int)
    /// The same number entered twice in one confirm: entry `entry` (1-based) repeats entry `repeats`. Refused
    /// before anything is checked, so it costs no chance.
    case repeatedNumber(serial: String, entry: Int, repeats: Int)
    /// More numbers than may be entered at once (or than remain).
    case tooManyNumbers(max: Int)
    case noNumbers
    /// An entry is not a number of the pool at all.
    case notInPool(serial: String, reason: SerialRejection)
    /// A serial of the pool that this office does not offer to self-compose now (not published here, or
    /// still random-only): the keyboard would not let anyone type it, so no chance is used.
    case notOffered(serial: String)
    /// Every entered number was taken or unavailable; the self-compose count dropped by the numbers tried.
    case allTaken(tried: [String], remaining: Int)
    case selfComposeUsedUp
    case drawsUsedUp
    /// Both quotas are used up: go to the office (到车管所办理).
    case goToOffice
    case withoutFourNotOffered
    case noBatch
    case batchExpired
    case notInBatch(String)
    case backupAlreadyKept
    case noBackup(String)
    case backupExpired(String)
    /// The number was taken by someone else in the meantime.
    case numberNoLongerAvailable(String)
    /// No number is available in this mode right now.
    case poolExhausted(SelectionMode)

    // Registration
    case noReservation
    case reservationLapsed
}
