import PlateStudies

/// The line chart of each sweep outcome: the first varied path's values along the x axis in the order given,
/// one line per value of the second path (per combination of the other paths' values with three or more).
enum SweepCharts {
    /// More lines than styles would repeat a look; the table holds the rest.
    static let maxLines = 6

    static func id(_ outcome: SweepOutcome) -> String {
        "chart-sweep-" + outcome.key.replacingOccurrences(of: "_", with: "-")
    }

    /// The lines of every chart of `grid`: a name, and the grid point at each of the first path's values.
    static func lines(_ grid: SweepGrid) -> (lines: [(name: String, points: [Int])], combinations: Int) {
        guard let first = grid.axes.first else { return ([], 0) }
        let others = SweepGrid(axes: Array(grid.axes.dropFirst()))
        // Points run with the last path fastest, so the other paths' combination `j` at first value `i` is point `i ×
        // count + j`.
        let combinations = others.count
        let lines = (0..<min(combinations, maxLines)).map { j in
            (
                name: others.axes.isEmpty
                    ? "every grid point" : others.label(at: j).replacingOccurrences(of: "=", with: " = "),
                points: first.values.indices.map { $0 * combinations + j }
            )
        }
        return (lines, combinations)
    }

    /// Nil for a grid without paths.
    static func chart(_ sweep: SweepResult, _ outcome: SweepOutcome) -> LineChart? {
        guard let first = sweep.grid.axes.first else { return nil }
        let (lines, combinations) = lines(sweep.grid)
        var points: [Int: SweepPoint] = [:]
        for p in sweep.points { points[p.point] = p }
        let single = lines.count == 1
        let replicated = sweep.replications > 1
        let across =
            sweep.grid.axes.count == 2
            ? "one line per value of \(sweep.grid.axes[1].path)"
            : sweep.grid.axes.count > 2 ? "one line per combination of the other paths’ values" : ""
        var caption =
            (replicated
                ? "Each point is one grid point, its height the mean “\(outcome.name)” over \(sweep.replications) replications on the same seeds, "
                    + "and its error bar the 95 % interval of that mean. "
                : "Each point is one grid point, a whole run with the same random streams, and its height that run’s “\(outcome.name)”. ")
            + "Left to right, \(first.path) takes its values in the order given"
            + (single
                ? ""
                : "; each line holds the other paths at the values in the legend (lines that coincide are set slightly apart)")
            + ". Read the slope: a rising line means the outcome grows with that value. Exact figures are in the table below."
        if combinations > lines.count {
            caption +=
                " Only the first \(lines.count) of \(combinations) combinations are drawn; the table below has them all."
        }
        let estimates = lines.map { line in line.points.map { points[$0]?.estimates[outcome.index] } }
        return LineChart(
            id: id(outcome), title: title(outcome, first.path, across),
            caption: caption, xLabel: "\(first.path) (swept value)", yLabel: outcome.axisLabel,
            categories: first.values,
            series: lines.indices.map { l in
                .init(
                    name: lines[l].name, style: SeriesStyle.at(l),
                    values: estimates[l].map { $0?.mean.map(outcome.plotted) },
                    intervals: estimates[l].map { e in
                        e.flatMap { e in
                            e.low.flatMap { low in e.high.map { (outcome.plotted(low), outcome.plotted($0)) } }
                        }
                    })
            },
            wholeNumbers: outcome.wholeNumbers && !replicated,
            pointLabels: single
                ? estimates[0].map { e in e?.mean.map { replicated ? outcome.text($0) : outcome.text(Int($0)) } ?? "" }
                : nil)
    }

    /// `Reserved by PATH, one line per value of OTHER`, without the second part when that would not fit on the chart.
    static func title(_ outcome: SweepOutcome, _ path: String, _ across: String) -> String {
        let short = "\(outcome.title) by \(path)"
        let long = short + ", " + across
        // Bold type runs about a tenth wider than the estimate.
        return across.isEmpty || SVGCanvas.textWidth(long, size: ChartFrame.titleSize) * 1.1 > ChartFrame.width - 32
            ? short : long
    }
}
