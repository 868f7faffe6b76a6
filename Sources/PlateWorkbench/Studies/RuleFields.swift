import Foundation
import PlateRules

/// The rule values a study's form offers, generated from the rule-set schema: every scalar key reachable through
/// mappings (not lists, whose items are named by id), with its meaning and what it takes.
public enum RuleFields {
    /// One value of the form.
    public struct Field: Sendable {
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

    /// What a rule-set file says of one value: the value (or the schema's default), the note written beside it
    /// (`# [var] one source says 50`), its section's `reference:`, and the dated changes that set it later.
    public struct Facts: Sendable {
        public var value = ""
        public var note = ""
        public var reference = ""
        public var dated: [String] = []
    }

    /// The facts of every field in a rule-set file (the base rules, with the dated changes listed, not applied).
    public static func facts(inRulesFile file: String) -> [String: Facts] {
        guard let text = try? InputFile.text(at: file), case .success(let root) = YAMLReader.read(text, file: file)
        else { return [:] }
        let lines = text.components(separatedBy: "\n")
        func comment(atLine line: Int) -> String {
            guard line >= 1, line <= lines.count, let hash = lines[line - 1].range(of: " #") else { return "" }
            return lines[line - 1][hash.upperBound...].trimmingCharacters(in: .whitespaces)
        }
        var facts: [String: Facts] = [:]
        for field in all {
            var item = Facts()
            var node: YAMLNode? = root
            for key in field.path.split(separator: ".") { node = node?[String(key)] }
            if let node, let scalar = node.scalar {
                item.value = scalar
                item.note = comment(atLine: node.location.line)
            } else if let value = RuleSetSchema.root.field(at: field.path)?.defaultValue {
                item.value = value + " (default)"
            }
            item.reference = root[String(field.path.split(separator: ".")[0])]?["reference"]?.scalar ?? ""
            for change in root["changes"]?.items ?? [] {
                guard let set = change["set"]?.entries, let entry = set.first(where: { $0.key == field.path }),
                    let value = entry.value.scalar
                else { continue }
                let from = change["from"]?.scalar ?? "?"
                let why = change["reference"]?.scalar.map { " (\($0))" } ?? ""
                item.dated.append("from \(from): \(value)\(why)")
            }
            facts[field.path] = item
        }
        return facts
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
