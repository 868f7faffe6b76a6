import Foundation
import PlateEngine
import PlateRules
import PlateScenarios
import PlateSimulation
import PlateStudies
import Testing

@testable import PlateReports

/// `compare` over replications: paired differences under common random numbers, verdicts, who gains only when clear.
@Suite("Paired differences")
struct PairedCompareTests {
    /// A fixture scenario and change file, run over `count` replications as `platelab compare` does.
    static func compare(_ scenario: String, change: String, count: Int) throws -> (ComparedRun, ComparedRun, UTCOffset)
    {
        let path = ReportFixture.file(scenario)
        let changePath = ReportFixture.file(change)
        let overlay = ChangesLoader.load(text: try String(contentsOfFile: changePath, encoding: .utf8), file: change)
        var runs: [ComparedRun] = []
        var zone = UTCOffset(seconds: 0)
        for (label, overlays) in [("Baseline", [RuleOverlay]()), ("variant", [try #require(overlay.overlay)])] {
            let loaded = try ScenarioLoader.load(file: path, overlays: overlays)
            let s = try #require(loaded.scenario)
            let book = try #require(loaded.book)
            zone = book.base.region.utcOffset
            let provenance = RunProvenance(
                scenarioFile: scenario, book: book, scenarioChangeFiles: [], inlineChanges: false,
                extraChangeFiles: [], seed: s.seed, command: "platelab run \(scenario)")
            runs.append(
                ComparedRun(
                    label: label, replicated: try ReplicatedRun.run(s, book: book, count: count, jobs: 2),
                    provenance: provenance))
        }
        return (runs[0], runs[1], zone)
    }

    @Test("common random numbers at work: paired intervals are narrower than unpaired ones on a bundled compare")
    func pairedNarrower() throws {
        let (baseline, variant, _) = try Self.compare(
            "Scenarios/blacklist-wave.yaml", change: "Scenarios/changes/quota-10.yaml", count: 5)
        let differences = PairedDifference.all(baseline: baseline.replicated, variant: variant.replicated)
        for name in ["reserved_self_compose", "reserved_random", "confirms_all_taken"] {
            let d = try #require(differences.first { $0.name == name })
            let paired = try #require(d.difference.halfWidth)
            let unpaired = try #require(d.unpairedHalfWidth)
            #expect(paired < unpaired, "\(name): paired ±\(paired), unpaired ±\(unpaired)")
        }
        // Quota 10 takes self-composed numbers away: a clear fall, which a single seed could not have shown as clear.
        #expect(differences.first { $0.name == "reserved_self_compose" }?.verdict == .lower)
        // Every applicant arrives in both runs alike: no difference at all, and said so.
        let applicants = try #require(differences.first { $0.name == "applicants" })
        #expect(applicants.difference.mean == 0 && applicants.verdict == .noClearDifference)
    }

    @Test(
        "compare.md and compare.html carry the paired differences, their intervals and verdicts; the CSV every figure")
    func reportsCarryDifferences() throws {
        let (baseline, variant, zone) = try Self.compare(
            "Scenarios/blacklist-wave.yaml", change: "Scenarios/changes/quota-10.yaml", count: 3)
        let markdown = CompareReport.markdown(baseline: baseline, variants: [variant], zone: zone)
        #expect(markdown.contains("## Paired differences over 3 replications"))
        #expect(
            markdown.contains(
                "| Figure | Baseline | variant | Δ (paired) | 95 % interval of Δ | Unpaired ± | Verdict |"))
        #expect(markdown.contains("## Replication 1 in detail"))
        let html = CompareHTML.render(baseline: baseline, variants: [variant], zone: zone)
        #expect(html.contains("id=\"chart-compare-paired-1\""))
        #expect(html.contains("id=\"table-compare-paired-1\""))
        let files = CompareReport.dataFiles(baseline: baseline, variants: [variant])
        let csv = try #require(files.first { $0.name == "table-compare-paired-1.csv" }).csv
        #expect(
            csv.hasPrefix(
                "figure,baseline_mean,variant_mean,difference_mean,difference_interval,unpaired_half_width,verdict\n"))
        let rows = csv.split(separator: "\n").count - 1
        #expect(rows == PairedDifference.all(baseline: baseline.replicated, variant: variant.replicated).count)
        // Who gains speaks of clear differences only: a cohort line without a clear difference says so.
        for cohort in ["punctual owners", "late registrants"] {
            let line = PairedTables.whoGains(baseline, variant, cohort: cohort)
            #expect(line.hasPrefix("gains") || line.hasPrefix("loses") || line == "no clear difference", "\(line)")
        }
    }

    @Test("one replication compares as before: no paired section")
    func singleReplication() throws {
        let (baseline, variant, zone) = try Self.compare(
            "Scenarios/smoke.yaml", change: "Scenarios/changes/per-confirm-1.yaml", count: 1)
        let markdown = CompareReport.markdown(baseline: baseline, variants: [variant], zone: zone)
        #expect(!markdown.contains("Paired differences"))
        #expect(markdown.contains("## Headline"))
        #expect(CompareReport.dataFiles(baseline: baseline, variants: [variant]).isEmpty)
    }
}
