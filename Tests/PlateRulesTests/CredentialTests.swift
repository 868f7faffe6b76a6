import Testing

@testable import PlateRules

@Suite struct CredentialTests {
    @Test func kindsUseTheRuleSetSpelling() {
        #expect(CredentialKind(rawValue: "certificate") == .certificate)
        #expect(CredentialKind(rawValue: "import_certificate") == .importCertificate)
        #expect(CredentialKind.allCases.count == 2)
    }

    @Test func fifteenUpperCaseLettersAndDigits() throws {
        let format = try CredentialFormat(pattern: "[A-Z0-9]{15}")
        #expect(format.pattern == "[A-Z0-9]{15}")
        #expect(format.matches("WDZ123456789012"))
        #expect(!format.matches("WDZ12345678901"))  // 14
        #expect(!format.matches("WDZ1234567890123"))  // 16
        #expect(!format.matches("wdz123456789012"))  // lower case
        #expect(!format.matches(""))
    }

    @Test func matchMustCoverTheWholeText() throws {
        let two = try CredentialFormat(pattern: "[A-Z]{2}")
        #expect(two.matches("AB"))
        #expect(!two.matches("ABC"))
        #expect(!two.matches("1AB"))
        #expect(!two.matches("AB\n"))
    }

    @Test func alternationIsOutsideTheSubset() {
        #expect {
            _ = try CredentialFormat(pattern: "AB|ABC")
        } throws: { error in
            guard case .invalidPattern(_, let reason) = error as? CredentialFormatError else { return false }
            return reason.contains("alternation, groups, anchors and other regex syntax are not supported")
        }
    }

    @Test func invalidPatternThrowsWithTheEngineMessage() {
        #expect {
            _ = try CredentialFormat(pattern: "[A-Z")
        } throws: { error in
            guard case .invalidPattern(let pattern, let reason) = error as? CredentialFormatError else { return false }
            return pattern == "[A-Z" && !reason.isEmpty
        }
        #expect(throws: CredentialFormatError.self) { try CredentialFormat(pattern: "(AB") }
    }

    @Test func formatsAreEqualByPattern() throws {
        let a = try CredentialFormat(pattern: "[A-Z0-9]{15}")
        let b = try CredentialFormat(pattern: "[A-Z0-9]{15}")
        let c = try CredentialFormat(pattern: "[A-Z0-9]{16}")
        #expect(a == b)
        #expect(a != c)
        #expect(Set([a, b, c]).count == 2)
    }

    @Test func oneFormatCanBeSharedAcrossTasks() async throws {
        let format = try CredentialFormat(pattern: "[A-Z0-9]{15}")
        let results = await withTaskGroup(of: Bool.self) { group in
            for i in 0..<16 {
                group.addTask { format.matches(i.isMultiple(of: 2) ? "WDZ123456789012" : "short") }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.filter { $0 }.count == 8)
    }
}
