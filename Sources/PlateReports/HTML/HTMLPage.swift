import PlateMarkup
import PlateStudies

/// The skeleton `compare.html` and `sweep.html` share with `report.html`: the same inline stylesheet (plus a few
/// rules of their own), a header, a contents list and numbered sections. Self-contained, printable, parses as XML.
struct HTMLPage {
    struct Section {
        let id: String
        let title: String
        let body: String
    }

    /// The `<title>` of the page.
    let title: String
    /// Raw XHTML of the `<header>`'s content.
    let header: String
    let sections: [Section]
    /// Raw XHTML of the footer paragraph.
    let footer: String

    /// Rules for the wider tables of comparisons and sweeps; like the main stylesheet, free of `<` and `&`.
    static let extraStylesheet = """
        .table-wrap.code-wraps table.data code { white-space: normal; overflow-wrap: anywhere; }
        .table-wrap.wide table.data { font-size: 12.5px; }
        .table-wrap.wide table.data th, .table-wrap.wide table.data td { padding: 3px 7px; }
        .table-wrap.wide table.data td.num .unbroken { white-space: normal; }
        @media print {
          .table-wrap.wide table.data { font-size: 7pt; }
          .table-wrap.wide table.data th, .table-wrap.wide table.data td { padding: 1px 3px; }
        }

        """

    /// A table in the scrolling wrapper `report.html` uses; `classes` adds `code-wraps` (long commands may break)
    /// or `wide` (smaller type; instants may break between date and time).
    static func table(_ table: ReportTable, classes: String = "") -> String {
        "<div class=\"table-wrap\(classes.isEmpty ? "" : " " + classes)\">\n\(table.html)</div>\n"
    }

    var rendered: String {
        var out = "<!DOCTYPE html>\n"
        out +=
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<meta name=\"generator\" content=\"PlateLab \(HTMLEscaping.escape(PlateLabVersion.current))\"/>\n"
        out +=
            "<title>\(HTMLEscaping.escape(title))</title>\n<style>\n\(HTMLReport.stylesheet)\(Self.extraStylesheet)</style>\n</head>\n<body>\n"
        out += "<header>\n\(header)</header>\n"
        out +=
            "<nav aria-label=\"Contents\"><h2>Contents</h2><ol>"
            + sections.map { "<li><a href=\"#\($0.id)\">\(HTMLEscaping.escape($0.title))</a></li>" }.joined()
            + "</ol></nav>\n"
        out += "<main>\n"
        for section in sections {
            out +=
                "<section id=\"\(section.id)\">\n<h2>\(HTMLEscaping.escape(section.title))</h2>\n\(section.body)</section>\n"
        }
        out += "</main>\n<footer><p>\(footer)</p></footer>\n"
        return out + "</body>\n</html>\n"
    }

    /// A two-column table of labels and values (a page's provenance) as the header's `table.meta`.
    static func meta(_ table: ReportTable) -> String {
        "<table class=\"meta\"><tbody>\n"
            + table.rows.map {
                "<tr><th scope=\"row\">\(HTMLEscaping.escape($0[0].text))</th><td>\($0[1].html)</td></tr>\n"
            }.joined()
            + "</tbody></table>\n"
    }

    static func code(_ text: String) -> String { "<code>\(HTMLEscaping.escape(text))</code>" }
}
