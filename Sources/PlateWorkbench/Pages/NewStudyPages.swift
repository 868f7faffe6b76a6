import PlateRules
import PlateStudies

/// The new-study page's model: the form's values over the rule fields, each finding beside the value it concerns.
enum NewStudyPages {
    static func model(
        layout: WorkbenchLayout, workbench: Workbench, form: StudyForm, problems: [StudyForm.Problem],
        findings: [(variant: String?, diagnostic: Diagnostic)]
    ) -> NewStudyPage {
        // The rules as the scenario names them, for the "now" column.
        var rulesFile = ""
        var dated = 0
        if case .success(let input) = StudyInput.load(form.scenario, changes: [], seed: nil, command: []) {
            rulesFile = input.book.file
            dated = input.book.epochs.count - 1
        }
        let facts = rulesFile.isEmpty ? [:] : RuleFields.facts(inRulesFile: rulesFile)
        // One more column than the variants given, to add one without a reload.
        var columns = form.variants
        if columns.count < StudyForm.maxVariants {
            columns.append(StudyVariant(name: "variant-\(columns.count + 1)", values: []))
        }
        var errors: [String: [String]] = [:]
        var general: [String] = []
        for problem in problems {
            if problem.field.isEmpty {
                general.append(problem.message)
            } else {
                errors[problem.field, default: []].append(problem.message)
            }
        }
        for (variant, diagnostic) in findings {
            let number = variant.flatMap { name in form.variants.firstIndex { $0.name == name } }.map { $0 + 1 }
            // The same finding may come from the change file alone and again applied to the rules: say it once.
            if let number, RuleFields.field(diagnostic.path) != nil {
                let field = StudyForm.valueField(number, diagnostic.path)
                if errors[field]?.contains(diagnostic.description) != true {
                    errors[field, default: []].append(diagnostic.description)
                }
            } else if !general.contains(diagnostic.description) {
                general.append(diagnostic.description)
            }
        }
        for field in ["scenario", "replications", "seed", "precision"] { general += errors[field] ?? [] }
        func error(_ field: String) -> String? { errors[field].map { $0.joined(separator: "; ") } }
        return NewStudyPage(
            layout: layout,
            scenarios: workbench.scenarios.map {
                NewStudyPage.Option(value: $0, label: $0, selected: $0 == form.scenario)
            }, scenario: form.scenario, replications: form.replications, seed: form.seed, precision: form.precision,
            copiedFrom: form.copiedFrom,
            variants: columns.enumerated().map { index, variant in
                NewStudyPage.Variant(
                    number: index + 1, field: StudyForm.nameField(index + 1), name: variant.name,
                    error: error(StudyForm.nameField(index + 1)))
            },
            fields: RuleFields.all.map { field in
                NewStudyPage.FieldRow(
                    path: field.path, summary: field.summary, expectation: field.expectation,
                    current: facts[field.path]?.value ?? "", note: facts[field.path]?.note.nonEmpty,
                    reference: facts[field.path]?.reference.nonEmpty, dated: facts[field.path]?.dated ?? [],
                    cells: columns.enumerated().map { index, variant in
                        let name = StudyForm.valueField(index + 1, field.path)
                        return NewStudyPage.Cell(
                            field: name, value: variant.values.first { $0.path == field.path }?.value ?? "",
                            error: error(name))
                    })
            }, problems: general,
            moreVariants:
                "/studies/new?scenario=\(form.scenario)&variants=\(min(columns.count + 1, StudyForm.maxVariants))",
            rulesFile: rulesFile, datedChanges: dated)
    }
}

extension String {
    /// The string, or nil when it is empty (templates open a section for any string, even "").
    var nonEmpty: String? { isEmpty ? nil : self }
}
