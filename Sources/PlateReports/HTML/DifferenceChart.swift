/// Differences with their 95 % intervals around a zero line, one row each: a dot at the mean difference and an error
/// bar for its interval, filled where the interval leaves out 0 (a clear difference) and hollow where it holds it.
struct DifferenceChart {
    struct Row {
        let label: String
        let mean: Double
        let low: Double?
        let high: Double?
        /// Written at the right edge: the difference and its verdict in words.
        let note: String

        var clear: Bool { (low.map { $0 > 0 } ?? false) || (high.map { $0 < 0 } ?? false) }
    }

    let id: String
    let title: String
    let caption: String
    let xLabel: String
    let rows: [Row]

    private static let rowHeight = 30.0

    /// How far the axis reaches: every row's extent, except a single one more than three times further out than
    /// the next, which would squeeze every other row against 0.
    static func axisExtent(_ rows: [Row]) -> Double {
        let extents = rows.map { max(abs($0.mean), abs($0.low ?? 0), abs($0.high ?? 0)) }.sorted(by: >)
        guard let largest = extents.first else { return 0 }
        if extents.count > 1, extents[1] > 0, largest > 3 * extents[1] { return extents[1] }
        return largest
    }

    var svg: String {
        let legend = [
            LegendItem(
                label: "Clear difference (interval leaves out 0)", symbol: .marker(.circle, colour: Palette.blue)),
            LegendItem(
                label: "No clear difference (interval holds 0)", symbol: .marker(.diamond, colour: Palette.muted)),
        ]
        let frame = ChartFrame(
            title: title, legend: legend, plotHeight: Self.rowHeight * Double(rows.count),
            leftLabels: rows.map(\.label),
            rightMargin: 230)
        let half = (frame.plotRight - frame.plotLeft) / 2
        let centre = frame.plotLeft + half
        let scale = ValueScale(largest: Self.axisExtent(rows), ticks: 3, from: 0, to: half)
        // A row far beyond the others is drawn at the axis' end (its own text gives the value), so it does not flatten
        // the rest.
        func x(_ v: Double) -> Double {
            centre + (v < 0 ? -scale(min(-v, scale.maximum)) : scale(min(v, scale.maximum)))
        }
        var canvas = frame.canvas(id: id)
        for tick in scale.ticks {
            for signed in tick == 0 ? [0.0] : [tick, -tick] {
                canvas.line(
                    x(signed), frame.plotTop, x(signed), frame.plotBottom,
                    stroke: tick == 0 ? Palette.axis : Palette.grid, width: tick == 0 ? 1.4 : 1)
                let label = (signed > 0 ? "+" : signed < 0 ? "−" : "") + scale.label(tick)
                canvas.text(
                    label, x(signed), frame.plotBottom + 19, size: ChartFrame.tickSize, anchor: "middle",
                    className: "tick")
            }
        }
        canvas.line(
            frame.plotLeft, frame.plotBottom, frame.plotRight, frame.plotBottom, stroke: Palette.axis, width: 1.2)
        frame.drawXLabel(xLabel, on: &canvas)
        for (index, row) in rows.enumerated() {
            let middle = frame.plotTop + (Double(index) + 0.5) * Self.rowHeight
            canvas.text(
                row.label, frame.plotLeft - 8, middle + 4, size: ChartFrame.tickSize, anchor: "end", className: "tick")
            let colour = row.clear ? Palette.blue : Palette.muted
            if let low = row.low, let high = row.high {
                canvas.line(x(low), middle, x(high), middle, stroke: colour, width: 2)
                canvas.line(x(low), middle - 7, x(low), middle + 7, stroke: colour, width: 2)
                canvas.line(x(high), middle - 7, x(high), middle + 7, stroke: colour, width: 2)
            }
            let beyond = abs(row.mean) > scale.maximum
            canvas.marker(
                beyond ? (row.mean > 0 ? .triangleUp : .triangleDown) : row.clear ? .circle : .diamond, x(row.mean),
                middle,
                size: 9, colour: colour)
            canvas.text(row.note, frame.plotRight + 10, middle + 4, size: 11.5, className: "value")
        }
        return canvas.rendered(title: title, description: caption)
    }
}
