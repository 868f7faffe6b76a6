import PlateEngine
import PlateRules
import PlateSimulation
import PlateStudies

/// The six charts of `report.html`, built from a run's tally. Chart ids double as CSV names (`ChartData`).
enum ReportCharts {
    static let poolAvailabilityID = "chart-pool-availability"
    static let reservationsID = "chart-reservations-per-day"
    static let funnelID = "chart-funnel"
    static let blacklistID = "chart-blacklist-per-day"
    static let quotaUseID = "chart-quota-use"
    static let selfComposeID = "chart-self-compose-attempts"
    static let waitsID = "chart-time-to-reservation"

    /// The pools worth a panel: those whose availability moved, or that were replenished or ran out.
    /// When none did, the first pool stands for all of them, so the chart is never missing.
    static func changingPools(_ tally: RunTally) -> [PoolTally] {
        let changing = tally.pools.filter { pool in
            let first = pool.samples.first
            return pool.samples.contains { $0.selfCompose != first?.selfCompose || $0.random != first?.random }
                || !pool.publications.isEmpty || pool.exhausted != nil || pool.exhaustedSelfCompose != nil
                || pool.exhaustedRandom != nil
        }
        return changing.isEmpty ? Array(tally.pools.prefix(1)) : changing
    }

    /// One step-chart panel per changing pool: available numbers per mode, publications and exhaustion.
    static func poolAvailability(_ result: RunResult, zone: UTCOffset) -> [StepChart] {
        changingPools(result.tally).enumerated().map { index, pool in
            func when(_ instant: Instant) -> String { TimeTicks.label(instant, zone: zone, withTime: true) }
            var rules: [StepChart.Rule] = []
            if let at = pool.exhaustedSelfCompose {
                rules.append(
                    .init(
                        label: "Self-compose ran out \(when(at))", at: at, colour: Palette.vermillion, dash: "6 3",
                        marker: .triangleDown))
            }
            if let at = pool.exhaustedRandom {
                rules.append(
                    .init(
                        label: "Random ran out \(when(at))", at: at, colour: Palette.purple, dash: "9 3 2 3",
                        marker: .square))
            }
            if let at = pool.exhausted {
                rules.append(
                    .init(
                        label: "No number left in any mode \(when(at))", at: at, colour: Palette.black, dash: "2 2",
                        marker: .diamond))
            }
            let ticks: [StepChart.Ticks] =
                pool.publications.isEmpty
                ? []
                : [
                    .init(
                        label: "Segment published (\(pool.publications.count)×)", instants: pool.publications,
                        colour: Palette.green, marker: .triangleUp)
                ]
            return StepChart(
                id: "\(poolAvailabilityID)-\(index + 1)",
                title: "Available numbers (号池) over time: \(pool.key.office) / \(pool.key.pool)",
                caption:
                    "Each line is how many numbers were left to choose in that mode, sampled hourly: it falls as numbers are reserved, "
                    + "rises when segments are published (triangles on the time axis) or numbers return, and a vertical line marks when a mode ran out.",
                yLabel: "Numbers available (count)", start: result.scenario.start, end: result.scenario.until,
                zone: zone,
                series: [
                    .init(
                        name: "Self-compose (自编) available", style: SeriesStyle.at(0),
                        points: pool.samples.map { ($0.at, $0.selfCompose) }),
                    .init(
                        name: "Random (随机) available", style: SeriesStyle.at(1),
                        points: pool.samples.map { ($0.at, $0.random) }),
                ],
                rules: rules, ticks: ticks)
        }
    }

    /// Every local day of the period (days without events too, so the time axis has no gaps).
    static func periodDays(_ result: RunResult, zone: UTCOffset) -> [(date: CivilDate, day: DayTally)] {
        let days = result.tally.days
        let first = min(result.scenario.start.date(in: zone).daysSinceEpoch, days.keys.min() ?? .max)
        let last = max(result.scenario.until.date(in: zone).daysSinceEpoch, days.keys.max() ?? .min)
        guard first <= last else { return [] }
        return (first...last).map { (CivilDate(daysSinceEpoch: $0), days[$0] ?? DayTally()) }
    }

    static func dayLabel(_ date: CivilDate) -> String {
        zeroPadded(date.month, width: 2) + "-" + zeroPadded(date.day, width: 2)
    }

    static func dayAxisLabel(_ result: RunResult, zone: UTCOffset) -> String {
        "Local date, month-day (UTC\(zone); \(result.scenario.start.date(in: zone)) to \(result.scenario.until.date(in: zone)))"
    }

