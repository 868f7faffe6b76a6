import PlateStudies

/// Figures over replications, one row each: a bar to the mean, the 95 % interval as an error bar with caps, and
/// every replication's value as a dot, so the spread is seen as well as summarised.
struct IntervalChart {
    struct Row {
        let label: String
        /// Each replication's value, in the chart's unit (nil where undefined).
        let values: [Double?]
        /// Written after the row (the mean ± half-width in words).
        let note: String

        var estimate: Estimate { Estimate(values) }
    }

    let id: String
    let title: String
    let caption: String
    let xLabel: String
    let rows: [Row]

    private static let rowHeight = 30.0

    /// The chart's figures: a row per bar with the mean, the interval and each replication's value.
    var csv: String {
        let replications = rows.map(\.values.count).max() ?? 0
        var out = CSVRow.render(
            ["row", "mean", "ci_low", "ci_high"] + (0..<replications).map { "replication_\($0 + 1)" })
        func number(_ v: Double?) -> String { v.map { FixedDecimals.text($0, decimals: 4) } ?? "" }
        for row in rows {
            let e = row.estimate
            out += CSVRow.render([row.label, number(e.mean), number(e.low), number(e.high)] + row.values.map(number))
        }
        return out
    }

    var svg: String {
        let style = SeriesStyle.at(0)
        let legend = [
            LegendItem(label: "Mean over replications", symbol: .bar(style)),
            LegendItem(label: "95 % interval", symbol: .rule(colour: Palette.black, dash: nil, marker: .cross)),
            LegendItem(label: "One replication", symbol: .marker(.circle, colour: Palette.vermillion)),
        ]
        let frame = ChartFrame(
            title: title, legend: legend, plotHeight: Self.rowHeight * Double(rows.count),
            leftLabels: rows.map(\.label),
            rightMargin: 170)
        let largest = rows.flatMap { row in row.values.compactMap { $0 } + [row.estimate.high ?? 0] }.max() ?? 0
        let x = ValueScale(largest: largest, from: frame.plotLeft, to: frame.plotRight)
        var canvas = frame.canvas(id: id)
        frame.drawHorizontalValueAxis(x, label: xLabel, on: &canvas)
        let paint = canvas.paint(style)
        for (index, row) in rows.enumerated() {
            let top = frame.plotTop + Double(index) * Self.rowHeight
            let middle = top + Self.rowHeight / 2
            canvas.text(
                row.label, frame.plotLeft - 8, middle + 4, size: ChartFrame.tickSize, anchor: "end", className: "tick")
            let e = row.estimate
            if let mean = e.mean {
                canvas.rect(x(0), top + 7, x(mean) - x(0), Self.rowHeight - 14, fill: paint, stroke: style.colour)
            }
            for value in row.values.compactMap({ $0 }) {
                canvas.marker(.circle, x(value), middle, size: 5, colour: Palette.vermillion)
            }
            if let low = e.low, let high = e.high {
                canvas.line(x(max(0, low)), middle, x(high), middle, stroke: Palette.black, width: 1.6)
                canvas.line(
                    x(max(0, low)), top + 5, x(max(0, low)), top + Self.rowHeight - 5, stroke: Palette.black, width: 1.6
                )
                canvas.line(x(high), top + 5, x(high), top + Self.rowHeight - 5, stroke: Palette.black, width: 1.6)
            }
            let end = max(e.high ?? 0, row.values.compactMap { $0 }.max() ?? 0)
            canvas.text(row.note, x(end) + 8, middle + 4, size: 11.5, className: "value")
        }
        return canvas.rendered(title: title, description: caption)
    }
}
