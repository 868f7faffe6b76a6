/// One horizontal bar per labelled row (a funnel's stages), each bar in the style of its series.
struct HorizontalBarChart {
    struct Bar {
        let label: String
        let value: Int
        /// Written after the value at the bar's end (a share, say).
        let note: String
        /// Index into `seriesNames`: which kind of bar this is.
        let series: Int
    }

    let id: String
    let title: String
    let caption: String
    let xLabel: String
    let yLabel: String
    let seriesNames: [String]
    let bars: [Bar]

    private static let rowHeight = 30.0

    var svg: String {
        let styles = seriesNames.indices.map(SeriesStyle.at)
        let legend = seriesNames.indices.map { LegendItem(label: seriesNames[$0], symbol: .bar(styles[$0])) }
        // Room on the right for the value written after the longest bar.
        let frame = ChartFrame(
            title: title, legend: legend, plotHeight: Self.rowHeight * Double(bars.count),
            leftLabels: bars.map(\.label),
            rightMargin: 140)
        let x = CountScale(largest: bars.map(\.value).max() ?? 0, from: frame.plotLeft, to: frame.plotRight)
        var canvas = frame.canvas(id: id)
        frame.drawHorizontalCountAxis(x, label: xLabel, on: &canvas)
        frame.drawYLabel(yLabel, on: &canvas)
        let paints = styles.map { canvas.paint($0) }
        for (row, bar) in bars.enumerated() {
            let top = frame.plotTop + Double(row) * Self.rowHeight
            let middle = top + Self.rowHeight / 2
            canvas.text(
                bar.label, frame.plotLeft - 8, middle + 4, size: ChartFrame.tickSize, anchor: "end", className: "tick")
            canvas.rect(
                x(0), top + 5, x(bar.value) - x(0), Self.rowHeight - 10, fill: paints[bar.series],
                stroke: styles[bar.series].colour)
            canvas.text("\(bar.value) \(bar.note)", x(bar.value) + 6, middle + 4, size: 11.5, className: "value")
        }
        return canvas.rendered(title: title, description: caption)
    }
}
