import Foundation
import PlateRules
import PlateSimulation
import Testing

@testable import PlateReports

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("report.html")
struct HTMLReportTests {
    static let chartIDs = [
        "chart-pool-availability", "chart-reservations-per-day", "chart-funnel", "chart-blacklist-per-day",
        "chart-quota-use", "chart-time-to-reservation",
    ]

    /// What the XML parser saw of each `<svg>`: its id, its title and how many axis labels and legend entries it has.
    final class Outline: NSObject, XMLParserDelegate {
        struct Chart { var id = "", title = "", axisLabels = 0, legendEntries = 0 }
        var charts: [Chart] = []
        var tables: [String] = []
        /// Parse errors with where they were found (Linux's `XMLParser.parse()` may return true despite them).
        var errors: [String] = []
        private var inSVG = false, inTitle = false

        func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
            errors.append("\(error) at line \(parser.lineNumber), column \(parser.columnNumber)")
        }

        func parser(
            _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch element {
            case "svg":
                inSVG = true
                charts.append(Chart(id: attributes["id"] ?? ""))
            case "title" where inSVG: inTitle = true
            case "text" where inSVG && attributes["class"] == "axis-label": charts[charts.count - 1].axisLabels += 1
            case "text" where inSVG && attributes["class"] == "legend": charts[charts.count - 1].legendEntries += 1
            case "table": tables.append(attributes["id"] ?? "")
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            if element == "svg" { inSVG = false }
            if element == "title" { inTitle = false }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inTitle && inSVG { charts[charts.count - 1].title += string }
        }
    }

    /// Parses the page as XML (after its HTML doctype line); records a failure when it is not well formed.
    static func outline(_ html: String) throws -> Outline {
        let lines = html.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        #expect(lines.first == "<!DOCTYPE html>")
        let parser = XMLParser(data: Data(try #require(lines.last).utf8))
        let outline = Outline()
        parser.delegate = outline
        let parsed = parser.parse()
        #expect(parsed && parser.parserError == nil && outline.errors.isEmpty, "not well-formed: \(outline.errors)")
        return outline
    }

    @Test("the page is well-formed XHTML with all six charts, each titled, with axis labels and a legend")
    func wellFormedWithSixCharts() throws {
        let (result, provenance, zone) = try ReportFixture.run()
        let html = HTMLReport.render(result, provenance, zone: zone)
        let outline = try Self.outline(html)
        for id in Self.chartIDs {
            let charts = outline.charts.filter { $0.id == id || $0.id.hasPrefix(id + "-") }
            #expect(!charts.isEmpty, "no <svg> for \(id)")
            for chart in charts {
                #expect(!chart.title.isEmpty, "\(chart.id) has no <title>")
                #expect(chart.axisLabels >= 2, "\(chart.id) has \(chart.axisLabels) axis labels")
                #expect(chart.legendEntries >= 1, "\(chart.id) has no legend")
            }
        }
        #expect(Set(outline.charts.map(\.id)).count == outline.charts.count, "svg ids must be unique")
        // No scripts, no external resources: the page opens offline.
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=") && !html.contains("<link"))
        #expect(html.contains("@media print"))
        for table in [
            "table-expectations", "table-funnel", "table-cohorts", "table-rejections", "table-quota-use", "table-waits",
            "table-wait-histogram", "table-blacklist", "table-pools", "table-days", "table-scripted-steps",
        ] {
            #expect(outline.tables.contains(table), "no \(table)")
        }
    }

    @Test("one panel per office pool whose availability changed, with its publications and exhaustion in the legend")
    func poolPanels() throws {
        let (result, provenance, zone) = try ReportFixture.run()
        let changing = ReportCharts.changingPools(result.tally)
        #expect(changing.contains { $0.key.pool == "small-car" }, "the fixture squeezes small-car")
        let outline = try Self.outline(HTMLReport.render(result, provenance, zone: zone))
        #expect(outline.charts.filter { $0.id.hasPrefix("chart-pool-availability-") }.count == changing.count)
        let published = try #require(changing.first { !$0.publications.isEmpty }, "the squeezed pool gets new segments")
        let panel = ReportCharts.poolAvailability(result, zone: zone).map(\.svg).joined()
        #expect(panel.contains("Segment published (\(published.publications.count)×)"))
    }

    @Test("two runs of the same scenario render byte-identical pages")
    func deterministic() throws {
        let (a, provenance, zone) = try ReportFixture.run()
        let (b, _, _) = try ReportFixture.run()
        let first = HTMLReport.render(a, provenance, zone: zone)
        #expect(first == HTMLReport.render(a, provenance, zone: zone))
        #expect(first == HTMLReport.render(b, provenance, zone: zone))
    }

    @Test("text from the scenario is escaped")
    func escaped() throws {
        let (result, provenance, zone) = try ReportFixture.run()
        #expect(result.scenario.name == ReportFixture.name)
        let html = HTMLReport.render(result, provenance, zone: zone)
        #expect(html.contains("<h1>Pools &lt;&amp;&gt; &quot;rush&quot; &#39;test&#39;</h1>"))
        #expect(html.contains("Squeezed &lt;b&gt;small-car&lt;/b&gt; pool &amp; late registrants."))
        #expect(!html.contains("<&>") && !html.contains("<b>"))
    }

    @Test("a failed expectation shows as FAIL in the banner and the table")
    func failBanner() throws {
        let (result, provenance, zone) = try ReportFixture.run()
        #expect(!result.passed)
        let html = HTMLReport.render(result, provenance, zone: zone)
        #expect(html.contains("class=\"banner fail\""))
        #expect(html.contains("<span class=\"fail\">✗ FAIL</span>"))
        #expect(html.contains("<span class=\"pass\">✓ pass</span>"))
    }
}
