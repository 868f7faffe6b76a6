/// Bars grouped by category, one bar per series in every group, for values that need not be whole
/// (shares, durations) and with each bar's own label written by it. Vertical, or horizontal for long category names.
struct GroupedBarChart {
    enum Orientation { case vertical, horizontal }

    struct Series {
        let name: String
        /// One per category; nil draws no bar (nothing to measure) but still writes the label.
        let values: [Double?]
        /// Written by each bar: the value as people read it (`12.5 %`, `3.5 h`).
        let labels: [String]
    }

    let id: String
    let title: String
    let caption: String
    /// The label under the plot and the one beside it, whatever the orientation.
    let xLabel: String
    let yLabel: String
    let categories: [String]
    let series: [Series]
    var orientation = Orientation.vertical
    /// Counts: ticks at whole numbers only.
    var wholeNumbers = false

    static let widestBar = 70.0, labelSize = 11.0

    var styles: [SeriesStyle] { series.indices.map(SeriesStyle.at) }
    var legend: [LegendItem] { series.indices.map { LegendItem(label: series[$0].name, symbol: .bar(styles[$0])) } }
    var largest: Double { series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0 }

    var svg: String { orientation == .vertical ? verticalSVG : horizontalSVG }

    var verticalSVG: String {
        let plotHeight = 250.0
        let probe = ValueScale(largest: largest, wholeNumbers: wholeNumbers, from: 0, to: 1)
        let frame = ChartFrame(
            title: title, legend: legend, plotHeight: plotHeight, leftLabels: ChartFrame.tickLabels(probe))
        let slot = frame.plotWidth / Double(max(1, categories.count))
        let bars = Double(max(1, series.count))
        let barWidth = min(Self.widestBar, slot * 0.8 / bars)
        // Labels shrink to their bar's width, down to a legible size; below that they stand upright above the bar.
        let widest = series.flatMap(\.labels).map { SVGCanvas.textWidth($0, size: 1) }.max() ?? 0
        // Digits and `%` run wider than the estimate's average character.
        let fitting = widest > 0 ? barWidth / (widest * 1.2) : Self.labelSize
        let upright = fitting < 8.5
        let labelSize = upright ? 10.0 : min(Self.labelSize, fitting)
        let headroom = upright ? widest * labelSize + 8 : labelSize + 6
        // The axis stops short of the plot's top, leaving room there for the tallest bar's label.
        let y = ValueScale(
            largest: largest, wholeNumbers: wholeNumbers, from: frame.plotBottom,
            to: frame.plotTop + min(headroom, plotHeight / 2))
        var canvas = frame.canvas(id: id)
        frame.drawValueAxis(y, label: yLabel, on: &canvas)
        let paints = styles.map { canvas.paint($0) }
        for c in categories.indices {
            let left = frame.plotLeft + Double(c) * slot + (slot - barWidth * bars) / 2
            for (s, series) in series.enumerated() {
                let x = left + Double(s) * barWidth
                let value = series.values[c] ?? 0
                if value > 0 {
                    canvas.rect(x, y(value), barWidth, y(0) - y(value), fill: paints[s], stroke: styles[s].colour)
                }
                let middle = x + barWidth / 2
                if upright {
                    canvas.text(
                        series.labels[c], middle + labelSize * 0.35, y(value) - 4, size: labelSize, rotate: -90,
                        className: "value")
                } else {
                    canvas.text(
                        series.labels[c], middle, y(value) - 4, size: labelSize, anchor: "middle", className: "value")
                }
            }
        }
        let slotLabelWidth = categories.map { SVGCanvas.textWidth($0, size: ChartFrame.tickSize) }.max() ?? 0
        let every = max(1, Int(((slotLabelWidth + 8) / slot).rounded(.up)))
        for (c, label) in categories.enumerated() where c % every == 0 {
            let x = frame.plotLeft + (Double(c) + 0.5) * slot
            canvas.line(x, frame.plotBottom, x, frame.plotBottom + 5, stroke: Palette.axis)
            canvas.text(label, x, frame.plotBottom + 19, size: ChartFrame.tickSize, anchor: "middle", className: "tick")
        }
        frame.drawXLabel(xLabel, on: &canvas)
        return canvas.rendered(title: title, description: caption)
    }
}
