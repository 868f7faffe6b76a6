import PlateMarkup
import PlateStudies

/// `sweep.html`: `sweep.md` for people, with a line chart per outcome — one self-contained page in the style of
/// `report.html` (no scripts, prints on A4, parses as XML). Same sweep, same bytes.
public enum SweepHTML {
    /// The whole page.
    public static func render(_ sweep: SweepResult) -> String {
        let outcomes = SweepOutcome.all(sweep)
        var sections: [HTMLPage.Section] = [
            .init(
                id: "grid", title: "Varied rule paths",
                body: HTMLReport.paragraph(SweepReport.gridText) + HTMLPage.table(SweepTables.grid(sweep.grid))),
            .init(
                id: "all-outcomes", title: "All outcomes",
                body: HTMLReport.paragraph(
                    SweepReport.allOutcomesText + ", a few outcomes to a table so each fits the page.")
                    + SweepTables.all(sweep, outcomes).map { HTMLPage.table($0, classes: "wide") }.joined()),
        ]
        for outcome in outcomes {
            let chart = SweepCharts.chart(sweep, outcome).map { HTMLReport.figure($0.svg, caption: $0.caption) } ?? ""
            sections.append(
                .init(
                    id: "outcome-" + outcome.key.replacingOccurrences(of: "_", with: "-"), title: outcome.title,
                    body: chart + HTMLPage.table(SweepTables.outcome(sweep, outcome))))
        }
        return HTMLPage(
            title: "\(sweep.scenarioName) – PlateLab sweep", header: header(sweep), sections: sections,
            footer: "Written by PlateLab \(HTMLEscaping.escape(PlateLabVersion.current)) from the sweep above; "
                + "the same figures are in <code>sweep.csv</code> beside this page"
                + (sweep.replications > 1 ? ", and every replication in <code>sweep-replications.csv</code>." : ".")
        ).rendered
    }

    static func header(_ sweep: SweepResult) -> String {
        var out = "<p class=\"kicker\">PlateLab sweep · online licence-plate pre-selection (互联网预选机动车号牌)</p>\n"
        out += "<h1>Sweep: \(HTMLEscaping.escape(sweep.scenarioName))</h1>\n"
        out += HTMLReport.paragraph(SweepReport.introText(sweep))
        out += HTMLPage.meta(SweepTables.provenance(sweep))
        return out
    }
}
