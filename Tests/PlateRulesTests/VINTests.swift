import Testing

@testable import PlateRules

// Check digits worked by hand (transliteration value × weight; position 9 has weight 0):
//
// 1M8GDM9AXKP042788
//   1·8=8  M4·7=28  8·6=48  G7·5=35  D4·4=16  M4·3=12  9·2=18  A1·10=10  (X)·0=0
//   K2·9=18  P7·8=56  0·7=0  4·6=24  2·5=10  7·4=28  8·3=24  8·2=16
//   sum 351 = 31·11 + 10 → remainder 10 → check "X" (matches position 9: valid)
//
// LFV3A23C?K3012345
//   L3·8=24  F6·7=42  V5·6=30  3·5=15  A1·4=4  2·3=6  3·2=6  C3·10=30  (?)·0=0
//   K2·9=18  3·8=24  0·7=0  1·6=6  2·5=10  3·4=12  4·3=12  5·2=10
//   sum 249 = 22·11 + 7 → check "7", so LFV3A23C7K3012345 is valid

@Suite struct VINTests {
    @Test(arguments: ["1M8GDM9AXKP042788", "LFV3A23C7K3012345"])
    func handComputedVINsAreValid(text: String) throws {
        let vin = try VIN(validating: text)
        #expect(vin.text == text)
        #expect(vin.description == text)
    }

    @Test func checkDigitIgnoresWhateverIsAtPositionNine() {
        #expect(VIN.checkDigit(for: "1M8GDM9A?KP042788") == "X")
        #expect(VIN.checkDigit(for: "LFV3A23C?K3012345") == "7")
        #expect(VIN.checkDigit(for: "LFV3A23C0K3012345") == "7")
    }

    @Test func checkDigitNeedsSeventeenLegalCharacters() {
        #expect(VIN.checkDigit(for: "LFV3A23C?K301234") == nil)
        #expect(VIN.checkDigit(for: "LFV3A23C?K30123I5") == nil)
    }

    @Test func withCheckDigitFixesPositionNine() throws {
        #expect(VIN.withCheckDigit("LFV3A23C0K3012345") == "LFV3A23C7K3012345")
        #expect(VIN.withCheckDigit("1M8GDM9A1KP042788") == "1M8GDM9AXKP042788")
        // The result always validates: U is not a model-year code, so there is nothing to fix.
        #expect(VIN.withCheckDigit("LFV3A23C0U3012345") == nil)
        #expect(VIN.withCheckDigit("LFV3A23C0K301234") == nil)
    }

    @Test func withCheckDigitOnBytesAgreesWithTheCharacterPath() {
        // Legal characters, a few illegal ones (I, O, lower case, a model-year-only misfit) and the odd wrong length.
        let alphabet = Array("0123456789ABCDEFGHJKLMNPRSTUVWXYZIOa")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3000 {
            let length = next(20) == 0 ? 16 : 17
            let text = String((0..<length).map { _ in alphabet[next(alphabet.count)] })
            var reference: String?
            var chars = Array(text)
            if let digit = VIN.checkDigit(for: chars) {
                chars[VIN.checkIndex] = digit
                reference = (try? VIN(validating: String(chars)))?.text
            }
            #expect(VIN.withCheckDigit(text) == reference, "\(text)")
        }
    }

    @Test(arguments: [("", 0), ("1M8GDM9AXKP04278", 16), ("1M8GDM9AXKP0427880", 18)])
    func wrongLengthIsReportedFirst(text: String, count: Int) {
        #expect(throws: VINProblem.wrongLength(found: count)) { try VIN(validating: text) }
    }

    @Test func lengthCountsCharactersNotBytes() {
        // 17 characters, one of them two-byte UTF-8: a character problem, not a length problem.
        #expect(throws: VINProblem.illegalCharacter("车", position: 1)) { try VIN(validating: "车M8GDM9AXKP042788") }
    }

    @Test func lowerCaseIsAnIllegalCharacterWithItsPosition() {
        #expect(throws: VINProblem.illegalCharacter("m", position: 2)) { try VIN(validating: "1m8GDM9AXKP042788") }
        let message = VINProblem.illegalCharacter("m", position: 2).description
        #expect(message.contains("position 2"))
        #expect(message.contains("lower-case"))
    }

    @Test func lettersIOQAreIllegalAnywhere() {
        #expect(throws: VINProblem.illegalCharacter("O", position: 16)) { try VIN(validating: "1M8GDM9AXKP0427O8") }
        // At position 10, Q is reported as an illegal character, not a model-year problem.
        #expect(throws: VINProblem.illegalCharacter("Q", position: 10)) { try VIN(validating: "LFV3A23C7Q3012345") }
        #expect(VINProblem.illegalCharacter("I", position: 4).description.contains("I, O and Q"))
    }

    @Test func firstIllegalCharacterIsReported() {
        #expect(throws: VINProblem.illegalCharacter("-", position: 4)) { try VIN(validating: "LFV-A23C7K301234a") }
    }

    @Test(arguments: ["U", "Z", "0"])
    func forbiddenModelYearIsReportedBeforeTheCheckDigit(code: String) {
        // The check digit 7 is wrong for these too; the model year is reported first.
        let text = "LFV3A23C7" + code + "3012345"
        #expect(throws: VINProblem.illegalModelYear(Character(code))) { try VIN(validating: text) }
        #expect(VINProblem.illegalModelYear(Character(code)).description.contains("Position 10"))
    }

    @Test func wrongCheckDigitNamesExpectedAndFound() {
        #expect(throws: VINProblem.wrongCheckDigit(expected: "X", found: "1")) {
            try VIN(validating: "1M8GDM9A1KP042788")
        }
        #expect(throws: VINProblem.wrongCheckDigit(expected: "7", found: "X")) {
            try VIN(validating: "LFV3A23CXK3012345")
        }
        let message = VINProblem.wrongCheckDigit(expected: "X", found: "1").description
        #expect(message.contains("Position 9"))
        #expect(message.contains("'X'"))
    }

    @Test func oneChangedCharacterIsUsuallyCaught() throws {
        // Changing 5 → 6 at position 17 (weight 2) moves the sum by 2, so 7 is no longer right.
        #expect(throws: VINProblem.wrongCheckDigit(expected: "9", found: "7")) {
            try VIN(validating: "LFV3A23C7K3012346")
        }
    }

    @Test func invisibleCharactersAreEscapedInMessages() {
        #expect(VINProblem.illegalCharacter("\t", position: 3).description.contains("'\\t'"))
    }
}
