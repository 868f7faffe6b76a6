import PlateStudies

/// Lines over categories kept in a given order (a swept rule's values), with a marker at every point;
/// a missing value leaves a gap. The value axis starts at zero so the slopes are not exaggerated.
struct LineChart {
    struct Series {
        let name: String
        let style: SeriesStyle
        /// One per category; nil where there is no value.
        let values: [Double?]
        /// The 95 % interval around each value, drawn as an error bar; nil where there is none.
        var intervals: [(low: Double, high: Double)?] = []
    }

    let id: String
    let title: String
    let caption: String
    let xLabel: String
    let yLabel: String
    let categories: [String]
    let series: [Series]
    /// Counts: ticks at whole numbers only.
    var wholeNumbers = true
    /// Text written above each point, for a chart with a single line (several would collide).
    var pointLabels: [String]? = nil

    /// The chart's figures: a row per category, each series' value (and interval ends where it has them).
    var csv: String {
        // snake_case keys from the names' ASCII words: `Self-compose (自编)` → `self_compose`.
        let keyed = series.map { line -> String in
            let spaced = String(
                line.name.lowercased().map { (c: Character) -> Character in
                    c.isASCII && (c.isLetter || c.isNumber) ? c : " "
                })
            return spaced.split(separator: " ").joined(separator: "_")
        }
        let withIntervals = series.map { !$0.intervals.isEmpty }
        var header = ["category"]
        for (index, key) in keyed.enumerated() {
            header += [key] + (withIntervals[index] ? [key + "_ci_low", key + "_ci_high"] : [])
        }
        func number(_ v: Double?) -> String { v.map { FixedDecimals.text($0, decimals: 4) } ?? "" }
        var out = CSVRow.render(header)
        for (c, category) in categories.enumerated() {
            var row = [category]
            for (index, line) in series.enumerated() {
                row.append(number(line.values[c]))
                if withIntervals[index] {
                    let interval = c < line.intervals.count ? line.intervals[c] : nil
                    row += [number(interval?.low), number(interval?.high)]
                }
            }
            out += CSVRow.render(row)
        }
        return out
    }

    var svg: String {
        let legend = series.map { LegendItem(label: $0.name, symbol: .line($0.style)) }
        let largest = max(
            series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0,
            series.flatMap { $0.intervals.compactMap { $0?.high } }.max() ?? 0)
        let labelled = pointLabels != nil && series.count == 1
        let plotHeight = 250.0
        let probe = ValueScale(largest: largest, wholeNumbers: wholeNumbers, from: 0, to: 1)
        let frame = ChartFrame(
            title: title, legend: legend, plotHeight: plotHeight, leftLabels: ChartFrame.tickLabels(probe))
        // The axis stops short of the plot's top, leaving room there for the highest point's label.
        let y = ValueScale(
            largest: largest, wholeNumbers: wholeNumbers, from: frame.plotBottom,
            to: frame.plotTop + (labelled ? 20 : 6))
        var canvas = frame.canvas(id: id)
        frame.drawValueAxis(y, label: yLabel, on: &canvas)

        let slot = frame.plotWidth / Double(max(1, categories.count))
        // Lines that coincide are set slightly apart sideways so every marker shows.
        let spread = min(5.0, slot * 0.25 / Double(max(1, series.count)))
        func x(_ category: Int, _ series: Int) -> Double {
            frame.plotLeft + (Double(category) + 0.5) * slot + (Double(series) - Double(self.series.count - 1) / 2)
                * spread
        }
        let widest = categories.map { SVGCanvas.textWidth($0, size: ChartFrame.tickSize) }.max() ?? 0
        let every = max(1, Int(((widest + 8) / slot).rounded(.up)))
        for (c, label) in categories.enumerated() {
            let cx = frame.plotLeft + (Double(c) + 0.5) * slot
            canvas.line(cx, frame.plotTop, cx, frame.plotBottom, stroke: Palette.grid)
            canvas.line(cx, frame.plotBottom, cx, frame.plotBottom + 5, stroke: Palette.axis)
            if c % every == 0 {
                canvas.text(
                    label, cx, frame.plotBottom + 19, size: ChartFrame.tickSize, anchor: "middle", className: "tick")
            }
        }
        canvas.line(
            frame.plotLeft, frame.plotBottom, frame.plotRight, frame.plotBottom, stroke: Palette.axis, width: 1.2)
        frame.drawXLabel(xLabel, on: &canvas)

        for (s, line) in series.enumerated() {
            var d = ""
            var drawing = false
            for (c, value) in line.values.enumerated() {
                guard let value else {
                    drawing = false
                    continue
                }
                d += (drawing ? "L" : "M") + SVGCanvas.n(x(c, s)) + " " + SVGCanvas.n(y(value))
                drawing = true
            }
            if !d.isEmpty { canvas.path(d, stroke: line.style.colour, width: 2.4, dash: line.style.dash) }
            for (c, interval) in line.intervals.enumerated() {
                guard let interval else { continue }
                let low = y(max(0, interval.low))
                let high = y(interval.high)
                let cx = x(c, s)
                canvas.line(cx, low, cx, high, stroke: line.style.colour, width: 1.6)
                canvas.line(cx - 4, low, cx + 4, low, stroke: line.style.colour, width: 1.6)
                canvas.line(cx - 4, high, cx + 4, high, stroke: line.style.colour, width: 1.6)
            }
            for (c, value) in line.values.enumerated() {
                guard let value else { continue }
                canvas.marker(line.style.marker, x(c, s), y(value), size: 10, colour: line.style.colour)
                if labelled, let text = pointLabels?[c] {
                    canvas.text(text, x(c, s), y(value) - 10, size: 11.5, anchor: "middle", className: "value")
                }
            }
        }
        return canvas.rendered(title: title, description: caption)
    }
}
