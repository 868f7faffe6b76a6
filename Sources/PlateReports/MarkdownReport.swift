import PlateEngine
import PlateRules
import PlateSimulation
import PlateStudies

/// `report.md`: the run for people — funnel, cohorts, rejections, quotas, waits, blacklist, pools — in the same
/// tables as `report.html` (`ReportTables`), without the charts.
public enum MarkdownReport {
    public static func render(_ result: RunResult, _ provenance: RunProvenance, zone: UTCOffset) -> String {
        render(ReplicatedRun(single: result), provenance, zone: zone)
    }

    /// The report of a run; over several replications, their statistics first and then replication 1 in detail.
    public static func render(_ run: ReplicatedRun, _ provenance: RunProvenance, zone: UTCOffset) -> String {
        let result = run.first
        let tally = result.tally
        var out = "# \(result.scenario.name)\n\n"
        if let description = result.scenario.description { out += description + "\n\n" }
        out +=
            ReportTables.provenance(result, provenance, zone: zone, replications: run.count, precision: run.precision)
            .markdown + "\n"
        out += expectations(run)
        if run.count > 1 {
            out += "## Replications\n\n" + ReplicationText.intro(run) + "\n\n"
            out +=
                "### Headline figures\n\n"
                + ReplicationTables.statistics(run, name: "table-statistics-headline") {
                    ReplicationTables.headline.contains($0.name)
                }.markdown + "\n"
            out += "### Every replication\n\n" + ReplicationTables.replications(run, provenance).markdown + "\n"
            out += "### Every figure\n\n" + ReplicationTables.statistics(run).markdown + "\n"
            out += ReplicationText.detail + "\n\n"
        }
        out += "## Outcome funnel\n\n" + ReportTables.funnel(tally.total).markdown + "\n"
        out += "## Outcomes per cohort\n\n" + ReportTables.cohorts(tally).markdown + "\n"
        out += rejections(tally)
        out += quotaUse(tally)
        out += selfCompose(tally)
        out +=
            "## Time to reservation\n\nFrom arrival on the platform to the reservation.\n\n"
            + ReportTables.waits(tally).markdown + "\n" + ReportTables.waitHistogram(tally).markdown + "\n"
        out += "## Blacklist\n\n" + ReportTables.blacklist(tally.total).markdown + "\n"
        out += pools(tally, zone: zone)
        out += "## Day by day\n\n" + ReportTables.days(tally).markdown + "\n"
        if !result.steps.isEmpty {
            out += "## Scripted users\n\n" + ReportTables.scripted(result, zone: zone).markdown + "\n"
        }
        return out
    }

    static func expectations(_ run: ReplicatedRun) -> String {
        guard !run.verdicts.isEmpty else { return "" }
        let failed = run.verdicts.filter { !$0.holds }.count + run.failedSteps
        return "## Expectations: \(failed == 0 ? "all hold" : "\(failed) failed")\n\n"
            + ReportTables.expectations(run).markdown + "\n"
    }

    static func rejections(_ tally: RunTally) -> String {
        let out = "## Rejections by reason\n\n"
        guard !tally.rejections.isEmpty else { return out + "No step was rejected.\n\n" }
        return out + ReportTables.rejections(tally).markdown + "\n"
    }

    static func quotaUse(_ tally: RunTally) -> String {
        let out =
            "## Quota use\n\nApplicants by how many self-composed numbers and random draws they used (all sessions of a VIN).\n\n"
        guard !tally.selfComposeUse.isEmpty else { return out + "Nobody reached the selection screen.\n\n" }
        return out + ReportTables.quotaUse(tally).markdown + "\n"
    }

    static func selfCompose(_ tally: RunTally) -> String {
        var out = "## Self-compose (自编)\n\n" + SelfComposeText.intro + "\n\n"
        guard tally.total.selfCompose.confirms > 0 else { return out + "Nobody confirmed a self-composed number.\n\n" }
        out += SelfComposeTables.summary(tally).markdown + "\n"
        out +=
            "### Success by attempt\n\n" + SelfComposeText.attempts + "\n\n"
            + SelfComposeTables.attempts(tally).markdown + "\n"
        out += "### Numbers tried per confirm\n\n" + SelfComposeTables.numbersPerConfirm(tally).markdown + "\n"
        out +=
            "### Self-composed numbers used per applicant, by cohort\n\n"
            + SelfComposeTables.quotaUseByCohort(tally).markdown + "\n"
        return out
    }

    static func pools(_ tally: RunTally, zone: UTCOffset) -> String {
        var out =
            "## Pools\n\nAvailable numbers per office pool and mode (号池公示), sampled hourly; exhaustion and publications "
            + "during the run; times are local (UTC\(zone)).\n\n"
        out += ReportTables.pools(tally, zone: zone).markdown + "\n"
        // Daily lows show the squeeze without printing every hour.
        for pool in tally.pools where !pool.samples.isEmpty {
            out +=
                "### \(pool.key.office) / \(pool.key.pool): lowest available per day\n\n"
                + ReportTables.dailyLows(tally, pool: pool.key, zone: zone).markdown + "\n"
        }
        return out
    }
}
