/// The line chart of each sweep outcome: the first varied path's values along the x axis in the order given,
/// one line per value of the second path (per combination of the other paths' values with three or more).
enum SweepCharts {
    /// More lines than styles would repeat a look; the table holds the rest.
    static let maxLines = 6

    static func id(_ outcome: SweepOutcome) -> String { "chart-sweep-" + outcome.key.replacingOccurrences(of: "_", with: "-") }

    /// The lines of every chart of `grid`: a name, and the grid point at each of the first path's values.
    static func lines(_ grid: SweepGrid) -> (lines: [(name: String, points: [Int])], combinations: Int) {
        guard let first = grid.axes.first else { return ([], 0) }
        let others = SweepGrid(axes: Array(grid.axes.dropFirst()))
        // Points run with the last path fastest, so the other paths' combination `j` at first value `i` is point `i × count + j`.
        let combinations = others.count
        let lines = (0..<min(combinations, maxLines)).map { j in
            (name: others.axes.isEmpty ? "every grid point" : others.label(at: j).replacingOccurrences(of: "=", with: " = "),
             points: first.values.indices.map { $0 * combinations + j })
        }
        return (lines, combinations)
    }

    /// Nil for a grid without paths.
    static func chart(_ sweep: SweepResult, _ outcome: SweepOutcome) -> LineChart? {
        guard let first = sweep.grid.axes.first else { return nil }
        let (lines, combinations) = lines(sweep.grid)
        var rows: [Int: SweepRow] = [:]
        for row in sweep.rows { rows[row.point] = row }
        let single = lines.count == 1
        let across = sweep.grid.axes.count == 2 ? "one line per value of \(sweep.grid.axes[1].path)"
            : sweep.grid.axes.count > 2 ? "one line per combination of the other paths’ values" : ""
        var caption = "Each point is one grid point, a whole run with the same random streams, and its height that run’s “\(outcome.name)”. "
            + "Left to right, \(first.path) takes its values in the order given"
            + (single ? "" : "; each line holds the other paths at the values in the legend (lines that coincide are set slightly apart)")
            + ". Read the slope: a rising line means the outcome grows with that value. Exact figures are in the table below."
        if combinations > lines.count {
            caption += " Only the first \(lines.count) of \(combinations) combinations are drawn; the table below has them all."
        }
        let values = lines.map { line in line.points.map { rows[$0].map { $0.outcomes[outcome.index] } } }
        return LineChart(
            id: id(outcome), title: title(outcome, first.path, across),
            caption: caption, xLabel: "\(first.path) (swept value)", yLabel: outcome.axisLabel,
            categories: first.values,
            series: lines.indices.map { l in
                .init(name: lines[l].name, style: SeriesStyle.at(l), values: values[l].map { $0.map(outcome.plotted) })
            },
            wholeNumbers: outcome.wholeNumbers,
            pointLabels: single ? values[0].map { $0.map(outcome.text) ?? "" } : nil)
    }

    /// `Reserved by PATH, one line per value of OTHER`, without the second part when that would not fit on the chart.
    static func title(_ outcome: SweepOutcome, _ path: String, _ across: String) -> String {
        let short = "\(outcome.title) by \(path)", long = short + ", " + across
        // Bold type runs about a tenth wider than the estimate.
        return across.isEmpty || SVGCanvas.textWidth(long, size: ChartFrame.titleSize) * 1.1 > ChartFrame.width - 32 ? short : long
    }
}
