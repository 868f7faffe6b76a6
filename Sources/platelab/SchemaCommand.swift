import ArgumentParser
import PlateRules
import PlateScenarios

/// `platelab schema rules|changes`: the file formats as JSON Schema or a Markdown key reference.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print a file format as JSON Schema (for YAML editors) or as a Markdown key reference."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown
    }

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case rules, changes, scenario
    }

    @Argument(help: "Which format: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: Kind

    @Option(help: "Output: json (JSON Schema 2020-12) or markdown.")
    var format: Format = .json

    func run() {
        let (root, id, title): (SchemaObject, String, String) =
            switch kind {
            case .rules:
                (
                    RuleSetSchema.root, "https://platelab.invalid/schema/rules-v1.json",
                    "PlateLab rule set (\(RuleSetSchema.version))"
                )
            case .changes:
                (
                    ChangesSchema.root, "https://platelab.invalid/schema/changes-v1.json",
                    "PlateLab rule changes (\(ChangesSchema.version))"
                )
            case .scenario:
                (
                    ScenarioSchema.root, "https://platelab.invalid/schema/scenario-v1.json",
                    "PlateLab scenario (\(ScenarioSchema.version))"
                )
            }
        switch format {
        case .json: print(JSONSchemaWriter.document(root, id: id, title: title).rendered())
        case .markdown:
            print(SchemaReferenceWriter.markdown(root), terminator: "")
            // Scenarios name the engine's rejections and the run's metrics: the reference lists them with their
            // meaning.
            if kind == .scenario {
                print("\n" + RejectionReason.markdown + "\n" + ScenarioMetrics.markdown, terminator: "")
            }
        }
    }
}
