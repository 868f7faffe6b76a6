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

    @Test("every rule path a reason names is a path of the rule-set schema (or an object holding some)")
    func rulePathsExist() {
        let reference = SchemaReferenceWriter.markdown(RuleSetSchema.root)
        for reason in RejectionReason.allCases {
            for path in reason.rulePaths {
                #expect(reference.contains("| `\(path)` |") || reference.contains("| `\(path)."), "\(reason.name): \(path) is no rule path")
            }
        }
    }
}
