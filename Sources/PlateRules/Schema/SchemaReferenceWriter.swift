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
            rows.append("| `\(path)` | \(field.type.expectation.replacingBar()) | \(need) | \(field.summary.replacingBar()) | \(example) |")
            switch field.type {
            case .object(let child): walk(child, prefix: path + ".", rows: &rows)
            case .list(.object(let child), _, let keyed): walk(child, prefix: path + (keyed ? ".<id>." : "[].") , rows: &rows)
            default: break
            }
        }
    }
}

private extension String {
    func replacingBar() -> String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}
