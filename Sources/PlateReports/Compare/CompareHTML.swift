import PlateEngine
import PlateMarkup
import PlateRules
import PlateSimulation
import PlateStudies

/// `compare.html`: `compare.md` for people, with charts — a baseline and its variants side by side on one
/// self-contained page in the style of `report.html` (no scripts, prints on A4, parses as XML). Same runs, same bytes.
public enum CompareHTML {
    /// The whole page.
    public static func render(baseline: ComparedRun, variants: [ComparedRun], zone: UTCOffset) -> String {
        let runs = [baseline] + variants
        let figures = runs.map { RunFigures($0.result.tally) }
        return HTMLPage(
            title: "\(baseline.result.scenario.name) – PlateLab comparison",
            header: header(runs, zone: zone),
            sections: baseline.replicated.count > 1
                ? [
                    expectations(runs), paired(runs), whoGains(runs, figures), detail(runs, figures),
                    rejections(runs, figures),
                    pools(runs, figures, zone: zone), quotaUse(runs, figures),
                ]
                : [
                    expectations(runs), headline(runs, figures), whoGains(runs, figures), rejections(runs, figures),
                    pools(runs, figures, zone: zone), quotaUse(runs, figures),
                ],
            footer: "Written by PlateLab \(HTMLEscaping.escape(PlateLabVersion.current)) from the runs above. "
                + "Each run’s own report (<code>report.html</code>, with its data files) is in the folder of that run beside this page."
        ).rendered
    }

    static func header(_ runs: [ComparedRun], zone: UTCOffset) -> String {
        let scenario = runs[0].result.scenario
        var out = "<p class=\"kicker\">PlateLab comparison · online licence-plate pre-selection (互联网预选机动车号牌)</p>\n"
        out += "<h1>Comparison: \(HTMLEscaping.escape(scenario.name))</h1>\n"
        if let description = scenario.description {
            out += "<p class=\"description\">\(HTMLEscaping.escape(description))</p>\n"
        }
        out += banner(runs)
        out += HTMLReport.paragraph(
            "Every run uses the same scenario, seed and random streams (common random numbers): each applicant "
                + "arrives at the same instant and wants the same things, so the differences below come from the rules alone. "
                + "“Δ” columns give each variant minus the baseline.")
        out += HTMLPage.meta(CompareTables.provenance(runs, zone: zone))
        out += "<h3>Runs and their rules</h3>\n" + HTMLPage.table(CompareTables.runs(runs), classes: "code-wraps")
        return out
    }

    /// Pass or fail per run, in words and symbol as well as colour.
    static func banner(_ runs: [ComparedRun]) -> String {
        let checks = runs[0].result.verdicts.count + runs[0].result.steps.filter(\.checked).count
        guard checks > 0 else {
            return
                "<p class=\"banner none\" role=\"status\"><strong>NO CHECKS</strong> — this scenario sets no expectations.</p>\n"
        }
        let failing = runs.compactMap { run -> String? in
            let failed = run.replicated.verdicts.filter { !$0.holds }.count + run.replicated.failedSteps
            return failed == 0 ? nil : "\(run.label) fails \(failed) of \(checks)"
        }
        if failing.isEmpty {
            return
                "<p class=\"banner pass\" role=\"status\"><strong>✓ PASS</strong> — every run meets all \(checks) of the scenario’s checks.</p>\n"
        }
        return
            "<p class=\"banner fail\" role=\"status\"><strong>✗ FAIL</strong> — \(HTMLEscaping.escape(failing.joined(separator: "; "))); "
            + "see <a href=\"#expectations\">Expectations</a>.</p>\n"
    }

    static func figure(_ chart: GroupedBarChart) -> String { HTMLReport.figure(chart.svg, caption: chart.caption) }

    /// A table with a column per run (and per difference): in smaller type once there are more than three runs.
    static func table(_ table: ReportTable, _ runs: [ComparedRun]) -> String {
        HTMLPage.table(table, classes: runs.count > 3 ? "wide" : "")
    }

    static func expectations(_ runs: [ComparedRun]) -> HTMLPage.Section {
        var body =
            runs[0].result.verdicts.isEmpty
            ? HTMLReport.paragraph("This scenario sets no run-level expectations.")
            : HTMLReport.paragraph("What the scenario file requires of every run, and what each run observed.")
                + table(CompareTables.expectations(runs), runs)
        let failures = CompareReport.failureLines(runs)
        if !failures.isEmpty {
            body +=
                "<h3>Failures</h3>\n<ul class=\"failures\">"
                + failures.map { "<li>\(HTMLEscaping.escape($0))</li>" }.joined() + "</ul>\n"
        }
        return .init(id: "expectations", title: "Expectations", body: body)
    }

