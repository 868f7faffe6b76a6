import PlateStudies

/// How `sweep.html` shows one outcome of `SweepRow.outcomes`: rates as percentages and waits in readable units;
/// everything else is a count as it stands in `sweep.csv`.
struct SweepOutcome {
    enum Kind {
        case count
        /// Per mille in the row, shown as a percentage.
        case permille
        /// Seconds in the row, shown on an axis in `unit`.
        case seconds(DurationUnit)
    }

    /// Index into `SweepRow.outcomes`.
    let index: Int
    let key: String
    /// Lower case, as in running text and table headers.
    let name: String
    let kind: Kind

    /// Every outcome of `sweep`, in report order; durations get the unit that fits their longest value.
    static func all(_ sweep: SweepResult) -> [SweepOutcome] {
        SweepRow.outcomes.enumerated().map { index, outcome in
            let kind: Kind
            if outcome.key.hasSuffix("_permille") {
                kind = .permille
            } else if outcome.key.hasSuffix("_seconds") {
                kind = .seconds(DurationUnit.fitting(Int64(sweep.rows.map { $0.outcomes[index] }.max() ?? 0)))
            } else {
                kind = .count
            }
            // The row's names carry units the page converts: `(‰)` and `(s)` give way to the page's own.
            let name = outcome.name.replacingOccurrences(of: " (‰)", with: "").replacingOccurrences(
                of: " (s)", with: "")
            return SweepOutcome(index: index, key: outcome.key, name: name, kind: kind)
        }
    }

    /// Heading and chart title: `Median time to reservation`.
    var title: String { name.prefix(1).uppercased() + name.dropFirst() }

    /// The value axis' label: what is counted and the unit, short enough to stand beside the plot (the title names the
    /// outcome).
    var axisLabel: String {
        switch kind {
        case .permille: return "Reserved (% of arrivals)"
        case .seconds(let unit): return "Time to reservation (\(unit.name))"
        case .count:
            switch key {
            case "blacklist_hits": return "Refused attempts (count)"
            case "rejections": return "Rejected steps (count)"
            case "segments_published": return "Segments (count)"
            case "pools_self_compose_exhausted": return "Office pools (count)"
            case "expectations_failed": return "Expectations (count)"
            default: return "Applicants (count)"
            }
        }
    }

    /// The column header of tables: the name and the unit its cells are in.
    var columnTitle: String {
        switch kind {
        case .count: name
        case .permille: "\(name) (%)"
        case .seconds: name
        }
    }

    var wholeNumbers: Bool { if case .count = kind { true } else { false } }

    /// Where a row's value (or a mean of them) stands on the chart's axis.
    func plotted(_ raw: Double) -> Double {
        switch kind {
        case .count: raw
        case .permille: raw / 10
        case .seconds(let unit): raw / unit.seconds
        }
    }

    /// A row's value for people: `99.6 %`, `3.5 h`, `2400`.
    func text(_ raw: Int) -> String {
        switch kind {
        case .count: String(raw)
        case .permille: FixedDecimals.text(Double(raw) / 10) + " %"
        case .seconds: WaitStatistics.readable(Int64(raw))
        }
    }

    /// A table cell: the readable text, and the row's own value for CSV.
    func cell(_ raw: Int?) -> ReportTable.Cell {
        guard let raw else { return ReportTable.Cell(text: "–", value: "") }
        return ReportTable.Cell(text: text(raw), value: String(raw))
    }

    /// A point's cell: its value with one replication, else the mean ± half the 95 % interval (the CSV: the mean).
    func cell(_ e: Estimate) -> ReportTable.Cell {
        guard let mean = e.mean else { return cell(nil as Int?) }
        if e.replications == 1 { return cell(Int(mean)) }
        return ReportTable.Cell(
            text: text(mean) + (e.halfWidth.map { " ± " + spread($0) } ?? ""),
            value: FixedDecimals.text(mean, decimals: 4))
    }

    /// A mean for people, in the outcome's unit.
    func text(_ value: Double) -> String {
        switch kind {
        case .count: Numbers.decimal(value)
        case .permille: FixedDecimals.text(value / 10) + " %"
        case .seconds: Numbers.duration(value)
        }
    }

    /// A spread for people, in the outcome's unit.
    func spread(_ value: Double) -> String {
        switch kind {
        case .count: Numbers.decimal(value)
        case .permille: FixedDecimals.text(value / 10) + " pp"
        case .seconds: Numbers.duration(value)
        }
    }
}
