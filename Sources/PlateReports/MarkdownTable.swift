/// A Markdown table: a header row and aligned rows (numbers right-aligned).
struct MarkdownTable {
    let header: [String]
    var rows: [[String]] = []
    /// Columns from the second on are numbers unless told otherwise.
    var rightAligned: Set<Int>? = nil

    init(_ header: [String]) { self.header = header }

    mutating func add(_ row: [String]) { rows.append(row) }

    var rendered: String {
        let right = rightAligned ?? Set(1..<header.count)
        let rule = header.indices.map { right.contains($0) ? "---:" : "---" }
        return ([header, rule] + rows).map { "| " + $0.map(Self.escape).joined(separator: " | ") + " |" }.joined(separator: "\n") + "\n"
    }

    static func escape(_ cell: String) -> String { cell.replacingOccurrences(of: "|", with: "\\|") }
}

/// A share as a percentage with one decimal, or a dash when there is nothing to share.
func percent(_ part: Int, of whole: Int) -> String {
    guard whole > 0 else { return "–" }
    let tenths = Int((Double(part) * 1000 / Double(whole)).rounded())
    return "\(tenths / 10).\(tenths % 10) %"
}
