/// Vertical bars over categories (days, buckets, counts used): stacked, or grouped side by side.
/// A histogram is a grouped chart whose categories are the bins.
struct BarChart {
    enum Layout { case stacked, grouped }

    struct Series {
        let name: String
        let values: [Int]
    }

    let id: String
    let title: String
    let caption: String
    let xLabel: String
    let yLabel: String
    /// Tick label of each category.
    let categories: [String]
    let series: [Series]
    let layout: Layout
    /// Writes each bar's (or stack's) value above it; for charts with few categories.
    var valueLabels = false
    /// Extra text after a value label, per category (a share, say).
    var valueNotes: [String]? = nil

    private static let widestBar = 70.0

    var svg: String {
        let styles = series.indices.map(SeriesStyle.at)
        let legend = series.indices.map { LegendItem(label: series[$0].name, symbol: .bar(styles[$0])) }
        let heights: [Int] = categories.indices.map { c in
            layout == .stacked ? series.reduce(0) { $0 + $1.values[c] } : (series.map { $0.values[c] }.max() ?? 0)
        }
        let tallest = heights.max() ?? 0
        // Headroom for the value labels above the tallest bar.
        let top = valueLabels ? tallest + tallest / 12 + 1 : tallest
        let frame = ChartFrame(
            title: title, legend: legend, plotHeight: 250,
            leftLabels: [String(CountScale(largest: top, from: 0, to: 1).maximum)])
        let y = CountScale(largest: top, from: frame.plotBottom, to: frame.plotTop)
        var canvas = frame.canvas(id: id)
        frame.drawCountAxis(y, label: yLabel, on: &canvas)

        let slot = frame.plotWidth / Double(max(1, categories.count))
        // Bars no wider than `widestBar`, so a few categories do not turn into slabs.
        let bars = Double(layout == .stacked ? 1 : max(1, series.count))
        let barWidth = min(Self.widestBar, slot * 0.8 / bars)
        let gap = slot - barWidth * bars
        let paints = styles.map { canvas.paint($0) }
        // Grouped bars of several series are labelled one by one; otherwise each category gets one label.
        let labelEachBar = valueLabels && layout == .grouped && series.count > 1
        for c in categories.indices {
            let left = frame.plotLeft + Double(c) * slot + gap / 2
            var base = 0
            for (s, series) in series.enumerated() where series.values[c] > 0 {
                let value = series.values[c]
                switch layout {
                case .stacked:
                    canvas.rect(
                        left, y(base + value), barWidth, y(base) - y(base + value), fill: paints[s],
                        stroke: styles[s].colour)
                    base += value
                case .grouped:
                    let x = left + Double(s) * barWidth
                    canvas.rect(x, y(value), barWidth, y(0) - y(value), fill: paints[s], stroke: styles[s].colour)
                    if labelEachBar {
                        canvas.text(
                            String(value), x + barWidth / 2, y(value) - 4, size: 11, anchor: "middle",
                            className: "value")
                    }
                }
            }
            if valueLabels && !labelEachBar {
                let label = String(heights[c]) + (valueNotes.map { " " + $0[c] } ?? "")
                canvas.text(
                    label, left + barWidth * bars / 2, y(heights[c]) - 4, size: 11, anchor: "middle", className: "value"
                )
            }
        }
        // Thin the category labels so they do not overlap.
        let widest = categories.map { SVGCanvas.textWidth($0, size: ChartFrame.tickSize) }.max() ?? 0
        let every = max(1, Int(((widest + 8) / slot).rounded(.up)))
        for (c, label) in categories.enumerated() where c % every == 0 {
            let x = frame.plotLeft + (Double(c) + 0.5) * slot
            canvas.line(x, frame.plotBottom, x, frame.plotBottom + 5, stroke: Palette.axis)
            canvas.text(label, x, frame.plotBottom + 19, size: ChartFrame.tickSize, anchor: "middle", className: "tick")
        }
        frame.drawXLabel(xLabel, on: &canvas)
        return canvas.rendered(title: title, description: caption)
    }
}
