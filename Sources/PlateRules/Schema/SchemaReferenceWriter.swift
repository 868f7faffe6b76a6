/// Writes a schema as a Markdown key reference: one table row per key, with type, default and example.
public enum SchemaReferenceWriter {
    /// The Markdown reference of every key under `root`.
    public static func markdown(_ root: SchemaObject) -> String {
        var rows: [String] = ["| key | type | required / default | meaning | example |", "|---|---|---|---|---|"]
        walk(root, prefix: "", rows: &rows)
        return rows.joined(separator: "\n") + "\n"
    }

    private static func walk(_ object: SchemaObject, prefix: String, rows: inout [String]) {
        for field in object.fields where !(field.name == "reference" && !prefix.isEmpty) {
            let path = prefix + field.name
            let need = field.required ? "required" : field.defaultValue.map { "default `\($0)`" } ?? "optional"
            let example = field.example.map { "`\($0.replacingBar())`" } ?? ""
            rows.append(
                "| `\(path)` | \(field.type.expectation.replacingBar()) | \(need) | \(field.summary.replacingBar()) | \(example) |"
            )
            for (child, suffix) in objects(in: field.type) { walk(child, prefix: path + suffix, rows: &rows) }
        }
    }

    /// The objects a value of `type` may be, with the path suffix their keys follow (steps are a list of words or
    /// objects; run expectations a mapping of metrics to numbers or bounds).
    private static func objects(in type: SchemaType) -> [(SchemaObject, String)] {
        switch type {
        case .object(let child): [(child, ".")]
        case .list(let element, _, let keyed): objects(in: element).map { ($0.0, (keyed ? ".<id>" : "[]") + $0.1) }
        case .mapOf(let value): objects(in: value).map { ($0.0, ".<name>" + $0.1) }
        case .anyOf(let alternatives): alternatives.flatMap(objects(in:))
        default: []
        }
    }
}

extension String {
    fileprivate func replacingBar() -> String {
        split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
