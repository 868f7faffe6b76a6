import PlateRules

/// Counts over time as steps (a value holds until the next sample), with events marked on the time axis.
struct StepChart {
    struct Series {
        let name: String
        let style: SeriesStyle
        let points: [(at: Instant, value: Int)]
    }

    /// An instant drawn as a vertical rule across the plot (a one-off event such as exhaustion).
    struct Rule {
        let label: String
        let at: Instant
        let colour: String
        let dash: String?
        let marker: Marker
    }

    /// Instants drawn as markers along the time axis (repeated events such as publications).
    struct Ticks {
        let label: String
        let instants: [Instant]
        let colour: String
        let marker: Marker
    }

    let id: String
    let title: String
    let caption: String
    let yLabel: String
    let start: Instant
    let end: Instant
    let zone: UTCOffset
    let series: [Series]
    var rules: [Rule] = []
    var ticks: [Ticks] = []

    /// Markers per series along its line: enough to tell the lines apart, few enough not to clutter.
    private static let markersPerSeries = 10

    var svg: String {
        let legend =
            series.map { LegendItem(label: $0.name, symbol: .line($0.style)) }
            + ticks.map { LegendItem(label: $0.label, symbol: .marker($0.marker, colour: $0.colour)) }
            + rules.map {
                LegendItem(label: $0.label, symbol: .rule(colour: $0.colour, dash: $0.dash, marker: $0.marker))
            }
        let largest = series.flatMap { $0.points.map(\.value) }.max() ?? 0
        let probe = CountScale(largest: largest, from: 0, to: 1)
        let frame = ChartFrame(title: title, legend: legend, plotHeight: 230, leftLabels: [String(probe.maximum)])
        let y = CountScale(largest: largest, from: frame.plotBottom, to: frame.plotTop)
        var canvas = frame.canvas(id: id)
        frame.drawCountAxis(y, label: yLabel, on: &canvas)

        let span = Double(max(1, end.secondsSinceEpoch - start.secondsSinceEpoch))
        func x(_ instant: Instant) -> Double {
            frame.plotLeft + frame.plotWidth * Double(instant.secondsSinceEpoch - start.secondsSinceEpoch) / span
        }
        let fitting = Int(frame.plotWidth / 80)
        for tick in TimeTicks.ticks(from: start, to: end, zone: zone, atMost: fitting) {
            let tx = x(tick.at)
            canvas.line(tx, frame.plotBottom, tx, frame.plotBottom + 5, stroke: Palette.axis)
            canvas.text(
                tick.label, tx, frame.plotBottom + 19, size: ChartFrame.tickSize, anchor: "middle", className: "tick")
        }
        canvas.line(
            frame.plotLeft, frame.plotBottom, frame.plotRight, frame.plotBottom, stroke: Palette.axis, width: 1.2)
        frame.drawXLabel(
            "Local date and time, UTC\(zone) (\(start.date(in: zone)) to \(end.date(in: zone)))", on: &canvas)

        for rule in rules {
            let rx = x(rule.at)
            canvas.line(rx, frame.plotTop, rx, frame.plotBottom, stroke: rule.colour, width: 2, dash: rule.dash)
            canvas.marker(rule.marker, rx, frame.plotTop + 6, size: 10, colour: rule.colour)
        }
        for (index, series) in series.enumerated() where !series.points.isEmpty {
            canvas.path(
                Self.steps(series.points, x: x, y: { y($0) }), stroke: series.style.colour, width: 2.2,
                dash: series.style.dash)
            // Offset each series' markers so lines that coincide still show both.
            let stride = max(1, series.points.count / Self.markersPerSeries)
            var i = (stride * index) / max(1, self.series.count)
            while i < series.points.count {
                canvas.marker(
                    series.style.marker, x(series.points[i].at), y(series.points[i].value), size: 8,
                    colour: series.style.colour)
                i += stride
            }
        }
        for row in ticks {
            // Events closer than a marker's width share one marker, with their count beside it.
            var groups: [(x: Double, count: Int)] = []
            for instant in row.instants.sorted() {
                let at = x(instant)
                if let last = groups.last, at - last.x < 8 {
                    groups[groups.count - 1].count += 1
                } else {
                    groups.append((at, 1))
                }
            }
            for group in groups {
                canvas.marker(row.marker, group.x, frame.plotBottom - 7, size: 9, colour: row.colour)
                if group.count > 1 {
                    canvas.text(
                        "×\(group.count)", group.x + 6, frame.plotBottom - 12, size: 10.5, fill: row.colour,
                        className: "value")
                }
            }
        }
        return canvas.rendered(title: title, description: caption)
    }

    /// The path of a step line, written only where the value changes so long flat stretches stay short.
    static func steps(_ points: [(at: Instant, value: Int)], x: (Instant) -> Double, y: (Int) -> Double) -> String {
        let n = SVGCanvas.n
        var d = "M\(n(x(points[0].at))) \(n(y(points[0].value)))"
        var current = points[0].value
        for point in points.dropFirst() where point.value != current {
            d += "H\(n(x(point.at)))V\(n(y(point.value)))"
            current = point.value
        }
        return d + "H\(n(x(points[points.count - 1].at)))"
    }
}
