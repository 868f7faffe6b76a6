import PlateEngine
import PlateRules
import PlateSimulation

/// `compare.md`: a baseline and its variants side by side, every figure labelled, with the difference.
public enum CompareReport {
    public static func markdown(baseline: ComparedRun, variants: [ComparedRun], zone: UTCOffset) -> String {
        let runs = [baseline] + variants
        let figures = runs.map { RunFigures($0.result.tally) }
        let scenario = baseline.result.scenario
        var out = "# Comparison: \(scenario.name)\n\n"
        out += "Every run uses the same scenario, seed and random streams (common random numbers): each applicant arrives at the "
            + "same instant and wants the same things, so the differences below come from the rules alone.\n\n"
        out += header(runs)
        out += expectations(runs)
        out += "## Headline\n\n" + table(runs, figures, rows: headlineRows()) + "\n"
        out += whoGains(runs, figures)
        out += "## Rejections by reason\n\n" + table(runs, figures, rows: rejectionRows(figures)) + "\n"
        out += "## Pools\n\n" + pools(runs, figures, zone: zone)
        out += "## Quota use and self-compose (自编)\n\n" + quotaText + "\n\n" + table(runs, figures, rows: quotaRows()) + "\n"
        return out
    }

    static let quotaText = "Means are per applicant with a VIN file; a confirm checks up to N entered numbers in order, and one "
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

    static func header(_ runs: [ComparedRun]) -> String {
        var t = MarkdownTable(["Run", "Rule files", "Changes", "Effective rules SHA-256", "Seed", "Reproduce"])
        t.rightAligned = [4]
        for run in runs {
            let p = run.provenance
            t.add([run.label, p.ruleFiles.map { "`\($0)`" }.joined(separator: ", "),
                   p.changes.isEmpty ? "none" : p.changes.map { "`\($0)`" }.joined(separator: ", "),
                   "`\(p.rulesSHA256.prefix(16))…`", String(p.seed), "`\(p.command)`"])
        }
        return "Scenario `\(runs[0].provenance.scenarioFile)`, PlateLab \(runs[0].provenance.version).\n\n" + t.rendered + "\n"
    }

    static func expectations(_ runs: [ComparedRun]) -> String {
        guard !runs[0].result.verdicts.isEmpty else { return "" }
        var t = MarkdownTable(["Expectation"] + runs.map(\.label))
        t.rightAligned = Set(1...runs.count)
        for (index, verdict) in runs[0].result.verdicts.enumerated() {
            t.add(["\(verdict.expectation.metric): \(verdict.expectation.requirement.phrase)"] + runs.map { run in
                let v = run.result.verdicts[index]
                return (v.observed.map { v.expectation.requirement.show($0) } ?? "–") + (v.holds ? " (pass)" : " (**FAIL**)")
            })
        }
        return "## Expectations\n\n" + t.rendered + "\n"
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
            case (.decimal(let b?), .decimal(let v?)): abs(v - b) < 0.005 ? "0" : (v > b ? "+" : "−") + Difference.decimal(abs(v - b))
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
    }

    /// Measure | Baseline | Variant | Δ Variant | ...
    static func table(_ runs: [ComparedRun], _ figures: [RunFigures], rows: [Row]) -> String {
        var header = ["Measure", runs[0].label]
        for run in runs.dropFirst() { header += [run.label, "Δ \(run.label)"] }
        var t = MarkdownTable(header)
        for row in rows {
            let base = row.value(figures[0])
            var cells = [row.label, base.text]
            for f in figures.dropFirst() {
                let v = row.value(f)
                cells += [v.text, v.difference(from: base)]
            }
            t.add(cells)
        }
        return t.rendered
    }

    static func headlineRows() -> [Row] {
        [
            Row("applicants") { .count($0.total.applicants) },
            Row("reserved") { .count($0.total.reserved) },
            Row("reservation rate") { .share($0.reservationRate(nil)) },
            Row("reserved by self-compose") { .count($0.total.reservedSelfCompose) },
            Row("reserved by random draw") { .count($0.total.reservedRandom) },
            Row("registered") { .count($0.total.registered) },
            Row("lapsed") { .count($0.total.lapsed) },
            Row("blacklisted") { .count($0.total.blacklisted) },
            Row("blacklist hits") { .count($0.total.blacklistHits) },
            Row("sent to the office") { .count($0.total.sentToOffice) },
            Row("rejected steps") { .count($0.total.rejections) },
            Row("median time to reservation") { .wait($0.waits.median) },
            Row("90th percentile time to reservation") { .wait($0.waits.p90) },
        ]
    }

    static func rejectionRows(_ figures: [RunFigures]) -> [Row] {
        var union: [String: Int] = [:]
        for f in figures { for (reason, n) in f.rejections { union[reason, default: 0] += n } }
        return RejectionOrder.sorted(union).map { entry in Row("`\(entry.reason)`") { .count($0.rejections[entry.reason] ?? 0) } }
    }

    /// Per cohort: reservation rate and median wait, with a verdict for each variant.
    static func whoGains(_ runs: [ComparedRun], _ figures: [RunFigures]) -> String {
        var header = ["Cohort", "\(runs[0].label): reserved, median wait"]
        for run in runs.dropFirst() { header += ["\(run.label): reserved, median wait", "\(run.label) vs \(runs[0].label)"] }
        var t = MarkdownTable(header)
        t.rightAligned = []
        for index in figures[0].cohortNames.indices where figures[0].cohorts[index].applicants > 0 {
            func describe(_ f: RunFigures) -> String {
                "\(Difference.share(f.reservationRate(index))), \(WaitStatistics.readable(f.cohortWaits[index].median))"
            }
            var cells = [figures[0].cohortNames[index], describe(figures[0])]
            for f in figures.dropFirst() {
                cells += [describe(f), verdict(base: figures[0], variant: f, cohort: index)]
            }
            t.add(cells)
        }
        return "## Who gains, who loses\n\nReservation rate (reserved per arrival) and median time from arrival to reservation, per cohort.\n\n"
            + t.rendered + "\n"
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

    static func pools(_ runs: [ComparedRun], _ figures: [RunFigures], zone: UTCOffset) -> String {
        var header = ["Office / pool", "Measure", runs[0].label]
        for run in runs.dropFirst() { header += [run.label, "Δ \(run.label)"] }
        var t = MarkdownTable(header)
        t.rightAligned = []
        func when(_ instant: Instant?) -> String { instant?.formatted(in: zone) ?? "never" }
        for pool in figures[0].pools {
            let name = "\(pool.key.office) / \(pool.key.pool)"
            var selfCompose = [name, "self-compose exhausted", when(pool.exhaustedSelfCompose)]
            var any = [name, "exhausted (any mode)", when(pool.exhausted)]
            var published = [name, "segments published", String(pool.segmentsPublished)]
            for f in figures.dropFirst() {
                // A swapped rule set may name other offices or pools: those cells stay empty.
                guard let other = f.pools.first(where: { $0.key == pool.key }) else {
                    selfCompose += ["–", "–"]
                    any += ["–", "–"]
                    published += ["–", "–"]
                    continue
                }
                selfCompose += [when(other.exhaustedSelfCompose), Difference.instant(pool.exhaustedSelfCompose, other.exhaustedSelfCompose)]
                any += [when(other.exhausted), Difference.instant(pool.exhausted, other.exhausted)]
                published += [String(other.segmentsPublished), Difference.count(pool.segmentsPublished, other.segmentsPublished)]
            }
            t.add(selfCompose)
            t.add(any)
            t.add(published)
        }
        return t.rendered + "\n"
    }
}
