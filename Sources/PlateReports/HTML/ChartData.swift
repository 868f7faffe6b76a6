import PlateEngine
import PlateRules
import PlateSimulation
import PlateStudies

/// The figures behind `report.html` as CSV files: one per chart (`chart-…`) and one per table (`table-…`).
public enum ChartData {
    /// Every CSV file, named `chart-….csv` or `table-….csv`, each with a header row; in report order.
    public static func files(_ result: RunResult, zone: UTCOffset) -> [(name: String, csv: String)] {
        files(ReplicatedRun(single: result), provenance: nil, zone: zone)
    }

    /// The files of a run over replications: replication 1's, and with several replications the statistics, the
    /// replications and the interval charts.
    public static func files(_ run: ReplicatedRun, provenance: RunProvenance?, zone: UTCOffset) -> [(
        name: String, csv: String
    )] {
        var files = charts(run.first, zone: zone)
        if run.count > 1 {
            files += ReplicationCharts.all(run).map { ($0.id + ".csv", $0.csv) }
            files += ReplicationCharts.days(run, zone: zone).map { ($0.id + ".csv", $0.csv) }
        }
        var tables = tables(run, zone: zone)
        if run.count > 1, let provenance {
            tables += [ReplicationTables.statistics(run), ReplicationTables.replications(run, provenance)]
        }
        return files + tables.map { ($0.name + ".csv", $0.csv) }
    }

    static func charts(_ result: RunResult, zone: UTCOffset) -> [(name: String, csv: String)] {
        let tally = result.tally
        var availability = CSVRow.render(["office", "pool", "at", "self_compose_available", "random_available"])
        var events = CSVRow.render(["office", "pool", "event", "at"])
        for pool in tally.pools {
            for sample in pool.samples {
                availability += CSVRow.render([
                    pool.key.office, pool.key.pool, sample.at.formatted(in: zone), String(sample.selfCompose),
                    String(sample.random),
                ])
            }
            var marks = pool.publications.map { ("segment_published", $0) }
            if let at = pool.exhaustedSelfCompose { marks.append(("self_compose_exhausted", at)) }
            if let at = pool.exhaustedRandom { marks.append(("random_exhausted", at)) }
            if let at = pool.exhausted { marks.append(("exhausted", at)) }
            // By time, then by name: a stable order whatever order the events were folded in.
            for (event, at) in marks.sorted(by: { ($0.1.secondsSinceEpoch, $0.0) < ($1.1.secondsSinceEpoch, $1.0) }) {
                events += CSVRow.render([pool.key.office, pool.key.pool, event, at.formatted(in: zone)])
            }
        }
        let days = ReportCharts.periodDays(result, zone: zone)
        var reservations = CSVRow.render(["date", "reserved_self_compose", "reserved_random"])
        var blacklist = CSVRow.render(["date", "blacklisted", "blacklist_hits", "blacklist_lifted"])
        for (date, day) in days {
            reservations += CSVRow.render([
                date.description, String(day.reservedSelfCompose), String(day.reservedRandom),
            ])
            blacklist += CSVRow.render([
                date.description, String(day.blacklisted), String(day.blacklistHits), String(day.blacklistLifted),
            ])
        }
        return [
            (ReportCharts.poolAvailabilityID + ".csv", availability),
            ("chart-pool-events.csv", events),
            (ReportCharts.reservationsID + ".csv", reservations),
            (ReportCharts.funnelID + ".csv", ReportTables.funnel(tally.total).csv),
            (ReportCharts.blacklistID + ".csv", blacklist),
            (ReportCharts.quotaUseID + ".csv", ReportTables.quotaUse(tally).csv),
            (ReportCharts.selfComposeID + ".csv", SelfComposeTables.attempts(tally).csv),
            (ReportCharts.waitsID + ".csv", ReportTables.waitHistogram(tally).csv),
        ]
    }

    /// The tables of the report, in report order (pool daily lows as one table with office and pool columns).
    static func tables(_ run: ReplicatedRun, zone: UTCOffset) -> [ReportTable] {
        let result = run.first
        let tally = result.tally
        return [
            ReportTables.expectations(run), ReportTables.funnel(tally.total), ReportTables.cohorts(tally),
            ReportTables.rejections(tally),
            ReportTables.quotaUse(tally), SelfComposeTables.summary(tally), SelfComposeTables.attempts(tally),
            SelfComposeTables.numbersPerConfirm(tally), SelfComposeTables.quotaUseByCohort(tally),
            ReportTables.waits(tally), ReportTables.waitHistogram(tally), ReportTables.blacklist(tally.total),
            ReportTables.pools(tally, zone: zone), ReportTables.dailyLows(tally, zone: zone), ReportTables.days(tally),
            ReportTables.scripted(result, zone: zone),
        ]
    }
}
