import Testing
import PlateRules
@testable import PlateEngine

@Test("rejections are named in snake_case, with or without data")
func rejectionNames() {
    #expect(Rejection.allTaken(tried: ["A"], remaining: 3).name == "all_taken")
    #expect(Rejection.counterSigningRequired.name == "counter_signing_required")
    #expect(Rejection.outsideServiceHours(opensAt: nil).name == "outside_service_hours")
    #expect(Rejection.invalidVIN(.wrongLength(found: 3)).name == "invalid_vin")
    #expect(Rejection.smsCodeWrong(attemptsLeft: 1).name == "sms_code_wrong")
}

@Test("every rejection's spelt-out name is its case name in snake_case")
func everyRejectionName() {
    let day = CivilDate(year: 2026, month: 12, day: 1)!
    let instant = Instant(secondsSinceEpoch: 0)
    let all: [Rejection] = [
        .unknownRegion("x"), .localityNotAllowed(kind: .organisation, home: "a", region: "b"), .counterSigningRequired,
        .blacklistedUntil(day), .outsideServiceHours(opensAt: instant), .wrongStep(expected: [.done], current: .random),
        .unknownApplication, .unknownOffice("x"), .vehicleKindNotOffered(.smallCar, office: "x"), .invalidVIN(.wrongLength(found: 3)),
        .credentialFormat(.certificate), .vehicleNotFound, .credentialMismatch, .vehicleKindMismatch(selected: .smallCar, actual: .largeNEV),
        .alreadyRegistered, .alreadyReserved(serial: "A", validUntil: day), .alreadySucceeded, .vinBelongsToAnotherUser,
        .noCodeRequested, .smsCodeWrong(attemptsLeft: 1), .smsCodeExpired, .smsLockedOut(until: instant),
        .smsResendTooSoon(availableAt: instant), .countdownRunning(secondsLeft: 1), .incompleteNumber(entry: 1),
        .repeatedNumber(serial: "A", entry: 2, repeats: 1), .tooManyNumbers(max: 1),
        .noNumbers, .notInPool(serial: "A", reason: .withheld), .notOffered(serial: "A"), .allTaken(tried: [], remaining: 0),
        .selfComposeUsedUp, .drawsUsedUp, .goToOffice, .withoutFourNotOffered, .noBatch, .batchExpired, .notInBatch("A"),
        .backupAlreadyKept, .noBackup("A"), .backupExpired("A"), .numberNoLongerAvailable("A"), .poolExhausted(.random),
        .noReservation, .reservationLapsed,
    ]
    #expect(all.count == 45, "add the new case here")
    for rejection in all { #expect(rejection.name == rejection.reflectedName) }
    #expect(Set(all.map(\.name)).count == all.count)
    // Scenarios name rejections by these names; `check` knows them from PlateRules' list, which must match.
    #expect(all.map(\.name) == RejectionNames.names, "PlateRules' RejectionNames must list every reason, in this order")
}
