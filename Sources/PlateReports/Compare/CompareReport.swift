import PlateEngine
import PlateRules
import PlateSimulation
import PlateStudies

/// `compare.md`: a baseline and its variants side by side, every figure labelled, with the difference, in the same
/// tables as `compare.html` (`CompareTables`).
public enum CompareReport {
    public static func markdown(baseline: ComparedRun, variants: [ComparedRun], zone: UTCOffset) -> String {
        let runs = [baseline] + variants
        let figures = runs.map { RunFigures($0.result.tally) }
        let scenario = baseline.result.scenario
        var out = "# Comparison: \(scenario.name)\n\n"
        out +=
            "Every run uses the same scenario, seed and random streams (common random numbers): each applicant arrives at the "
            + "same instant and wants the same things, so the differences below come from the rules alone. "
            + "“Δ” columns give each variant minus the baseline.\n\n"
        out += CompareTables.provenance(runs, zone: zone).markdown + "\n"
        out += "### Runs and their rules\n\n" + CompareTables.runs(runs).markdown + "\n"
        if !runs[0].result.verdicts.isEmpty {
            out += "## Expectations\n\n" + CompareTables.expectations(runs).markdown + "\n"
        }
        let failures = failureLines(runs)
        if !failures.isEmpty { out += "## Failures\n\n" + failures.map { "- " + $0 + "\n" }.joined() + "\n" }
        let replications = baseline.replicated.count
        if replications > 1 {
            out += "## Paired differences over \(replications) replications\n\n" + PairedTables.intro + "\n\n"
            if let sentence = precisionSentence(baseline) { out += sentence + "\n\n" }
            for (index, variant) in variants.enumerated() {
                out +=
                    "### \(variant.label) against \(baseline.label)\n\n"
                    + PairedTables.differences(baseline, variant, index: index + 1).markdown + "\n"
            }
            out +=
                "## Who gains, who loses\n\n" + whoGainsText + " " + whoGainsReplicatedText + "\n\n"
                + CompareTables.whoGains(runs, figures).markdown + "\n"
            out += "## Replication 1 in detail\n\n" + detailText(baseline) + "\n\n"
        }
        out +=
            "## Headline\n\n"
            + CompareTables.measures("table-compare-headline", heading: "Measure", runs, figures, rows: headlineRows())
            .markdown + "\n"
        if replications == 1 {
            out +=
                "## Who gains, who loses\n\n" + whoGainsText + "\n\n" + CompareTables.whoGains(runs, figures).markdown
                + "\n"
        }
        out +=
            "## Rejections by reason\n\n"
            + (CompareTables.reasons(figures).isEmpty
                ? "No run rejected any step.\n\n"
                : CompareTables.measures(
                    "table-compare-rejections", heading: "Reason", runs, figures,
                    rows: CompareTables.rejectionRows(figures), code: true
                ).markdown + "\n")
        out +=
            "## Pools\n\nWhen each office pool ran out in each mode (local time, UTC\(zone)), and the segments published.\n\n"
            + CompareTables.pools(runs, figures, zone: zone).markdown + "\n"
        out +=
            "## Quota use and self-compose (自编)\n\n" + quotaText + "\n\n"
            + CompareTables.measures("table-compare-quota-use", heading: "Measure", runs, figures, rows: quotaRows())
            .markdown + "\n"
        return out
    }

    /// Every failed expectation and scripted step of every run, as `label: file:line:column: ...`, in run order:
    /// what `platelab compare` prints, and the pages list.
    public static func failureLines(_ runs: [ComparedRun]) -> [String] {
        runs.flatMap { run in
            (run.replicated.verdicts.compactMap(\.failure) + run.replicated.stepFailureLines).map {
                "\(run.label): \($0)"
            }
        }
    }

    /// The comparison's CSV files for `data/`: with several replications, every figure's paired difference per variant.
    public static func dataFiles(baseline: ComparedRun, variants: [ComparedRun]) -> [(name: String, csv: String)] {
        guard baseline.replicated.count > 1 else { return [] }
        return variants.enumerated().map { index, variant in
            let table = PairedTables.differences(baseline, variant, index: index + 1, all: true)
            return (table.name + ".csv", table.csv)
        }
    }

    /// The name of variant `index`'s (1-based) paired-difference table; its CSV is `data/NAME.csv` in the report.
    public static func pairedTableName(_ index: Int) -> String { "table-compare-paired-\(index)" }

