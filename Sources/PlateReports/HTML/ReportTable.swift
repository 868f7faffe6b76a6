import PlateMarkup
import PlateRules
import PlateStudies

/// One table of a report, built once and written as an HTML table and Markdown for people and as CSV
/// (snake_case header, plain numbers, seconds and percentages without units) for spreadsheets: `report.md` and
/// `report.html`, `compare.md` and `compare.html`, `sweep.md` and `sweep.html` render the same tables.
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

        /// A column of a run count, keyed by its name.
        init(_ title: String, _ count: RunCount) { self.init(title, count.name) }
    }

    struct Cell {
        enum Look {
            case plain, code, pass, fail
            /// Several pieces of code, each set apart (file names, say), separated by commas.
            case codes([String])
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
        static func codes(_ pieces: [String]) -> Cell {
            let text = pieces.joined(separator: ", ")
            return Cell(text: text, value: text, look: .codes(pieces))
        }
        static func count(_ n: Int) -> Cell { Cell(text: String(n), value: String(n)) }
        /// A share as `12.3 %`; the CSV holds the percentage without the sign, empty when there is no whole.
        static func percent(_ part: Int, of whole: Int) -> Cell {
            Cell(
                text: PlateReports.percent(part, of: whole),
                value: whole > 0 ? FixedDecimals.text(Double(part) * 100 / Double(whole)) : "")
        }
        /// A duration as `12 min`; the CSV holds seconds.
        static func duration(_ seconds: Int64?) -> Cell {
            Cell(text: WaitStatistics.readable(seconds), value: seconds.map { String($0) } ?? "")
        }
        /// An instant as local `2026-12-01 10:38:28` (the CSV keeps ISO 8601 with its offset), or `absent` (CSV:
        /// empty).
        static func instant(_ instant: Instant?, zone: UTCOffset, absent: String = "–") -> Cell {
            guard let instant else { return Cell(text: absent, value: "") }
            let seconds = instant.timeOfDay(in: zone).secondsSinceMidnight
            let time = [seconds / 3600, seconds / 60 % 60, seconds % 60].map { zeroPadded($0, width: 2) }.joined(
                separator: ":")
            return Cell(text: "\(instant.date(in: zone)) \(time)", value: instant.formatted(in: zone), look: .unbroken)
        }
        /// The cell's content as XHTML, its look as markup.
        var html: String {
            let text = HTMLEscaping.escape(text)
            switch look {
            case .plain: return text
            case .code: return "<code>\(text)</code>"
            case .codes(let pieces):
                return pieces.map { "<code>\(HTMLEscaping.escape($0))</code>" }.joined(separator: ", ")
            case .unbroken: return "<span class=\"unbroken\">\(text)</span>"
            case .pass: return "<span class=\"pass\">✓ \(text)</span>"
            case .fail: return "<span class=\"fail\">✗ \(text)</span>"
            }
        }

        /// The cell's content in Markdown: code in backticks, a failure in bold.
        var markdown: String {
            switch look {
            case .code: "`\(text)`"
            case .codes(let pieces): pieces.map { "`\($0)`" }.joined(separator: ", ")
            case .fail: "**\(text)**"
            case .plain, .unbroken, .pass: text
            }
        }

        static func verdict(_ holds: Bool) -> Cell {
            Cell(text: holds ? "pass" : "FAIL", value: holds ? "pass" : "fail", look: holds ? .pass : .fail)
        }
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

    /// The same table in Markdown, numbers right-aligned, failures in bold.
    var markdown: String {
        let rule = columns.map { $0.numeric ? "---:" : "---" }
        return
            ([columns.map { Self.markdownEscaped($0.title) }, rule]
            + rows.map { $0.map { Self.markdownEscaped($0.markdown) } })
            .map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n") + "\n"
    }

    /// A cell's text made safe inside a Markdown table row.
    static func markdownEscaped(_ cell: String) -> String { cell.replacingOccurrences(of: "|", with: "\\|") }

    var html: String {
        var out = "<table id=\"\(name)\" class=\"data\"><thead><tr>"
        for column in columns {
            out +=
                "<th scope=\"col\"\(column.numeric ? " class=\"num\"" : "")>\(HTMLEscaping.escape(column.title))</th>"
        }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>"
            for (column, cell) in zip(columns, row) {
                out += "<td\(column.numeric ? " class=\"num\"" : "")>\(cell.html)</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }
}
