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
