import Testing

@testable import PlateReports

@Suite("Value scales, grouped bars and line charts")
struct ValueScaleTests {
    @Test(
        "value scales end on a round number, with as many decimals as the step needs",
        arguments: [
            (100.0, false, 20.0, 100.0, 0), (0.3, false, 0.1, 0.3, 1), (2.4, false, 0.5, 2.5, 1),
            (0.0, false, 0.2, 1.0, 1),
            (3.0, true, 1.0, 3.0, 0), (2211.0, true, 500.0, 2500.0, 0), (0.7, false, 0.2, 0.8, 1),
        ])
    func valueScale(largest: Double, whole: Bool, step: Double, maximum: Double, decimals: Int) {
        let scale = ValueScale(largest: largest, wholeNumbers: whole, from: 300, to: 0)
        #expect(scale.step == step && scale.maximum == maximum && scale.decimals == decimals)
        #expect(scale.ticks.first == 0 && scale.ticks.last == maximum)
        #expect(scale(0) == 300 && scale(maximum) == 0)
    }

    @Test("duration units keep the longest value at two units or more")
    func durationUnits() {
        #expect(DurationUnit.fitting(90) == .seconds && DurationUnit.fitting(600) == .minutes)
        #expect(DurationUnit.fitting(3 * 3600) == .hours && DurationUnit.fitting(5 * 86_400) == .days)
    }

    @Test("a bar with no value is not drawn but its label is, and every series is in the legend")
    func groupedBars() {
        for orientation in [GroupedBarChart.Orientation.vertical, .horizontal] {
            let chart = GroupedBarChart(
                id: "g", title: "T", caption: "C", xLabel: "X", yLabel: "Y", categories: ["a", "b"],
                series: [
                    .init(name: "one", values: [1.5, nil], labels: ["1.5 h", "none"]),
                    .init(name: "two <2>", values: [0.5, 2], labels: ["30 min", "2.0 h"]),
                ],
                orientation: orientation)
            let svg = chart.svg
            #expect(
                svg.components(separatedBy: "<rect x=").count - 1 == 1 + 2 + 3,
                "background, two legend swatches, three bars")
            #expect(svg.contains(">none</text>") && svg.contains(">two &lt;2&gt;</text>"))
        }
    }

    @Test("a line breaks where a value is missing, and one series gets point labels")
    func lineChart() {
        let chart = LineChart(
            id: "l", title: "T", caption: "C", xLabel: "X", yLabel: "Y", categories: ["a", "b", "c", "d"],
            series: [.init(name: "s", style: SeriesStyle.at(0), values: [1, 2, nil, 4])],
            pointLabels: ["1", "2", "", "4"])
        let svg = chart.svg
        let path = svg.components(separatedBy: "<path d=\"").dropFirst().first {
            $0.contains("stroke=\"#0072B2\" stroke-width=\"2.4\"")
        }
        #expect(path.map { $0.filter { $0 == "M" }.count } == 2, "two runs of line around the gap")
        #expect(svg.components(separatedBy: "<circle").count - 1 == 1 + 3, "a legend marker and one per value")
        #expect(svg.contains(">4</text>"))
    }
}
