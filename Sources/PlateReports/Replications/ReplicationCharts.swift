import PlateRules
import PlateSimulation
import PlateStudies

/// The charts of a replicated run's Replications section: the funnel, waits and pool dates with their intervals.
enum ReplicationCharts {
    static func all(_ run: ReplicatedRun) -> [IntervalChart] {
        [funnel(run), waits(run), pools(run)].compactMap { $0 }
    }

    /// Counts per day over the replications (a day without the event in a replication counts 0 there).
    static func daily(
        _ run: ReplicatedRun, zone: UTCOffset, series: [(name: String, value: (DayTally) -> Int)], id: String,
        title: String,
        caption: String, yLabel: String
    ) -> LineChart? {
        let days = ReportCharts.periodDays(run.first, zone: zone).map(\.date)
        guard !days.isEmpty else { return nil }
        let lines: [LineChart.Series] = series.enumerated().map { index, s in
            let estimates = days.map { date in
                Estimate(run.replications.map { Double(($0.days[date.daysSinceEpoch]).map(s.value) ?? 0) })
            }
            return LineChart.Series(
                name: s.name, style: SeriesStyle.at(index), values: estimates.map(\.mean),
                intervals: estimates.map { e in e.low.flatMap { low in e.high.map { (low, $0) } } })
        }
        guard lines.contains(where: { $0.values.contains { ($0 ?? 0) > 0 } }) else { return nil }
        return LineChart(
            id: id, title: title, caption: caption, xLabel: ReportCharts.dayAxisLabel(run.first, zone: zone),
            yLabel: yLabel,
            categories: days.map(ReportCharts.dayLabel), series: lines, wholeNumbers: false)
    }

    /// Reservations per day by mode, and blacklist additions and hits per day when there were any.
    static func days(_ run: ReplicatedRun, zone: UTCOffset) -> [LineChart] {
        [
            daily(
                run, zone: zone,
                series: [("Self-compose (自编)", \.reservedSelfCompose), ("Random draw (随机)", \.reservedRandom)],
                id: "chart-replications-reservations-per-day",
                title: "Reservations per day over \(run.count) replications",
                caption:
                    "Each point is the mean number of reservations that day over the replications, by selection mode; its error bar "
                    + "is the 95 % interval of that mean.", yLabel: "Reservations per day (count)"),
            daily(
                run, zone: zone,
                series: [("Added to the blacklist", \.blacklisted), ("Blocked attempts (hits)", \.blacklistHits)],
                id: "chart-replications-blacklist-per-day",
                title: "Blacklist (黑名单) per day over \(run.count) replications",
                caption:
                    "Each point is the mean number of users blacklisted, or of attempts refused because of the blacklist, that day "
                    + "over the replications; its error bar is the 95 % interval of that mean.",
                yLabel: "Users or attempts per day (count)"),
        ].compactMap { $0 }
    }

    static func row(_ run: ReplicatedRun, _ name: String, label: String, scale: Double = 1) -> IntervalChart.Row? {
        guard let s = run.statistic(name) else { return nil }
        return IntervalChart.Row(
            label: label, values: s.values.map { $0.map { $0 / scale } }, note: Numbers.estimate(s.estimate, s.unit))
    }

    static func funnel(_ run: ReplicatedRun) -> IntervalChart? {
        let stages: [(RunCount, String)] = [
            (.applicants, "arrived"), (.refusedAtEntry, "refused at entry"), (.entered, "entered the platform"),
            (.basicInfoCompleted, "basic information done"), (.identityConfirmed, "identity confirmed (phase 2)"),
            (.reserved, "number reserved"), (.registered, "registered at the office"), (.lapsed, "reservation lapsed"),
            (.sentToOffice, "sent to the office (quotas used up)"),
        ]
        let rows = stages.compactMap { row(run, $0.0.name, label: $0.1) }
        guard !rows.isEmpty else { return nil }
        return IntervalChart(
            id: "chart-replications-funnel", title: "Outcome funnel over \(run.count) replications",
            caption:
                "Each bar is the mean count of applicants reaching a stage over the replications; the black error bar is "
                + "its 95 % confidence interval and each dot one replication.",
            xLabel: "Applicants (count)", rows: rows)
    }

    static func waits(_ run: ReplicatedRun) -> IntervalChart? {
        let names = [
            ("time_to_reservation.median_seconds", "median"), ("time_to_reservation.p90_seconds", "90th percentile"),
        ]
        let longest = names.compactMap { run.statistic($0.0)?.values.compactMap { $0 }.max() }.max() ?? 0
        guard longest > 0 else { return nil }
        let unit = DurationUnit.fitting(Int64(longest))
        let rows = names.compactMap { row(run, $0.0, label: $0.1, scale: unit.seconds) }
        return IntervalChart(
            id: "chart-replications-waits", title: "Time to reservation over \(run.count) replications",
            caption:
                "The median and 90th percentile of the time from arrival to reservation: the mean over the replications, "
                + "its 95 % interval and each replication's value.",
            xLabel: "Time to reservation (\(unit.name))", rows: rows)
    }

    /// When each mode ran out, per pool, for pools where it happened in some replication.
    static func pools(_ run: ReplicatedRun) -> IntervalChart? {
        let rows = run.statistics.filter { $0.unit == .days && $0.estimate.count > 0 }.map { s in
            let name = s.name.dropFirst("pool.".count)
            let label = name.replacingOccurrences(of: ".self_compose_exhausted_day", with: ": self-compose ran out")
                .replacingOccurrences(of: ".random_exhausted_day", with: ": random ran out")
                .replacingOccurrences(of: ".exhausted_day", with: ": every mode ran out")
            let note =
                Numbers.estimate(s.estimate, s.unit)
                + (s.estimate.definedEverywhere ? "" : " (in \(s.estimate.count) of \(s.estimate.replications))")
            return IntervalChart.Row(label: label, values: s.values, note: note)
        }
        guard !rows.isEmpty else { return nil }
        return IntervalChart(
            id: "chart-replications-pools", title: "When pools ran out, over \(run.count) replications",
            caption:
                "Days after the start at which a pool's numbers ran out in a mode: the mean over the replications in which "
                + "it happened, its 95 % interval and each replication (a pool that never ran out in a replication has no dot there).",
            xLabel: "Days after the start", rows: rows)
    }
}
