import Foundation
import PlateMarkup
import PlateRules
import PlateSimulation
import PlateStudies
import Testing

@testable import PlateReports

@Suite("compare.html")
struct CompareHTMLTests {
    static let chartIDs = [
        CompareCharts.headlineID, CompareCharts.cohortRateID, CompareCharts.cohortWaitID, CompareCharts.rejectionsID,
    ]

    static func page() throws -> (html: String, runs: [ComparedRun]) {
        let (baseline, variants, zone) = try CompareFixture.runs()
        return (CompareHTML.render(baseline: baseline, variants: variants, zone: zone), [baseline] + variants)
    }

    @Test("the page is well-formed XHTML with every chart, each titled, with axis labels and a legend entry per run")
    func wellFormedWithEveryChart() throws {
        let (html, runs) = try Self.page()
        let outline = try HTMLReportTests.outline(html)
        let pools = outline.charts.filter { $0.id.hasPrefix(ComparePoolCharts.id + "-") }
        #expect(!pools.isEmpty, "the fixture's variants change how the squeezed pool drains")
        for id in Self.chartIDs {
            #expect(outline.charts.contains { $0.id == id }, "no <svg> for \(id)")
        }
        for chart in outline.charts {
            #expect(!chart.title.isEmpty, "\(chart.id) has no <title>")
            #expect(chart.axisLabels >= 2, "\(chart.id) has \(chart.axisLabels) axis labels")
            #expect(
                chart.legendEntries >= runs.count,
                "\(chart.id) has \(chart.legendEntries) legend entries for \(runs.count) runs")
        }
        #expect(Set(outline.charts.map(\.id)).count == outline.charts.count, "svg ids must be unique")
        for table in [
            "table-compare-runs", "table-compare-expectations", "table-compare-headline", "table-compare-who-gains",
            "table-compare-rejections", "table-compare-pools", "table-compare-quota-use",
        ] {
            #expect(outline.tables.contains(table), "no \(table)")
        }
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("<link"))
        #expect(html.contains("@media print"))
    }

    @Test("every run is named in the runs table, in every chart's legend, and heads its own and its Δ column")
    func labelsEveryRun() throws {
        let (html, runs) = try Self.page()
        for run in runs {
            let label = HTMLEscaping.escape(run.label)
            #expect(
                html.contains("<td><span class=\"unbroken\">\(label)</span></td>"),
                "\(run.label) missing from the runs table")
            #expect(html.contains("<code>\(HTMLEscaping.escape(run.provenance.rulesSHA256))</code>"))
            #expect(html.contains("<code>\(HTMLEscaping.escape(run.provenance.command))</code>"))
            #expect(html.contains("<th scope=\"col\" class=\"num\">\(label)</th>"))
            for id in Self.chartIDs {
                let svg = try #require(Self.element(id, in: html))
                #expect(svg.contains("class=\"legend\">\(label)</text>"), "\(id) does not name \(run.label)")
            }
        }
        for variant in runs.dropFirst() {
            #expect(html.contains("<th scope=\"col\" class=\"num\">Δ \(HTMLEscaping.escape(variant.label))</th>"))
        }
    }

    @Test("the same runs render byte-identical pages, and so do runs made again")
    func deterministic() throws {
        let (baseline, variants, zone) = try CompareFixture.runs()
        let first = CompareHTML.render(baseline: baseline, variants: variants, zone: zone)
        #expect(first == CompareHTML.render(baseline: baseline, variants: variants, zone: zone))
        let (b, v, _) = try CompareFixture.runs()
        #expect(first == CompareHTML.render(baseline: b, variants: v, zone: zone))
    }

    @Test("scenario text and run labels are escaped")
    func escaped() throws {
        let (html, _) = try Self.page()
        #expect(html.contains("<h1>Comparison: Pools &lt;&amp;&gt; &quot;rush&quot; &#39;test&#39;</h1>"))
        #expect(html.contains("validity &lt;3&gt; &amp; &quot;short&quot;"))
        #expect(!html.contains("<&>") && !html.contains("<b>") && !html.contains("<3>"))
    }

    @Test("only pools whose availability differs get panels, one per differing mode with one line per run")
    func poolPanels() throws {
        let (baseline, variants, zone) = try CompareFixture.runs()
        let runs = [baseline] + variants
        let figures = runs.map { RunFigures($0.result.tally) }
        let differing = ComparePoolCharts.differing(figures)
        #expect(differing.contains { $0.key.pool == "small-car" })
        #expect(differing.count < figures[0].pools.count, "untouched pools are left out")
        let charts = ComparePoolCharts.charts(runs, figures, zone: zone)
        #expect(charts.count == differing.map(\.modes.count).reduce(0, +), "a panel per differing pool and mode")
        #expect(charts.allSatisfy { $0.series.map(\.name) == runs.map(\.label) })
        // The same run twice differs nowhere.
        #expect(ComparePoolCharts.differing([figures[0], figures[0]]).isEmpty)
    }

    /// The `<svg>` element with `id`, as text.
    static func element(_ id: String, in html: String) -> Substring? {
        guard let start = html.range(of: "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(id)\""),
            let end = html[start.upperBound...].range(of: "</svg>")
        else { return nil }
        return html[start.lowerBound..<end.upperBound]
    }
}
