import Foundation
import PlateRules
import PlateStudies

/// A study's runs as `platelab compare` would load them: the scenario as the baseline, and each variant as the
/// scenario under its change file, named as the reproducing command names it, so reports and keys are the same.
public enum StudyInputs {
    /// What stops a study from loading: the findings, each with the variant it concerns (nil: the scenario).
    public struct Problems: Error, Sendable {
        public let findings: [(variant: String?, diagnostic: Diagnostic)]
        public let unreadable: [String]
    }

    /// The arms of a study; the findings of every arm that does not load, all at once.
    public static func load(
        scenario: String, variants: [StudyVariant], seed: UInt64?
    ) -> Result<[CompareStudy.Arm], Problems> {
        var arms: [CompareStudy.Arm] = []
        var findings: [(String?, Diagnostic)] = []
        var unreadable: [String] = []
        var baseline: Set<String> = []
        func add(_ label: String, _ variant: StudyVariant?) {
            let written = variant.map { [WrittenChanges(name: $0.fileName, text: RuleFields.changeFile($0))] } ?? []
            let command = ["run", scenario] + (variant.map { ["--changes", $0.fileName] } ?? [])
            switch StudyInput.load(scenario, changes: [], written: written, seed: seed, command: command) {
            case .success(let input): arms.append(CompareStudy.Arm(label: label, input: input))
            case .failure(let failure):
                unreadable += failure.unreadableChanges
                switch failure.reason {
                case .unreadable(let message): unreadable.append(message)
                case .notAScenario(let items), .invalid(let items):
                    // The scenario's own findings come with every arm: say them once, with the baseline.
                    for item in items where variant == nil || !baseline.contains(item.description) {
                        findings.append((variant?.name, item))
                        if variant == nil { baseline.insert(item.description) }
                    }
                }
            }
        }
        add("Baseline", nil)
        for variant in variants { add(variant.name, variant) }
        guard findings.isEmpty, unreadable.isEmpty, arms.count == variants.count + 1 else {
            return .failure(Problems(findings: findings, unreadable: unreadable))
        }
        return .success(arms)
    }
}
