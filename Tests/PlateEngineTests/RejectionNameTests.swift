import PlateRules
import PlateTestSupport
import Testing

@testable import PlateEngine

@Test("rejections are named in snake_case, with or without data")
func rejectionNames() {
    #expect(Rejection.allTaken(tried: ["A"], remaining: 3).name == "all_taken")
    #expect(Rejection.counterSigningRequired.name == "counter_signing_required")
    #expect(Rejection.outsideServiceHours(opensAt: nil).name == "outside_service_hours")
    #expect(Rejection.invalidVIN(.wrongLength(found: 3)).name == "invalid_vin")
    #expect(Rejection.smsCodeWrong(attemptsLeft: 1).name == "sms_code_wrong")
}

@Test("every reason has a rejection that gives it, named as its case in snake_case")
func everyRejectionName() {
    let examples = Rejection.examples(
        day: CivilDate(year: 2026, month: 12, day: 1)!, instant: Instant(secondsSinceEpoch: 0))
    // One rejection per reason, in the order of RejectionReason, each giving back its reason: the two switches agree.
    #expect(examples.map(\.reason) == RejectionReason.allCases)
    for rejection in examples {
        #expect(rejection.name == rejection.reflectedName, "\(rejection.reason) is spelt unlike its case")
    }
    #expect(Set(RejectionReason.names).count == RejectionReason.allCases.count)
}
