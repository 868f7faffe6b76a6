import Foundation
import PlateEngine
import PlateRules
import PlateScenarios
import PlateSimulation
import PlateStudies
import Testing

@testable import PlateReports

/// Replications: derived seeds, the same outputs whatever the number of jobs, expectations on the mean or in each.
@Suite("Replications")
struct ReplicationTests {
    /// The report fixture's scenario, loaded, with `expect` replaced.
    static func load(expect: String? = nil) throws -> (Scenario, RuleBook, RunProvenance, UTCOffset) {
        var text = ReportFixture.text
        if let expect { text = String(text[..<text.range(of: "\nexpect:")!.lowerBound]) + "\nexpect:\n" + expect }
        let shown = "Scenarios/inline.yaml"
        let path = ReportFixture.file(shown)
        let loaded = ScenarioLoader.load(text: text, file: path)
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.map(\.description))")
        let scenario = try #require(loaded.scenario)
        let book = try #require(loaded.book)
        let provenance = RunProvenance(
            scenarioFile: shown, book: book, scenarioChangeFiles: [], inlineChanges: false, extraChangeFiles: [],
            seed: scenario.seed, command: "platelab run \(shown)")
        return (scenario, book, provenance, book.base.region.utcOffset)
    }

    @Test("replication 1 runs on the scenario's seed; the others on distinct derived seeds, written unsigned")
    func seeds() {
        let big = ReplicationSeeds.seeds(20_261_201, count: 5).first { $0 > UInt64(Int.max) }
        #expect(big != nil, "some derived seeds exceed Int.max")
        #expect(JSONValue.unsigned(big!).rendered() == String(big!))
        let seeds = ReplicationSeeds.seeds(5, count: 50)
        #expect(seeds[0] == 5)
        #expect(Set(seeds).count == 50)
        #expect(ReplicationSeeds.seeds(6, count: 3)[1] != seeds[1], "another root seed, other replications")
    }

    @Test("the outputs are the same for one job and for two")
    func jobsDoNotMatter() throws {
        let (scenario, book, provenance, zone) = try Self.load()
        let one = try ReplicatedRun.run(scenario, book: book, count: 4, jobs: 1)
        let two = try ReplicatedRun.run(scenario, book: book, count: 4, jobs: 2)
        #expect(SummaryJSON.render(one, provenance, zone: zone) == SummaryJSON.render(two, provenance, zone: zone))
        #expect(HTMLReport.render(one, provenance, zone: zone) == HTMLReport.render(two, provenance, zone: zone))
        #expect(
            MarkdownReport.render(one, provenance, zone: zone) == MarkdownReport.render(two, provenance, zone: zone))
        // The replications differ from one another: otherwise the test above proves nothing.
        #expect(Set(one.replications.map { $0.value("reserved_random") }).count > 1)
    }

    @Test("replication k is the run on its seed, byte for byte")
    func replicationReproduced() throws {
        let (scenario, book, provenance, zone) = try Self.load()
        let run = try ReplicatedRun.run(scenario, book: book, count: 3, jobs: 2)
        let third = run.replications[2]
        let alone = ReplicatedRun(single: ScenarioRunner.run(scenario, book: book, seed: third.seed))
        func json(_ r: ReplicatedRun, _ k: Int) -> String {
            SummaryJSON.replication(r, r.replications[k]).rendered().replacingOccurrences(
                of: "\"replication\": \(k + 1),", with: "")
        }
        #expect(json(run, 2) == json(alone, 0))
        let aloneSummary = SummaryJSON.render(alone, provenance, zone: zone)
        #expect(aloneSummary.contains("\"seed\": \(third.seed)"))
    }

    @Test("the statistics of a figure are those of its values in the replications")
    func statisticsOfFigures() throws {
        let (scenario, book, _, _) = try Self.load()
        let run = try ReplicatedRun.run(scenario, book: book, count: 5, jobs: 2)
        let reserved = try #require(run.statistic("reserved"))
        let values = run.replications.map { $0.value("reserved")! }
        #expect(reserved.values == values.map(Optional.some))
        #expect(reserved.estimate.mean == values.reduce(0, +) / 5)
        #expect(run.statistic("time_to_reservation.median_seconds")?.unit == .seconds)
        #expect(run.statistics.contains { $0.name.hasPrefix("rejected.") }, "rejection reasons are figures too")
        #expect(run.statistics.contains { $0.name == "pool.chengde-main/small-car.self_compose_exhausted_day" })
    }

    @Test("expectations apply to the mean by default; in_every_replication names the replication that breaks it")
    func expectationsOverReplications() throws {
        let (probe, book, _, _) = try Self.load()
        let values = try ReplicatedRun.run(probe, book: book, count: 4, jobs: 2).replications.map {
            Int($0.value("reserved_random")!)
        }
        try #require(Set(values).count > 1, "the fixture's replications must differ")
        // A bound between the smallest value and the mean: the mean meets it, the smallest replication does not.
        let bound = values.min()! + 1
        let mean = Double(values.reduce(0, +)) / 4
        try #require(Double(bound) <= mean)
        let (scenario, _, provenance, _) = try Self.load(
            expect: """
                  reserved_random: {at_least: \(bound)}
                  reserved: {at_least: \(bound), in_every_replication: true}
                  cohort.owners.reserved_random: {at_least: \(bound), in_every_replication: true}
                """)
        let run = try ReplicatedRun.run(scenario, book: book, count: 4, jobs: 2)
        #expect(run.verdicts[0].holds, "the mean \(mean) is at least \(bound)")
        #expect(run.verdicts[1].holds)
        let every = run.verdicts[2]
        #expect(!every.holds)
        let k = values.firstIndex(of: values.min()!)! + 1
        #expect(every.failingReplications.first == k)
        let failure = try #require(every.failure)
        #expect(
            failure.contains(
                "in every replication, observed \(values.min()!) in replication \(k) (seed \(run.replications[k - 1].seed))"
            ), "\(failure)")
        let junit = JUnitReport.render(run, provenance)
        #expect(junit.contains("replication \(k) (seed \(run.replications[k - 1].seed))"))
        #expect(junit.contains("failures=\"1\""))
        #expect(!run.passed)
    }

    @Test(
        "a precision target adds replications until the interval is as narrow as asked, and keeps the fewest that are")
    func precisionTarget() throws {
        let (scenario, book, _, _) = try Self.load()
        let precision = try #require(Precision("reserved_random=15%"))
        let run = try ReplicatedRun.run(scenario, book: book, count: 1, jobs: 2, precision: precision, maximum: 40)
        let outcome = try #require(run.precision)
        #expect(outcome.reached && outcome.known)
        let values = run.replications.map { $0.value("reserved_random") }
        #expect(precision.met(by: Estimate(values)))
        #expect(
            run.count == 3 || !precision.met(by: Estimate(Array(values.dropLast()))),
            "one replication fewer would have done")
        // The same whatever the number of jobs: the stopping point is looked for replication by replication.
        let alone = try ReplicatedRun.run(scenario, book: book, count: 1, jobs: 1, precision: precision, maximum: 40)
        #expect(alone.count == run.count)
        #expect(Precision("reserved=1%")?.target == .relative(0.01) && Precision("x=30")?.target == .absolute(30))
        #expect(
            Precision("reserved=0%") == nil && Precision("reserved") == nil && Precision("=1%") == nil
                && Precision("a=-2") == nil)
    }

    @Test("a target out of reach stops at the most allowed and says so; an unknown figure runs nothing more")
    func precisionOutOfReach() throws {
        let (scenario, book, _, _) = try Self.load()
        let tight = try ReplicatedRun.run(
            scenario, book: book, count: 1, jobs: 2, precision: Precision("reserved_random=0.0001%"), maximum: 5)
        #expect(tight.count == 5 && tight.precision?.reached == false)
        let unknown = try ReplicatedRun.run(
            scenario, book: book, count: 1, jobs: 2, precision: Precision("reservd=1%"), maximum: 50)
        #expect(unknown.precision?.known == false && unknown.count == 3)
    }

    @Test(
        "over replications report.html stays well-formed XHTML and adds the interval charts and tables, each with its CSV"
    )
    func replicatedReportPage() throws {
        let (scenario, book, provenance, zone) = try Self.load()
        let run = try ReplicatedRun.run(scenario, book: book, count: 3, jobs: 2)
        let html = HTMLReport.render(run, provenance, zone: zone)
        let outline = try HTMLReportTests.outline(html)
        let expected = [
            "chart-replications-funnel", "chart-replications-waits",
            "chart-replications-reservations-per-day", "chart-replications-blacklist-per-day",
        ]
        // The pool chart only when some pool ran out in some replication (the fixture's never does).
        let ranOut = run.statistics.contains { $0.unit == .days && $0.estimate.count > 0 }
        #expect(outline.charts.contains { $0.id == "chart-replications-pools" } == ranOut)
        for id in expected {
            let chart = try #require(outline.charts.first { $0.id == id }, "no \(id)")
            #expect(!chart.title.isEmpty && chart.axisLabels >= 1 && chart.legendEntries >= 1, "\(id): \(chart)")
        }
        #expect(Set(outline.charts.map(\.id)).count == outline.charts.count, "svg ids must be unique")
        for table in ["table-statistics-headline", "table-replications", "table-statistics"] {
            #expect(outline.tables.contains(table))
        }
        let files = ChartData.files(run, provenance: provenance, zone: zone).map(\.name)
        for id in expected + ["table-statistics", "table-replications"] {
            #expect(files.contains(id + ".csv"), "no \(id).csv")
        }
        // The same tables in report.md, cell for cell.
        try TableParityTests.expectTwins(html: html, markdown: MarkdownReport.render(run, provenance, zone: zone))
    }
}
