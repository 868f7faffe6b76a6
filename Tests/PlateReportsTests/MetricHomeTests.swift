import PlateRules
import PlateScenarios
import PlateSimulation
import PlateStudies
import Testing

@testable import PlateReports

/// Every count and pool metric is declared once (`RunCount`, `PoolMetric`); these check that each place that names
/// them takes every one from there, so a new case needs no test edit.
@Suite("One home for the run's metrics")
struct MetricHomeTests {
    @Test("every count passes the linter for the run and per cohort, and an expectation reads the tally's value")
    func everyCountIsExpectable() throws {
        let (result, _, _) = try ReportFixture.run()
        let tally = result.tally
        let cohort = try #require(tally.cohortNames.first)
        for count in RunCount.allCases {
            #expect(ScenarioMetrics.problem(with: count.name, pools: [], cohorts: []) == nil, "\(count.name)")
            #expect(
                ScenarioMetrics.problem(with: "cohort.\(cohort).\(count.name)", pools: [], cohorts: [cohort]) == nil)
            #expect(tally.metric(count.name) == tally.total.count(count), "\(count.name)")
            #expect(tally.metric("cohort.\(cohort).\(count.name)") == tally.cohorts[0].count(count), "\(count.name)")
        }
        // The fixture's run has something in most counts: a lookup that answered 0 for everything would not do.
        #expect(RunCount.allCases.filter { tally.total.count($0) > 0 }.count >= 12)
    }

    @Test("every pool metric passes the linter and is evaluated")
    func everyPoolMetricIsExpectable() throws {
        let (result, _, _) = try ReportFixture.run()
        for metric in PoolMetric.allCases {
            #expect(
                ScenarioMetrics.problem(with: "pool.small-car.\(metric.name)", pools: ["small-car"], cohorts: []) == nil
            )
            #expect(result.tally.metric("pool.small-car.\(metric.name)") != nil, "\(metric.name)")
        }
        #expect(result.tally.metric("pool.small-car.segments_published") ?? 0 > 0)
    }

    @Test("the figures over replications hold every count, for the run and each cohort, with the tally's value")
    func everyCountIsAFigure() throws {
        let (result, _, _) = try ReportFixture.run()
        let figures = FigureSet(result).figures
        let cohort = try #require(result.tally.cohortNames.first)
        for count in RunCount.allCases {
            let figure = try #require(figures.first { $0.name == count.name }, "\(count.name)")
            #expect(figure.unit == .count && figure.value == Double(result.tally.total.count(count)))
            #expect(figures.contains { $0.name == "cohort.\(cohort).\(count.name)" }, "\(count.name)")
        }
    }

    @Test("summary.json's totals are the counts the home puts there, in its order, with the tally's values")
    func summaryTotals() throws {
        let (result, provenance, zone) = try ReportFixture.run()
        guard case .object(let members) = SummaryJSON.value(result, provenance, zone: zone),
            case .object(let totals)? = members.first(where: { $0.0 == "totals" })?.1
        else {
            Issue.record("summary.json has no totals object")
            return
        }
        let expected = RunCount.allCases.filter(\.inSummaryCounts)
        #expect(totals.map(\.0) == expected.map(\.name))
        for (count, member) in zip(expected, totals) { #expect(member.1 == .int(result.tally.total.count(count))) }
    }

    @Test("a misspelt count gets a did-you-mean from the home's names")
    func misspeltCount() {
        for count in RunCount.allCases where count.name.count > 6 {
            let typo = String(count.name.dropLast())
            let problem = ScenarioMetrics.problem(with: typo, pools: [], cohorts: [])
            #expect(problem?.contains("did you mean '\(count.name)'") == true, "\(typo): \(problem ?? "accepted")")
        }
    }
}
