import PlateRules
import PlateStudies

/// The chart of a variant's paired differences: headline counts as a share of the baseline's mean, with intervals.
enum PairedCharts {
    static let figures: [RunCount] = [
        .reserved, .reservedSelfCompose, .reservedRandom, .registered, .lapsed, .blacklisted,
        .sentToOffice, .movedToRandom, .confirmsAllTaken,
    ]

    static func headline(_ baseline: ComparedRun, _ variant: ComparedRun, index: Int) -> DifferenceChart? {
        let differences = PairedDifference.all(baseline: baseline.replicated, variant: variant.replicated)
        let rows: [DifferenceChart.Row] = figures.compactMap { count in
            // Relative to the baseline's mean: counts of different sizes on one axis. Figures the baseline hardly saw
            // (a
            // mean under 10) are left out: a share of almost nothing says nothing.
            guard let d = differences.first(where: { $0.name == count.name }), let base = d.baseline.mean, base >= 10,
                let mean = d.difference.mean
            else { return nil }
            let scale = 100 / base
            return DifferenceChart.Row(
                label: count.label, mean: mean * scale, low: d.difference.low.map { $0 * scale },
                high: d.difference.high.map { $0 * scale }, note: d.sentence)
        }
        guard !rows.isEmpty else { return nil }
        return DifferenceChart(
            id: "chart-compare-paired-\(index)",
            title: "\(variant.label) against \(baseline.label): paired differences",
            caption:
                "Each row is the variant's mean minus the baseline's over paired replications, as a percentage of the baseline's mean, "
                + "with its 95 % interval; a filled dot marks a clear difference, a hollow diamond a difference within the noise. "
                + "The figure's own difference is written at the right; a triangle at the axis' end marks a difference beyond it. "
                + "Figures with a baseline mean under 10 are left out (see the table).",
            xLabel: "Difference from the baseline (% of the baseline's mean)", rows: rows)
    }
}
