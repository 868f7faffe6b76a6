import PlateRules
import PlateScenarios
import PlateSimulation
import PlateStudies

/// The bar charts of `compare.html`. Run `i` always has series style `i`, so a run looks the same in every chart.
enum CompareCharts {
    static let headlineID = "chart-compare-headline"
    static let cohortRateID = "chart-compare-cohort-rate"
    static let cohortWaitID = "chart-compare-cohort-wait"
    static let rejectionsID = "chart-compare-rejections"

    /// The outcomes of the headline chart: applicants, except blacklist hits (attempts).
    static let headlineMeasures: [RunCount] = [
        .reserved, .registered, .lapsed, .blacklisted, .blacklistHits, .sentToOffice,
    ]

    static func headline(_ runs: [ComparedRun], _ figures: [RunFigures]) -> GroupedBarChart {
        GroupedBarChart(
            id: headlineID, title: "Headline outcomes, baseline and variants side by side",
            caption:
                "Each group of bars is one outcome and each bar one run (the legend names them; colour and hatching tell them apart). "
                + "The number over a bar is the count for that run: applicants, or refused attempts for blacklist hits. "
                + "Compare the bars within a group: a variant's bar taller than the baseline's means the rule change raised that outcome.",
            xLabel: "Outcome", yLabel: "Applicants or attempts (count)",
            categories: headlineMeasures.map(\.label),
            series: zip(runs, figures).map { run, f in
                let counts = headlineMeasures.map { f.total.count($0) }
                return .init(name: run.label, values: counts.map(Double.init), labels: counts.map(String.init))
            },
            wholeNumbers: true)
    }

    static func cohortRate(_ runs: [ComparedRun], _ figures: [RunFigures]) -> GroupedBarChart {
        let cohorts = CompareTables.cohorts(figures)
        return GroupedBarChart(
            id: cohortRateID, title: "Reservation rate per cohort, by run",
            caption:
                "Each group of bars is one cohort of applicants and each bar one run: its height is the share of that cohort's arrivals "
                + "who reserved a number (100 % = everyone). A variant's bar lower than the baseline's means that cohort loses under the change.",
            xLabel: "Cohort", yLabel: "Reserved (% of arrivals)",
            categories: cohorts.map { figures[0].cohortNames[$0] },
            series: zip(runs, figures).map { run, f in
                .init(
                    name: run.label, values: cohorts.map { f.reservationRate($0).map { $0 * 100 } },
                    labels: cohorts.map { Difference.share(f.reservationRate($0)) })
            })
    }

    static func cohortWait(_ runs: [ComparedRun], _ figures: [RunFigures]) -> GroupedBarChart {
        let cohorts = CompareTables.cohorts(figures)
        let longest = figures.flatMap { f in cohorts.compactMap { f.cohortWaits[$0].median } }.max() ?? 0
        let unit = DurationUnit.fitting(longest)
        return GroupedBarChart(
            id: cohortWaitID, title: "Median time to reservation per cohort, by run",
            caption:
                "Each group of bars is one cohort and each bar one run: its height is the median time from arriving on the platform "
                + "to reserving a number, for those of the cohort who reserved (half waited less, half longer). "
                + "A taller variant bar means a longer wait under the change; a dash means nobody of the cohort reserved.",
            xLabel: "Cohort", yLabel: "Median wait (\(unit.name))",
            categories: cohorts.map { figures[0].cohortNames[$0] },
            series: zip(runs, figures).map { run, f in
                .init(
                    name: run.label, values: cohorts.map { f.cohortWaits[$0].median.map(unit.value) },
                    labels: cohorts.map { WaitStatistics.readable(f.cohortWaits[$0].median) })
            })
    }

    /// Nil when no run rejected anything.
    static func rejections(_ runs: [ComparedRun], _ figures: [RunFigures]) -> GroupedBarChart? {
        let reasons = CompareTables.reasons(figures)
        guard !reasons.isEmpty else { return nil }
        return GroupedBarChart(
            id: rejectionsID, title: "Rejected steps by reason, by run",
            caption:
                "Each block is one reason the platform gave for refusing a step, with one bar per run; its length counts the refused steps "
                + "(an applicant may be refused more than once). For variants the change from the baseline follows in brackets.",
            xLabel: "Rejected steps (count)", yLabel: "Reason",
            categories: reasons,
            series: zip(runs, figures).enumerated().map { index, pair in
                let (run, f) = pair
                let counts = reasons.map { f.rejections[$0] ?? 0 }
                let base = reasons.map { figures[0].rejections[$0] ?? 0 }
                return .init(
                    name: run.label, values: counts.map(Double.init),
                    labels: counts.indices.map { r in
                        index == 0 || counts[r] == base[r]
                            ? String(counts[r])
                            : "\(counts[r]) (\(counts[r] > base[r] ? "+" : "−")\(abs(counts[r] - base[r])))"
                    })
            },
            orientation: .horizontal, wholeNumbers: true)
    }
}
