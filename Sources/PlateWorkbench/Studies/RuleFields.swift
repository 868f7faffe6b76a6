import Foundation
import PlateRules

/// The rule values a study's form offers, generated from the rule-set schema: every scalar key reachable through
/// mappings (not lists, whose items are named by id), with its meaning and what it takes.
public enum RuleFields {
    /// One value of the form.
    public struct Field: Sendable, Hashable {
        /// The dotted path a change file sets (`self_compose.total`).
        public let path: String
        /// What the value means, from the schema.
        public let summary: String
        /// What it takes (unit, range), in the words of `check`'s "expected …".
        public let expectation: String
        /// Written in double quotes in a change file (a time of day, which YAML would read as a number).
        let quoted: Bool
        /// What the schema says it is (the API's document describes the value from it).
        let type: SchemaType

        public static func == (a: Field, b: Field) -> Bool { a.path == b.path }
        public func hash(into hasher: inout Hasher) { hasher.combine(path) }
    }

    /// Every field, in schema order; `schema` and the rule set's identity are not rules a study changes.
    public static let all: [Field] = {
        var fields: [Field] = []
        func walk(_ object: SchemaObject, prefix: String) {
            for field in object.fields {
                let path = prefix.isEmpty ? field.name : prefix + "." + field.name
                switch field.type {
                case .object(let child): walk(child, prefix: path)
                case .list, .mapOf, .ruleChanges, .anyOf, .regex, .serialShape: continue
                case .text(let form):
                    if case .free = form { continue }
                    fields.append(
                        Field(
                            path: path, summary: field.summary, expectation: field.type.expectation, quoted: true,
                            type: field.type))
                default:
                    let quoted: Bool
                    if case .timeOfDay = field.type { quoted = true } else { quoted = false }
                    fields.append(
                        Field(
                            path: path, summary: field.summary, expectation: field.type.expectation, quoted: quoted,
                            type: field.type))
                }
            }
        }
        walk(RuleSetSchema.root, prefix: "")
        return fields.filter { !["schema", "region"].contains(String($0.path.split(separator: ".")[0])) }
    }()

    /// The field at `path`, if the form has one.
    public static func field(_ path: String) -> Field? { all.first { $0.path == path } }

    /// The values a rule-set file gives its fields (the base rules, before dated changes), or the schema's default
    /// where the file leaves one out; "" where neither says.
    public static func current(inRulesFile file: String) -> [String: String] {
        guard let text = try? InputFile.text(at: file), case .success(let root) = YAMLReader.read(text, file: file)
        else { return [:] }
        var values: [String: String] = [:]
        for field in all {
            var node: YAMLNode? = root
            for key in field.path.split(separator: ".") { node = node?[String(key)] }
            if let scalar = node?.scalar {
                values[field.path] = scalar
            } else if let value = RuleSetSchema.root.field(at: field.path)?.defaultValue {
                values[field.path] = value
            }
        }
        return values
    }

    /// A value as a change file writes it: plain when YAML reads it as written, else double-quoted.
    static func yaml(_ value: String, for field: Field) -> String {
        let plain = value.allSatisfy { $0.isLetter || $0.isNumber || " .+-_:".contains($0) } && !value.contains(": ")
        if plain && !field.quoted && !value.isEmpty { return value }
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"" + escaped + "\""
    }

    /// A variant's change file (`platelab/changes/v1`).
    public static func changeFile(_ variant: StudyVariant) -> String {
        var lines = [
            "# A variant made in the PlateLab workbench.", "schema: \(ChangesSchema.version)",
            "name: \(variant.name)", "set:",
        ]
        for change in variant.values {
            let field =
                field(change.path)
                ?? Field(path: change.path, summary: "", expectation: "", quoted: true, type: .text(.free))
            lines.append("  \(change.path): \(yaml(change.value, for: field))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
