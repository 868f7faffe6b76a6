/// The horizontal layout: one block of bars per category, its name on the left, each bar's label after its end.
extension GroupedBarChart {
    static let barHeight = 20.0, groupGap = 14.0

    var horizontalSVG: String {
        let groupHeight = Double(max(1, series.count)) * Self.barHeight + Self.groupGap
        // Room on the right for the label written after the longest bar.
        let widestLabel = series.flatMap(\.labels).map { SVGCanvas.textWidth($0, size: Self.labelSize) }.max() ?? 0
        let frame = ChartFrame(
            title: title, legend: legend, plotHeight: groupHeight * Double(categories.count), leftLabels: categories,
            rightMargin: widestLabel + 24)
        let x = ValueScale(largest: largest, wholeNumbers: wholeNumbers, from: frame.plotLeft, to: frame.plotRight)
        var canvas = frame.canvas(id: id)
        frame.drawHorizontalValueAxis(x, label: xLabel, on: &canvas)
        frame.drawYLabel(yLabel, on: &canvas)
        let paints = styles.map { canvas.paint($0) }
        for (c, category) in categories.enumerated() {
            let top = frame.plotTop + Double(c) * groupHeight + Self.groupGap / 2
            canvas.text(
                category, frame.plotLeft - 8, top + Double(series.count) * Self.barHeight / 2 + 4,
                size: ChartFrame.tickSize,
                anchor: "end", className: "tick")
            for (s, series) in series.enumerated() {
                let barTop = top + Double(s) * Self.barHeight
                let value = series.values[c] ?? 0
                if value > 0 {
                    canvas.rect(
                        x(0), barTop + 1.5, x(value) - x(0), Self.barHeight - 3, fill: paints[s],
                        stroke: styles[s].colour)
                }
                canvas.text(
                    series.labels[c], x(value) + 6, barTop + Self.barHeight / 2 + 4, size: Self.labelSize,
                    className: "value")
            }
        }
        return canvas.rendered(title: title, description: caption)
    }
}