    static func reservationsPerDay(_ result: RunResult, zone: UTCOffset) -> BarChart {
        let days = periodDays(result, zone: zone)
        return BarChart(
            id: reservationsID, title: "Reservations per day by selection mode",
            caption:
                "Each bar is one day: its height is the number of plate numbers reserved that day, split into numbers the applicants "
                + "composed themselves (self-compose, 自编) and numbers taken from random draws (随机).",
            xLabel: dayAxisLabel(result, zone: zone), yLabel: "Reservations per day (count)",
            categories: days.map { dayLabel($0.date) },
            series: [
                .init(name: "Self-compose (自编)", values: days.map(\.day.reservedSelfCompose)),
                .init(name: "Random draw (随机)", values: days.map(\.day.reservedRandom)),
            ],
            layout: .stacked)
    }

    static func funnel(_ result: RunResult) -> HorizontalBarChart {
        let total = result.tally.total
        return HorizontalBarChart(
            id: funnelID, title: "Outcome funnel: how far applicants got",
            caption:
                "Each bar counts the applicants who reached a stage at least once, with their share of all arrivals; "
                + "hatched bars count those turned away at entry, whose reservation lapsed, or who were sent to the office counter.",
            xLabel: "Applicants (count)", yLabel: "Stage",
            seriesNames: ["Reached this stage", "Turned away, lapsed or sent to the office"],
            bars: ReportTables.funnelStages(total).map {
                .init(
                    label: $0.label, value: $0.count, note: "(" + percent($0.count, of: total.applicants) + ")",
                    series: $0.leaving ? 1 : 0)
            })
    }

    static func blacklistPerDay(_ result: RunResult, zone: UTCOffset) -> BarChart {
        let days = periodDays(result, zone: zone)
        return BarChart(
            id: blacklistID, title: "Blacklist (黑名单) per day: additions, blocked attempts and releases",
            caption: "For each day, the three bars count users added to the blacklist after a reservation lapsed, "
                + "attempts refused because the user was blacklisted, and users whose blacklisting ended.",
            xLabel: dayAxisLabel(result, zone: zone), yLabel: "Users or attempts per day (count)",
            categories: days.map { dayLabel($0.date) },
            series: [
                .init(name: "Added to the blacklist", values: days.map(\.day.blacklisted)),
                .init(name: "Blocked attempts (hits)", values: days.map(\.day.blacklistHits)),
                .init(name: "Released", values: days.map(\.day.blacklistLifted)),
            ],
            layout: .grouped)
    }

    static func quotaUse(_ result: RunResult) -> BarChart {
        let rows = ReportTables.quotaUseRows(result.tally)
        return BarChart(
            id: quotaUseID, title: "Quota use: numbers each applicant used",
            caption:
                "Bars count applicants by how many self-composed numbers and how many random draws they used over all sessions "
                + "of one vehicle; bars far to the right mean applicants came close to using up their quota.",
            xLabel: "Numbers used per applicant (count, all sessions of one vehicle)", yLabel: "Applicants (count)",
            categories: rows.map { String($0.used) },
            series: [
                .init(name: "Self-composed numbers used", values: rows.map(\.selfCompose)),
                .init(name: "Random draws used", values: rows.map(\.draws)),
            ],
            layout: .grouped, valueLabels: true)
    }

    static func selfComposeAttempts(_ result: RunResult) -> BarChart {
        let s = result.tally.total.selfCompose
        let attempts = s.confirmsAtAttempt.indices
        return BarChart(
            id: selfComposeID, title: "Self-compose confirms by attempt: a number reserved, or all N taken",
            caption:
                "Each stack counts the confirms that were a vehicle's first, second, … attempt: the lower part reserved a number, "
                + "the upper part found every entered number already taken (the share reserved is written above). Stacks that shrink "
                + "slowly to the right mean applicants spend many attempts on taken numbers.",
            xLabel: "Attempt (a vehicle's k-th confirm, all sessions)", yLabel: "Confirms (count)",
            categories: attempts.map { String($0 + 1) },
            series: [
                .init(name: "Reserved a number", values: attempts.map { s.reservedAtAttempt[$0] }),
                .init(name: "All N taken", values: attempts.map { s.confirmsAtAttempt[$0] - s.reservedAtAttempt[$0] }),
            ],
            layout: .stacked, valueLabels: true,
            valueNotes: attempts.map { "(" + percent(s.reservedAtAttempt[$0], of: s.confirmsAtAttempt[$0]) + ")" })
    }

    static func timeToReservation(_ result: RunResult) -> BarChart {
        let all = WaitStatistics(sorted: result.tally.sortedAllWaits)
        return BarChart(
            id: waitsID, title: "Time to reservation",
            caption:
                "Each bar counts reservations by how long the applicant took from arriving on the platform to reserving a number "
                + "(share of all reservations above the bar); bars further right mean longer waits.",
            xLabel: "Time from arrival to reservation (bucket)", yLabel: "Reservations (count)",
            categories: WaitStatistics.buckets.map(\.label),
            series: [.init(name: "Reservations", values: all.histogram)],
            layout: .grouped, valueLabels: true,
            valueNotes: all.histogram.map { "(" + percent($0, of: all.count) + ")" })
    }
}
