import PlateRules
import PlateStudies

/// What the new-study form holds: the scenario, replications, seed and each variant's name and changed values, read
/// from the posted fields (`v1.name`, `v1:self_compose.total`) and checked before a study is made.
struct StudyForm: Sendable {
    var scenario: String
    var replications: String = String(StudyForm.defaultReplications)
    var seed: String = ""
    /// `compare --precision`'s FIGURE=X (empty: the replications as given).
    var precision: String = ""
    var copiedFrom: String?
    var variants: [StudyVariant]

    /// Replications a new study runs unless told otherwise.
    static let defaultReplications = 10
    /// The most a study may ask for (a typo of 1000 would hold the queue for hours).
    static let maxReplications = 200
    static let maxVariants = 6
    /// What a precision target looks like (`reserved_self_compose=5`, `reserved=1.5%`): the API's document says the
    /// same, and a value outside it is refused before `Precision` reads it.
    static let precisionPattern = #"^[a-z_.]+=[0-9]{1,6}(\.[0-9]{1,4})?%?$"#

    /// Whether `text` is a precision target the form takes.
    static func isPrecision(_ text: String) -> Bool {
        guard let pattern = try? Regex(precisionPattern), (try? pattern.wholeMatch(in: text)) != nil else {
            return false
        }
        return Precision(text) != nil
    }

    /// A problem of the form's own (before any loading), with the field it concerns.
    struct Problem: Sendable {
        let field: String
        let message: String
    }

    static func nameField(_ variant: Int) -> String { "v\(variant).name" }
    static func valueField(_ variant: Int, _ path: String) -> String { "v\(variant):\(path)" }

    /// An empty form for `scenario` with `count` variants.
    static func blank(scenario: String, variants count: Int) -> StudyForm {
        StudyForm(
            scenario: scenario,
            variants: (1...max(1, min(count, maxVariants))).map { StudyVariant(name: "variant-\($0)", values: []) })
    }

    /// The form of a study, to copy it as a new one.
    static func copy(of study: StudyRecord) -> StudyForm {
        StudyForm(
            scenario: study.scenario, replications: String(study.replications),
            seed: study.seed.map(String.init) ?? "", precision: study.precision ?? "", copiedFrom: study.id,
            variants: study.variants)
    }

    /// The posted form: every variant column with a value, and its values in the form's order.
    static func read(_ fields: [String: String]) -> StudyForm {
        var variants: [StudyVariant] = []
        for number in 1...maxVariants {
            let name = (fields[nameField(number)] ?? "").trimmingCharacters(in: .whitespaces)
            let values = RuleFields.all.compactMap { field -> StudyVariant.Change? in
                let value = (fields[valueField(number, field.path)] ?? "").trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : StudyVariant.Change(path: field.path, value: value)
            }
            // A column left empty is not a variant (the form always shows one more than needed).
            guard !values.isEmpty else { continue }
            variants.append(StudyVariant(name: name, values: values))
        }
        return StudyForm(
            scenario: fields["scenario"] ?? "",
            replications: (fields["replications"] ?? "").trimmingCharacters(in: .whitespaces),
            seed: (fields["seed"] ?? "").trimmingCharacters(in: .whitespaces),
            precision: (fields["precision"] ?? "").trimmingCharacters(in: .whitespaces),
            copiedFrom: fields["copied_from"].flatMap { $0.isEmpty ? nil : $0 }, variants: variants)
    }

    /// What is wrong with the form itself: an unknown scenario, replications or seed out of range, a variant without
    /// a file-name-like name or without a change, two variants of one name, a value on more than one line.
    func problems(scenarios: [String]) -> [Problem] {
        var problems = Self.settingsProblems(
            scenario: scenario, replications: replications, seed: seed, scenarios: scenarios)
        if !precision.isEmpty, !Self.isPrecision(precision) {
            problems.append(
                Problem(
                    field: "precision",
                    message: "\(precision): write FIGURE=X% (half-width as a share of the mean) or FIGURE=X, with X > 0"
                ))
        }
        if variants.isEmpty {
            problems.append(Problem(field: Self.nameField(1), message: "a study needs a variant that changes a value"))
        }
        var names: Set<String> = []
        for (index, variant) in variants.enumerated() {
            let field = Self.nameField(index + 1)
            if !Self.isFileName(variant.name) {
                problems.append(
                    Problem(
                        field: field,
                        message: "a variant's name is its change file's: 1 to 40 lower-case letters, digits and '-'"))
            } else if !names.insert(variant.name).inserted {
                problems.append(Problem(field: field, message: "two variants are named \(variant.name)"))
            }
            if variant.values.isEmpty {
                problems.append(Problem(field: field, message: "this variant changes no value"))
            }
            for change in variant.values where change.value.contains(where: \.isNewline) || change.value.count > 200 {
                problems.append(
                    Problem(
                        field: Self.valueField(index + 1, change.path),
                        message: "a value is one line of at most 200 characters"))
            }
        }
        return problems
    }

    /// The problems of what a study and a sweep both ask for: one of the offered scenarios, replications in range,
    /// a seed that is one.
    static func settingsProblems(scenario: String, replications: String, seed: String, scenarios: [String])
        -> [Problem]
    {
        var problems: [Problem] = []
        if !scenarios.contains(scenario) {
            problems.append(Problem(field: "scenario", message: "choose one of the bundled scenarios"))
        }
        if Int(replications).map({ (1...maxReplications).contains($0) }) != true {
            problems.append(
                Problem(field: "replications", message: "expected a whole number from 1 to \(maxReplications)"))
        }
        if !seed.isEmpty, UInt64(seed) == nil {
            problems.append(Problem(field: "seed", message: "expected a whole number from 0 to \(UInt64.max)"))
        }
        return problems
    }

    static func isFileName(_ name: String) -> Bool {
        (1...40).contains(name.count) && name.first != "-" && name != "baseline"
            && name.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
