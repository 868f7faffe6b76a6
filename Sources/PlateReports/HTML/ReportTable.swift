import PlateMarkup
import PlateRules

/// One table of the report, built once and written as an HTML table and Markdown for people and as CSV
/// (snake_case header, plain numbers, seconds and percentages without units) for spreadsheets.
struct ReportTable {
    struct Column {
        let title: String
        /// The CSV header name.
        let key: String
        /// Right-aligned in HTML.
        let numeric: Bool

        init(_ title: String, _ key: String, numeric: Bool = true) {
            self.title = title
            self.key = key
            self.numeric = numeric
        }
    }

    struct Cell {
        enum Look {
            case plain, code, pass, fail
            /// Kept on one line: names and instants that read badly broken at a hyphen.
            case unbroken
        }

        /// As shown in HTML.
        let text: String
        /// As written to CSV.
        let value: String
        var look: Look = .plain

        static func text(_ text: String) -> Cell { Cell(text: text, value: text) }
        /// A name or date that should not wrap.
        static func name(_ text: String) -> Cell { Cell(text: text, value: text, look: .unbroken) }
        static func code(_ text: String) -> Cell { Cell(text: text, value: text, look: .code) }
        static func count(_ n: Int) -> Cell { Cell(text: String(n), value: String(n)) }
        /// A share as `12.3 %`; the CSV holds the percentage without the sign, empty when there is no whole.
        static func percent(_ part: Int, of whole: Int) -> Cell {
            Cell(text: PlateReports.percent(part, of: whole), value: whole > 0 ? FixedDecimals.text(Double(part) * 100 / Double(whole)) : "")
        }
        /// A duration as `12 min`; the CSV holds seconds.
        static func duration(_ seconds: Int64?) -> Cell {
            Cell(text: WaitStatistics.readable(seconds), value: seconds.map { String($0) } ?? "")
        }
        /// An instant as local `2026-12-01 10:38:28` (the CSV keeps ISO 8601 with its offset), or `absent` (CSV: empty).
        static func instant(_ instant: Instant?, zone: UTCOffset, absent: String = "–") -> Cell {
            guard let instant else { return Cell(text: absent, value: "") }
            let seconds = instant.timeOfDay(in: zone).secondsSinceMidnight
            let time = [seconds / 3600, seconds / 60 % 60, seconds % 60].map { zeroPadded($0, width: 2) }.joined(separator: ":")
            return Cell(text: "\(instant.date(in: zone)) \(time)", value: instant.formatted(in: zone), look: .unbroken)
        }
        static func verdict(_ holds: Bool) -> Cell { Cell(text: holds ? "pass" : "FAIL", value: holds ? "pass" : "fail", look: holds ? .pass : .fail) }
    }

    /// The CSV file's name without `.csv`, and the HTML table's id.
    let name: String
    let columns: [Column]
    var rows: [[Cell]] = []

    init(_ name: String, _ columns: [Column]) {
        self.name = name
        self.columns = columns
    }

    mutating func add(_ row: [Cell]) { rows.append(row) }

    var csv: String { CSVRow.render(columns.map(\.key)) + rows.map { CSVRow.render($0.map(\.value)) }.joined() }

    /// The same table in Markdown, numbers right-aligned.
    var markdown: String {
        var t = MarkdownTable(columns.map(\.title))
        t.rightAligned = Set(columns.indices.filter { columns[$0].numeric })
        for row in rows { t.add(row.map { $0.look == .code ? "`\($0.text)`" : $0.text }) }
        return t.rendered
    }

    var html: String {
        var out = "<table id=\"\(name)\" class=\"data\"><thead><tr>"
        for column in columns { out += "<th scope=\"col\"\(column.numeric ? " class=\"num\"" : "")>\(HTMLEscaping.escape(column.title))</th>" }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>"
            for (column, cell) in zip(columns, row) {
                let text = HTMLEscaping.escape(cell.text)
                let content: String
                switch cell.look {
                case .plain: content = text
                case .code: content = "<code>\(text)</code>"
                case .unbroken: content = "<span class=\"unbroken\">\(text)</span>"
                case .pass: content = "<span class=\"pass\">✓ \(text)</span>"
                case .fail: content = "<span class=\"fail\">✗ \(text)</span>"
                }
                out += "<td\(column.numeric ? " class=\"num\"" : "")>\(content)</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }
}
