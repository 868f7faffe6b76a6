import PlateMarkup
import PlateRules
import PlateStudies
import Testing

@testable import PlateReports

@Suite("Chart primitives: scales, numbers, escaping")
struct ChartPrimitiveTests {
    @Test(
        "count scales end on a round number with steps of 1, 2 or 5 times a power of ten",
        arguments: [
            (0, 1, 1), (1, 1, 1), (4, 1, 4), (7, 2, 8), (23, 5, 25), (99, 20, 100), (4482, 1000, 5000),
            (2211, 500, 2500),
        ])
    func countScale(largest: Int, step: Int, maximum: Int) {
        let scale = CountScale(largest: largest, from: 300, to: 0)
        #expect(scale.step == step && scale.maximum == maximum)
        #expect(scale.ticks.first == 0 && scale.ticks.last == maximum)
        #expect(scale(0) == 300 && scale(maximum) == 0)
    }

    @Test("fixed decimals round half away from zero and never print exponents")
    func fixed() {
        #expect(FixedDecimals.text(12.25, decimals: 1) == "12.3")
        #expect(FixedDecimals.text(3, decimals: 1) == "3.0")
        #expect(FixedDecimals.text(-0.04, decimals: 1) == "0.0")
        #expect(FixedDecimals.text(-7.06, decimals: 1) == "-7.1")
        #expect(FixedDecimals.text(1e7, decimals: 2) == "10000000.00")
        #expect(FixedDecimals.text(0.5, decimals: 0) == "1")
    }

    @Test("escaping covers markup, quotes and control characters XML forbids")
    func escaping() {
        #expect(HTMLEscaping.escape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        #expect(HTMLEscaping.escape("tab\there\u{0}\u{7}") == "tab\there")
        #expect(HTMLEscaping.escape("号池 (self-compose)") == "号池 (self-compose)")
    }

    @Test("CSV fields with commas, quotes or line breaks are quoted")
    func csv() {
        #expect(
            CSVRow.render(["a", "b,c", "say \"hi\"", "two\nlines", "cr\r\nlf"])
                == "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\nlf\"\n")
    }

    @Test("time ticks fall on local midnights (or hours) and fit the room given")
    func timeTicks() throws {
        let zone = try #require(UTCOffset("+08:00"))
        let start = try #require(Instant(iso8601: "2026-12-20T08:00+08:00"))
        let end = try #require(Instant(iso8601: "2027-01-05T23:00+08:00"))
        let ticks = TimeTicks.ticks(from: start, to: end, zone: zone, atMost: 10)
        #expect(ticks.count <= 10 && ticks.count >= 5)
        #expect(
            ticks.allSatisfy { $0.at >= start && $0.at <= end && $0.at.timeOfDay(in: zone).secondsSinceMidnight == 0 })
        #expect(ticks.first?.label == "12-21")
        let short = TimeTicks.ticks(from: start, to: start.adding(seconds: 12 * 3600), zone: zone, atMost: 8)
        #expect(short.first?.label == "12-20 08:00" && short.count <= 8)
    }
}

@Suite("Difference charts")
struct DifferenceChartTests {
    static func row(_ mean: Double, _ h: Double) -> DifferenceChart.Row {
        DifferenceChart.Row(label: "r", mean: mean, low: mean - h, high: mean + h, note: "")
    }

    @Test("the axis reaches every row, except one far beyond the rest, which is drawn at the edge")
    func axisExtent() {
        #expect(DifferenceChart.axisExtent([Self.row(-30, 2), Self.row(20, 3), Self.row(5, 1)]) == 32)
        #expect(DifferenceChart.axisExtent([Self.row(-30, 2), Self.row(20, 3), Self.row(385, 4)]) == 32)
        #expect(DifferenceChart.axisExtent([Self.row(90, 2), Self.row(100, 3)]) == 103)
        let svg = DifferenceChart(
            id: "d", title: "t", caption: "c", xLabel: "x", rows: [Self.row(-30, 2), Self.row(385, 4)]
        ).svg
        #expect(svg.contains("<svg") && svg.contains("id=\"d\""))
        #expect(DifferenceChart.Row(label: "", mean: 1, low: 0.5, high: 1.5, note: "").clear)
        #expect(!DifferenceChart.Row(label: "", mean: 1, low: -0.5, high: 2.5, note: "").clear)
    }
}
