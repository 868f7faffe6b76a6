import PlateMarkup

/// `sweep.html`: `sweep.md` for people, with a line chart per outcome — one self-contained page in the style of
/// `report.html` (no scripts, prints on A4, parses as XML). Same sweep, same bytes.
public enum SweepHTML {
    /// The whole page.
    public static func render(_ sweep: SweepResult) -> String {
        let outcomes = SweepOutcome.all(sweep)
        var sections: [HTMLPage.Section] = [
            .init(id: "grid", title: "Varied rule paths", body: HTMLReport.paragraph(
                "Each grid point is one run of the scenario with these rule paths set to one combination of their values; "
                    + "every other rule stays as the scenario has it.") + HTMLPage.table(SweepTables.grid(sweep.grid))),
            .init(id: "all-outcomes", title: "All outcomes", body: HTMLReport.paragraph(
                "Every outcome of every grid point, as in sweep.csv (rates as percentages, times in readable units), "
                    + "a few outcomes to a table so each fits the page.")
                + SweepTables.all(sweep, outcomes).map { HTMLPage.table($0, classes: "wide") }.joined()),
        ]
        for outcome in outcomes {
            let chart = SweepCharts.chart(sweep, outcome).map { HTMLReport.figure($0.svg, caption: $0.caption) } ?? ""
            sections.append(.init(id: "outcome-" + outcome.key.replacingOccurrences(of: "_", with: "-"), title: outcome.title,
                                  body: chart + HTMLPage.table(SweepTables.outcome(sweep, outcome))))
        }
        return HTMLPage(title: "\(sweep.scenarioName) – PlateLab sweep", header: header(sweep), sections: sections,
                        footer: "Written by PlateLab \(HTMLEscaping.escape(PlateLabVersion.current)) from the sweep above; "
                            + "the same figures are in <code>sweep.csv</code> beside this page.").rendered
    }

    static func header(_ sweep: SweepResult) -> String {
        var out = "<p class=\"kicker\">PlateLab sweep · online licence-plate pre-selection (互联网预选机动车号牌)</p>\n"
        out += "<h1>Sweep: \(HTMLEscaping.escape(sweep.scenarioName))</h1>\n"
        out += HTMLReport.paragraph("The scenario run once per combination of the varied rule values, every run with the same seed and "
                                    + "random streams: each applicant arrives at the same instant and wants the same things, "
                                    + "so the differences come from the rules alone.")
        let sizes = sweep.grid.axes.map { String($0.values.count) }.joined(separator: " × ")
        let missing = sweep.grid.count - sweep.rows.count
        out += HTMLPage.meta([
            ("Scenario file", HTMLPage.code(sweep.scenarioFile)),
            ("Rules SHA-256 before the swept values", HTMLPage.code(sweep.baseRulesSHA256)),
            ("Seed", String(sweep.seed)),
            ("Grid points", HTMLEscaping.escape("\(sweep.grid.count) (\(sizes))" + (missing > 0 ? "; \(missing) not run, shown as –" : ""))),
            ("PlateLab version", HTMLEscaping.escape(PlateLabVersion.current)),
            ("Reproduce with", HTMLPage.code(sweep.command)),
        ])
        return out
    }
}
