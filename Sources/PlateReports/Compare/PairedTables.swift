import PlateSimulation
import PlateStudies

/// The paired-difference tables of a comparison over several replications, shared by `compare.md` and `compare.html`.
enum PairedTables {
    typealias Column = ReportTable.Column
    typealias Cell = ReportTable.Cell

    /// Figures shown whatever their verdict: the headline, then each cohort's reservation rate and median wait.
    static func always(_ name: String) -> Bool {
        ReplicationTables.headline.contains(name)
            || (name.hasPrefix("cohort.")
                && (name.hasSuffix(".reservation_rate") || name.hasSuffix(".time_to_reservation.median_seconds")))
    }

    /// Figure | Baseline | Variant | Δ (paired) | 95 % interval of Δ | Unpaired ± | Verdict; `all` keeps every figure
    /// (the CSV), otherwise the headline figures and every other figure with a clear difference.
    static func differences(_ baseline: ComparedRun, _ variant: ComparedRun, index: Int, all: Bool = false)
        -> ReportTable
    {
        var t = ReportTable(
            CompareReport.pairedTableName(index),
            [
                Column("Figure", "figure", numeric: false), Column(baseline.label, "baseline_mean"),
                Column(variant.label, "variant_mean"),
                Column("Δ (paired)", "difference_mean"),
                Column("95 % interval of Δ", "difference_interval", numeric: false),
                Column("Unpaired ±", "unpaired_half_width"), Column("Verdict", "verdict", numeric: false),
            ])
        func raw(_ v: Double?) -> String { v.map { FixedDecimals.text($0, decimals: 4) } ?? "" }
        for d in PairedDifference.all(baseline: baseline.replicated, variant: variant.replicated)
        where all || always(d.name) || d.verdict.isClear {
            let interval = Numbers.interval(d.difference, d.unit, signed: true)
            let verdict = Cell(
                text: d.verdict.rawValue, value: d.verdict.rawValue, look: d.verdict.isClear ? .unbroken : .plain)
            t.add([
                .code(d.name), Cell(text: Numbers.estimate(d.baseline, d.unit), value: raw(d.baseline.mean)),
                Cell(text: Numbers.estimate(d.variant, d.unit), value: raw(d.variant.mean)),
                Cell(text: Numbers.difference(d.difference, d.unit), value: raw(d.difference.mean)),
                Cell(text: interval, value: interval == "–" ? "" : interval, look: .unbroken),
                Cell(
                    text: d.unpairedHalfWidth.map { "± " + Numbers.spread($0, d.unit) } ?? "–",
                    value: raw(d.unpairedHalfWidth)),
                verdict,
            ])
        }
        return t
    }

    /// Each cohort's reservation rate and median wait under a variant, in words that speak only of clear differences.
    static func whoGains(_ baseline: ComparedRun, _ variant: ComparedRun, cohort: String) -> String {
        // Only the cohort's two figures are paired, not every figure of the runs.
        func paired(_ name: String) -> PairedDifference? {
            baseline.replicated.statistic(name).flatMap { b in
                variant.replicated.statistic(name).map { PairedDifference(b, $0) }
            }
        }
        let rate = paired("cohort.\(cohort).reservation_rate")
        let wait = paired("cohort.\(cohort).time_to_reservation.median_seconds")
        let word: String
        switch (rate?.verdict, wait?.verdict) {
        case (.higher?, _): word = "gains"
        case (.lower?, _): word = "loses"
        case (_, .lower?): word = "gains (sooner)"
        case (_, .higher?): word = "loses (later)"
        default: word = "no clear difference"
        }
        var parts: [String] = []
        if let rate, rate.verdict.isClear { parts.append(Numbers.difference(rate.difference, .share) + " reserved") }
        if let wait, wait.verdict.isClear {
            parts.append(Numbers.difference(wait.difference, .seconds) + " median wait")
        }
        return parts.isEmpty ? word : word + ": " + parts.joined(separator: ", ")
    }

    static let intro =
        "Each figure is the mean over the replications ± half its 95 % interval. The difference is paired: replication k "
        + "of the baseline and of the variant ran on the same seed, so the same applicants arrived at the same instants wanting the same "
        + "numbers, and their difference is the rule change's alone. Its interval is far narrower than if the runs were independent "
        + "(the \"Unpaired ±\" column shows how wide). \"Higher\" or \"lower\" means the whole interval lies on one side of 0; "
        + "\"no clear difference\" means it holds 0, so the replications cannot tell the effect from noise. The tables show the headline "
        + "figures and every other figure with a clear difference; the CSV files hold them all."
}