    static func headline(_ runs: [ComparedRun], _ figures: [RunFigures]) -> HTMLPage.Section {
        .init(
            id: "headline", title: "Headline",
            body: figure(CompareCharts.headline(runs, figures))
                + table(
                    CompareTables.measures(
                        "table-compare-headline", heading: "Measure", runs, figures, rows: CompareReport.headlineRows()),
                    runs))
    }

    static func whoGains(_ runs: [ComparedRun], _ figures: [RunFigures]) -> HTMLPage.Section {
        // Over replications the bar charts of replication 1 would speak of one seed: the table's means and verdicts
        // stand alone.
        let replicated = runs[0].replicated.count > 1
        return .init(
            id: "who-gains", title: "Who gains, who loses",
            body: HTMLReport.paragraph(
                CompareReport.whoGainsText + (replicated ? " " + CompareReport.whoGainsReplicatedText : ""))
                + (replicated
                    ? ""
                    : figure(CompareCharts.cohortRate(runs, figures)) + figure(CompareCharts.cohortWait(runs, figures)))
                + HTMLPage.table(CompareTables.whoGains(runs, figures), classes: "wide"))
    }

    /// Each variant against the baseline over paired replications: means, the difference's interval and a verdict.
    static func paired(_ runs: [ComparedRun]) -> HTMLPage.Section {
        var body = HTMLReport.paragraph(PairedTables.intro)
        if let sentence = CompareReport.precisionSentence(runs[0]) { body += HTMLReport.paragraph(sentence) }
        for (index, variant) in runs.dropFirst().enumerated() {
            body += "<h3>\(HTMLEscaping.escape("\(variant.label) against \(runs[0].label)"))</h3>\n"
            if let chart = PairedCharts.headline(runs[0], variant, index: index + 1) {
                body += HTMLReport.figure(chart.svg, caption: chart.caption)
            }
            body += HTMLPage.table(PairedTables.differences(runs[0], variant, index: index + 1), classes: "wide")
        }
        return .init(
            id: "paired", title: "Paired differences over \(runs[0].replicated.count) replications", body: body)
    }

    /// Replication 1 of each run side by side: the headline of one seed, introducing the detailed sections after it.
    static func detail(_ runs: [ComparedRun], _ figures: [RunFigures]) -> HTMLPage.Section {
        .init(
            id: "detail", title: "Replication 1 in detail",
            body: HTMLReport.paragraph(CompareReport.detailText(runs[0]))
                + figure(CompareCharts.headline(runs, figures))
                + table(
                    CompareTables.measures(
                        "table-compare-headline", heading: "Measure", runs, figures, rows: CompareReport.headlineRows()),
                    runs))
    }

    static func rejections(_ runs: [ComparedRun], _ figures: [RunFigures]) -> HTMLPage.Section {
        guard let chart = CompareCharts.rejections(runs, figures) else {
            return .init(
                id: "rejections", title: "Rejections by reason", body: HTMLReport.paragraph("No run rejected any step.")
            )
        }
        return .init(
            id: "rejections", title: "Rejections by reason",
            body: HTMLReport.paragraph(
                "Every refused step, by the reason the platform gave; an applicant may be refused more than once.")
                + figure(chart)
                + table(
                    CompareTables.measures(
                        "table-compare-rejections", heading: "Reason", runs, figures,
                        rows: CompareTables.rejectionRows(figures), code: true), runs))
    }

    static func pools(_ runs: [ComparedRun], _ figures: [RunFigures], zone: UTCOffset) -> HTMLPage.Section {
        let charts = ComparePoolCharts.charts(runs, figures, zone: zone)
        var body = HTMLReport.paragraph(
            charts.isEmpty
                ? "No office pool’s availability differs between the runs; the table below gives when each ran out."
                : "Available numbers (号池公示) over time for each office pool whose availability differs between the runs, "
                    + "sampled hourly; times are local (UTC\(zone)). Pools not drawn were the same in every run.")
        for chart in charts { body += HTMLReport.figure(chart.svg, caption: chart.caption) }
        body += HTMLPage.table(CompareTables.pools(runs, figures, zone: zone), classes: "wide")
        return .init(id: "pools", title: "Pools (号池)", body: body)
    }

    static func quotaUse(_ runs: [ComparedRun], _ figures: [RunFigures]) -> HTMLPage.Section {
        .init(
            id: "quota-use", title: "Quota use and self-compose (自编)",
            body: HTMLReport.paragraph(CompareReport.quotaText)
                + table(
                    CompareTables.measures(
                        "table-compare-quota-use", heading: "Measure", runs, figures, rows: CompareReport.quotaRows()),
                    runs))
    }
}
