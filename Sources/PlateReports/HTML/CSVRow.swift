/// Comma-separated values as RFC 4180 reads them, lines ended by `\n`.
enum CSVRow {
    /// One line of fields, each quoted when it holds a comma, quote or line break.
    static func render(_ fields: [String]) -> String {
        fields.map { field in
            guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
                return field
            }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\n"
    }
}