    /// With `--precision`: how many replications ran and why.
    static func precisionSentence(_ baseline: ComparedRun) -> String? {
        guard let outcome = baseline.replicated.precision else { return nil }
        let count = baseline.replicated.count
        return outcome.reached
            ? "Replications were added until \(outcome.precision) for every variant: reached after \(count)."
            : "Replications were added until \(outcome.precision) for every variant: not reached within the most allowed, \(outcome.maximum)."
    }

    static let whoGainsText =
        "Reservation rate (reserved per arrival) and median time from arrival to reservation, per cohort; "
        + "a cohort gains under a variant when more of it reserve, or as many reserve sooner."

    static let whoGainsReplicatedText =
        "Over replications each cell is the mean ± half its 95 % interval, and a cohort gains or loses "
        + "only where the paired difference is clear."

    /// What the sections after the paired differences show.
    static func detailText(_ baseline: ComparedRun) -> String {
        "The sections below set replication 1 of each run side by side (seed \(baseline.replicated.replications[0].seed)): one sample, "
            + "for the detail behind the figures above, not for judging the difference."
    }

    static let quotaText =
        "Means are per applicant with a VIN file; a confirm checks up to N entered numbers in order, and one "
        + "that finds all of them taken costs all N."

    /// Quota use and self-compose contention, the same rows in `compare.md` and `compare.html`.
    static func quotaRows() -> [Row] {
        [
            Row("self-compose numbers used (mean)") { .decimal($0.meanSelfCompose) },
            Row("random draws used (mean)") { .decimal($0.meanDraws) },
            Row("self-compose confirms") { .count($0.total.selfCompose.confirms) },
            Row("confirms that found all N taken") { .count($0.total.selfCompose.allTaken) },
            Row("share of confirms all taken") { .share($0.total.selfCompose.allTakenShare) },
            Row("numbers tried per confirm (mean)") { .decimal($0.total.selfCompose.meanTriedPerConfirm) },
            Row("moved to random (self-compose used up)") { .count($0.total.movedToRandom) },
            Row("sent to the office") { .count($0.total.sentToOffice) },
        ]
    }

    /// A figure of one run, and how to show its difference from the baseline's.
    enum Cell {
        case count(Int)
        case share(Double?)
        case wait(Int64?)
        case decimal(Double?)

        var text: String {
            switch self {
            case .count(let n): String(n)
            case .share(let s): Difference.share(s)
            case .wait(let w): WaitStatistics.readable(w)
            case .decimal(let d): Difference.decimal(d)
            }
        }

        func difference(from base: Cell) -> String {
            switch (base, self) {
            case (.count(let b), .count(let v)): Difference.count(b, v)
            case (.share(let b), .share(let v)): Difference.points(b, v)
            case (.wait(let b), .wait(let v)): Difference.seconds(b, v)
            case (.decimal(let b?), .decimal(let v?)):
                abs(v - b) < 0.005 ? "0" : (v > b ? "+" : "−") + Difference.decimal(abs(v - b))
            default: "–"
            }
        }
    }

    struct Row {
        let label: String
        let value: (RunFigures) -> Cell
        init(_ label: String, _ value: @escaping (RunFigures) -> Cell) {
            self.label = label
            self.value = value
        }

        /// The row of a run count, under its label.
        init(_ count: RunCount) { self.init(count.label) { .count($0.total.count(count)) } }
    }

    static func headlineRows() -> [Row] {
        [
            Row(.applicants), Row(.reserved),
            Row("reservation rate") { .share($0.reservationRate(nil)) },
            Row(.reservedSelfCompose), Row(.reservedRandom), Row(.registered), Row(.lapsed), Row(.blacklisted),
            Row(.blacklistHits),
            Row(.sentToOffice), Row(.rejections),
            Row("median time to reservation") { .wait($0.waits.median) },
            Row("90th percentile time to reservation") { .wait($0.waits.p90) },
        ]
    }

    /// `gains: +3.0 pp reserved, −2 min wait` — rate first, then wait.
    static func verdict(base: RunFigures, variant: RunFigures, cohort: Int) -> String {
        let rate = Difference.points(base.reservationRate(cohort), variant.reservationRate(cohort))
        let wait = Difference.seconds(base.cohortWaits[cohort].median, variant.cohortWaits[cohort].median)
        let dr = (variant.reservationRate(cohort) ?? 0) - (base.reservationRate(cohort) ?? 0)
        let dw = (variant.cohortWaits[cohort].median ?? 0) - (base.cohortWaits[cohort].median ?? 0)
        let word = dr > 0.0005 || (abs(dr) <= 0.0005 && dw < 0) ? "gains" : dr < -0.0005 || dw > 0 ? "loses" : "same"
        return "\(word): \(rate) reserved, \(wait) median wait"
    }
}
