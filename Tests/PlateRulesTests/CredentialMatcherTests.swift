import PropertyBased
import Testing

@testable import PlateRules

/// The simple credential matcher must give the regex's answer on every text.
@Suite struct CredentialMatcherTests {
    static func pick<T: Sendable>(_ values: [T]) -> Generator<T, Shrink.None<T?>> {
        Gen.element(of: values).compactMap { $0 }
    }

    /// Patterns of the simple kind, as sequences of atoms with counts.
    static let patterns = zip(
        pick(["A", "z", "7", "[A-Z]", "[A-Z0-9]", "[0-9]", "[AB1]", "[a-cX]", "[A-z]", "[0-9a-f]"]),
        pick(["", "?", "*", "+", "{2}", "{0}", "{1,3}", "{2,}", "{0,1}", "{3,5}"])
    ).map { $0 + $1 }.array(of: 0...4).map { $0.joined() }

    /// Texts near the patterns' alphabets, with characters outside them and non-ASCII ones.
    static let texts = pick(Array("AZaz079BX1f[]-_\\ \n\r中é")).string(of: 0...9).array(of: 40)

    @Test func simpleMatchingAgreesWithTheRegex() async {
        await propertyCheck(count: 400, input: Self.patterns, Self.texts) { pattern, texts in
            guard let format = try? CredentialFormat(pattern: pattern), let regex = try? Regex(pattern) else {
                Issue.record("\(pattern) should be a supported pattern and a valid regular expression")
                return
            }
            for text in texts {
                #expect(
                    format.matches(text) == ((try? regex.wholeMatch(in: text)) != nil),
                    "\(pattern) on \(text.debugDescription)")
            }
        }
    }

    @Test func theRuleSetPatternsAreMatchedSimply() throws {
        for pattern in ["[A-Z0-9]{15}", "[A-Z0-9]{14,18}"] {
            let format = try CredentialFormat(pattern: pattern)
            let regex = try Regex(pattern)
            for text in [
                "WDZ123456789012", "WDZ12345678901", "WDZ1234567890123", "wdz123456789012", "WDZ12345678901\r\n", "",
                "WDZ1234567890１2",
            ] {
                #expect(
                    format.matches(text) == ((try? regex.wholeMatch(in: text)) != nil),
                    "\(pattern) on \(text.debugDescription)")
            }
        }
    }

    /// Everything outside the subset is refused, the nested quantifiers that make a regex take exponential time first.
    @Test func otherPatternsAreRefused() throws {
        for pattern in [
            "AB|ABC", "^[A-Z]{2}$", "[^A-Z]{2}", "\\d{3}", ".{2}", "(AB){2}", "[A-Z]{2}?", "[A-Z]*+", "[A-]", "[]A]",
            "A{,2}",
            "(A+)+B", "([A-Z]*)*$", "[A-Z]{64}",
        ] {
            #expect(throws: CredentialFormatError.self, "\(pattern)") { try CredentialFormat(pattern: pattern) }
        }
    }

    @Test func textLongerThanACredentialNeverMatches() throws {
        let format = try CredentialFormat(pattern: "[A-Z]+")
        #expect(format.matches(String(repeating: "A", count: CredentialMatcher.maxLength)))
        #expect(!format.matches(String(repeating: "A", count: CredentialMatcher.maxLength + 1)))
        #expect(!format.matches(String(repeating: "A", count: 100_000)))
    }
}
