import Foundation
import Testing

@testable import PlateReports

/// The Markdown and HTML pages of a run, a comparison and a sweep show the same tables, cell for cell: both are
/// rendered from one `ReportTable` each, so a figure cannot read one way in `report.md` and another in `report.html`.
@Suite("report.md and report.html, compare and sweep: the same tables")
struct TableParityTests {
    /// A table as shown: column titles and rows of cell text, markup removed.
    struct Shown: Equatable, CustomStringConvertible {
        let titles: [String]
        let rows: [[String]]
        var description: String { ([titles] + rows).map { $0.joined(separator: " | ") }.joined(separator: "\n") }
    }

    /// Every `table.data` of a page, by id.
    static func htmlTables(_ page: String) throws -> [(id: String, table: Shown)] {
        let table = try Regex(#"<table id="([^"]+)" class="data">(.*?)</table>"#).dotMatchesNewlines()
        let header = try Regex(#"<th scope="col"[^>]*>(.*?)</th>"#)
        let row = try Regex(#"<tr>(.*?)</tr>"#).dotMatchesNewlines()
        let cell = try Regex(#"<td[^>]*>(.*?)</td>"#)
        return page.matches(of: table).map { match in
            let id = String(match.output[1].substring!)
            let body = String(match.output[2].substring!)
            let titles = body.matches(of: header).map { text(ofHTML: String($0.output[1].substring!)) }
            let rows = body.matches(of: row).map { $0.output[1].substring! }.filter { !$0.contains("<th") }
                .map { r in r.matches(of: cell).map { text(ofHTML: String($0.output[1].substring!)) } }
            return (id, Shown(titles: titles, rows: rows))
        }
    }

    /// Every Markdown table of a page, in order.
    static func markdownTables(_ page: String) -> [Shown] {
        var tables: [Shown] = []
        var lines: [[String]] = []
        for line in page.components(separatedBy: "\n") + [""] {
            if line.hasPrefix("| ") {
                lines.append(cells(ofMarkdownRow: line))
            } else if !lines.isEmpty {
                tables.append(Shown(titles: lines[0], rows: Array(lines.dropFirst(2))))
                lines = []
            }
        }
        return tables
    }

    static func cells(ofMarkdownRow line: String) -> [String] {
        let inner = line.dropFirst(2).dropLast(2)
        // Split on " | " that is not an escaped pipe.
        var cells: [String] = []
        var current = ""
        var rest = Substring(inner)
        while !rest.isEmpty {
            if rest.hasPrefix("\\|") {
                current += "|"
                rest = rest.dropFirst(2)
                continue
            }
            if rest.hasPrefix(" | ") {
                cells.append(current)
                current = ""
                rest = rest.dropFirst(3)
                continue
            }
            current.append(rest.removeFirst())
        }
        cells.append(current)
        return cells.map { $0.replacingOccurrences(of: "`", with: "").replacingOccurrences(of: "**", with: "") }
    }

    static func text(ofHTML html: String) -> String {
        var text = html.replacing(try! Regex("<[^>]+>"), with: "")
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        // Pass and fail carry a symbol beside the word in HTML only.
        if text.hasPrefix("✓ ") || text.hasPrefix("✗ ") { text.removeFirst(2) }
        return text
    }

    /// Each HTML table has its twin in the Markdown, in the same order.
    static func expectTwins(html: String, markdown: String, except skipped: (String) -> Bool = { _ in false }) throws {
        let fromHTML = try htmlTables(html).filter { !skipped($0.id) }
        var fromMarkdown = markdownTables(markdown)[...]
        #expect(fromHTML.count >= 5)
        for (id, table) in fromHTML {
            guard let at = fromMarkdown.firstIndex(of: table) else {
                Issue.record("\(id) has no twin in the Markdown:\n\(table)")
                continue
            }
            fromMarkdown = fromMarkdown[(at + 1)...]
        }
    }

    @Test("a run: every table of report.html is in report.md, cell for cell")
    func runReport() throws {
        let (result, provenance, zone) = try ReportFixture.run()
        try Self.expectTwins(
            html: HTMLReport.render(result, provenance, zone: zone),
            markdown: MarkdownReport.render(result, provenance, zone: zone))
    }

    @Test("a comparison: every table of compare.html is in compare.md, cell for cell")
    func comparison() throws {
        let (baseline, variants, zone) = try CompareFixture.runs()
        try Self.expectTwins(
            html: CompareHTML.render(baseline: baseline, variants: variants, zone: zone),
            markdown: CompareReport.markdown(baseline: baseline, variants: variants, zone: zone))
    }

    @Test("a sweep: every table of sweep.html is in sweep.md (all outcomes in one table there), cell for cell")
    func sweep() throws {
        let sweep = try SweepHTMLTests.sweep(SweepHTMLTests.twoPaths, missing: [2])
        let markdown = SweepReport.markdown(sweep)
        // sweep.html splits all outcomes over tables that fit a page; sweep.md has them in one.
        try Self.expectTwins(
            html: SweepHTML.render(sweep), markdown: markdown, except: { $0.hasPrefix("table-sweep-outcomes-") })
        let all = try #require(Self.markdownTables(markdown).first { $0.titles.first == "Point" })
        let split = try Self.htmlTables(SweepHTML.render(sweep)).filter { $0.id.hasPrefix("table-sweep-outcomes-") }
            .map(\.table)
        #expect(all.rows.count == split[0].rows.count)
        #expect(all.titles.count == 1 + 2 + split.map { $0.titles.count - 3 }.reduce(0, +))
    }
}
