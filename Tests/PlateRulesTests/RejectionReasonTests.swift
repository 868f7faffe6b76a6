import Testing

@testable import PlateRules

/// The one home of the rejection names: the names scenarios write, the meanings the docs show, the rule paths
/// `explain` quotes, each a real path of the rule-set schema.
@Suite("Rejection reasons")
struct RejectionReasonTests {
    @Test("names are unique snake_case words, each with a meaning")
    func names() {
        #expect(Set(RejectionReason.names).count == RejectionReason.allCases.count)
        for reason in RejectionReason.allCases {
            #expect(reason.name.allSatisfy { $0.isLowercase || $0 == "_" }, "\(reason.name)")
            #expect(!reason.meaning.isEmpty)
        }
    }

    @Test("every rule path the engine's decisions name is a key of the rule-set schema")
    func rulePathsExist() {
        for rule in RulePath.allCases {
            #expect(rule.field != nil, "\(rule.path) is no key of the rule-set schema")
            #expect(
                RuleSetSchema.root.field(at: rule.path)?.name == rule.path.split(separator: ".").last.map(String.init))
        }
        #expect(
            RuleSetSchema.root.field(at: "self_compose.totl") == nil
                && RuleSetSchema.root.field(at: "verification.sms.digits.x") == nil)
    }
}
