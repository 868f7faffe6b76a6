import Foundation
import PlateMarkup
import PlateStudies
import Testing

@testable import PlateReports

@Suite("sweep.html")
struct SweepHTMLTests {
    /// A hand-made sweep: outcomes vary with the point so lines have slopes; the name and a value hold markup.
    static func sweep(_ arguments: [String], missing: Set<Int> = []) throws -> SweepResult {
        let grid = try SweepGrid.parse(arguments).get()
        let rows = (0..<grid.count).filter { !missing.contains($0) }.map { point in
            SweepRow(
                point: point, values: grid.values(at: point),
                outcomes: SweepRow.outcomes.indices.map { 1000 - 37 * point + 11 * $0 })
        }
        return SweepResult(
            scenarioFile: "Scenarios/blacklist-wave.yaml", scenarioName: "Wave <&> \"sweep\"", seed: 7,
            baseRulesSHA256: String(repeating: "ab", count: 32), grid: grid, rows: rows)
    }

    static let twoPaths = [
        "reservation.valid_for=3 working days,5 working days,10 working days", "blacklist.after_lapses=1,2",
    ]

    @Test(
        "the page is well-formed XHTML with one titled, labelled chart and one table per outcome",
        arguments: [
            [twoPaths[0]], twoPaths, twoPaths + ["self_compose.total=<5>,10"],
        ])
    func wellFormed(arguments: [String]) throws {
        let sweep = try Self.sweep(arguments)
        let html = SweepHTML.render(sweep)
        let outline = try HTMLReportTests.outline(html)
        let outcomes = SweepOutcome.all(sweep)
        #expect(outline.charts.map(\.id) == outcomes.map(SweepCharts.id))
        for chart in outline.charts {
            #expect(!chart.title.isEmpty && chart.axisLabels >= 2 && chart.legendEntries >= 1, "\(chart)")
        }
        let lines = max(1, sweep.grid.count / sweep.grid.axes[0].values.count)
        #expect(outline.charts.allSatisfy { $0.legendEntries == lines })
        let perOutcome = outcomes.map { "table-sweep-" + $0.key.replacingOccurrences(of: "_", with: "-") }
        for table in ["table-sweep-grid", "table-sweep-outcomes-1", "table-sweep-outcomes-2"] + perOutcome {
            #expect(outline.tables.contains(table), "no \(table)")
        }
        #expect(html.contains(HTMLEscaping.escape(sweep.command)))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("<link"))
    }

    @Test("with two paths the second path's values name the lines and head the outcome table's columns")
    func twoPathLines() throws {
        let html = SweepHTML.render(try Self.sweep(Self.twoPaths))
        for value in ["1", "2"] {
            #expect(html.contains("class=\"legend\">blacklist.after_lapses = \(value)</text>"))
            #expect(html.contains("<th scope=\"col\" class=\"num\">blacklist.after_lapses = \(value)</th>"))
        }
        // The first path's values along the x axis, in the order given.
        let chart = try #require(CompareHTMLTests.element("chart-sweep-reserved", in: html))
        let ticks = ["3 working days", "5 working days", "10 working days"].map {
            chart.range(of: ">\($0)</text>")?.lowerBound
        }
        #expect(ticks.allSatisfy { $0 != nil } && ticks == ticks.sorted { $0! < $1! })
    }

    @Test("many combinations of the other paths are capped at six lines, and the caption says so")
    func capped() throws {
        let sweep = try Self.sweep(["a=1,2", "b=1,2,3", "c=x,y,z"])
        let chart = try #require(SweepCharts.chart(sweep, SweepOutcome.all(sweep)[1]))
        #expect(chart.series.count == 6)
        #expect(chart.caption.contains("Only the first 6 of 9 combinations are drawn"))
        #expect(chart.series[1].name == "b = 1, c = y")
    }

    @Test("rates show as percentages and waits in readable units; a missing point is a dash and a gap")
    func units() throws {
        let sweep = try Self.sweep(Self.twoPaths, missing: [3])
        let outcomes = SweepOutcome.all(sweep)
        let rate = try #require(outcomes.first { $0.key == "reservation_rate_permille" })
        #expect(rate.text(996) == "99.6 %" && rate.axisLabel == "Reserved (% of arrivals)")
        let wait = try #require(outcomes.first { $0.key == "median_wait_seconds" })
        #expect(wait.text(5400) == "1.5 h" && wait.axisLabel == "Time to reservation (minutes)")
        let chart = try #require(SweepCharts.chart(sweep, outcomes[0]))
        #expect(chart.series[1].values[1] == nil && chart.series[0].values[1] != nil)
        #expect(SweepHTML.render(sweep).contains("1 not run, shown as –"))
    }

    @Test("the same sweep renders byte-identical pages, and text is escaped")
    func deterministicAndEscaped() throws {
        let html = SweepHTML.render(try Self.sweep(Self.twoPaths + ["self_compose.total=<5>,10"]))
        #expect(html == SweepHTML.render(try Self.sweep(Self.twoPaths + ["self_compose.total=<5>,10"])))
        #expect(html.contains("<h1>Sweep: Wave &lt;&amp;&gt; &quot;sweep&quot;</h1>"))
        #expect(html.contains("self_compose.total = &lt;5&gt;"))
        #expect(!html.contains("<&>") && !html.contains("<5>"))
    }
}
