import PlateEngine
import PlateMarkup
import PlateRules
import PlateSimulation
import PlateStudies

/// The header and the sections of `report.html`: the same tables as `report.md`, with the charts.
extension HTMLReport {
    static func header(_ run: ReplicatedRun, _ p: RunProvenance, zone: UTCOffset) -> String {
        let result = run.first
        var out =
            "<header>\n<p class=\"kicker\">PlateLab run report · online licence-plate pre-selection (互联网预选机动车号牌)</p>\n"
        out += "<h1>\(HTMLEscaping.escape(result.scenario.name))</h1>\n"
        if let description = result.scenario.description {
            out += "<p class=\"description\">\(HTMLEscaping.escape(description))</p>\n"
        }
        out += banner(run)
        return out
            + HTMLPage.meta(
                ReportTables.provenance(result, p, zone: zone, replications: run.count, precision: run.precision))
            + "</header>\n"
    }

    /// Pass or fail in words and symbol as well as colour, counting run expectations and scripted-step checks apart.
    static func banner(_ run: ReplicatedRun) -> String {
        let expectations = run.verdicts.count
        let checks = run.first.steps.filter(\.checked).count * run.count
        let failedExpectations = run.verdicts.filter { !$0.holds }.count
        let failedChecks = run.failedSteps
        guard expectations + checks > 0 else {
            return
                "<p class=\"banner none\" role=\"status\"><strong>NO CHECKS</strong> — this scenario sets no expectations.</p>\n"
        }
        func counted(_ failed: Int?, _ total: Int, _ noun: String) -> String? {
            guard total > 0 else { return nil }
            return (failed.map { "\($0) of " } ?? "") + "\(total) \(noun)" + (total == 1 ? "" : "s")
        }
        if failedExpectations + failedChecks == 0 {
            let what = [counted(nil, expectations, "run expectation"), counted(nil, checks, "scripted-step check")]
                .compactMap { $0 }
            return
                "<p class=\"banner pass\" role=\"status\"><strong>✓ PASS</strong> — all \(what.joined(separator: " and ")) hold.</p>\n"
        }
        let what = [
            failedExpectations > 0 ? counted(failedExpectations, expectations, "run expectation") : nil,
            failedChecks > 0 ? counted(failedChecks, checks, "scripted-step check") : nil,
        ].compactMap { $0 }
        return
            "<p class=\"banner fail\" role=\"status\"><strong>✗ FAIL</strong> — failed: \(what.joined(separator: " and ")); "
            + "see <a href=\"#expectations\">Expectations</a>\(failedChecks > 0 ? " and <a href=\"#scripted\">Scripted users</a>" : "").</p>\n"
    }

    static func expectationsSection(_ run: ReplicatedRun) -> String {
        let result = run.first
        var body = ""
        if run.verdicts.isEmpty {
            body += paragraph("This scenario sets no run-level expectations.")
        } else {
            body += paragraph(
                run.count > 1
                    ? "What the scenario file requires of the run, and what was observed over \(run.count) replications: the mean (± half its 95 % interval), or each replication where the expectation says so."
                    : "What the scenario file requires of the run, and what was observed.")
            body += table(ReportTables.expectations(run))
        }
        let failures = run.failedSteps
        if failures > 0 {
            body += paragraph("\(failures) scripted step(s) did not meet their expectation: see Scripted users.")
        }
        return section("expectations", result, body)
    }

    static func replicationsSection(_ run: ReplicatedRun, _ provenance: RunProvenance, zone: UTCOffset) -> String {
        var body = paragraph(ReplicationText.intro(run))
        body +=
            "<h3>Headline figures</h3>\n"
            + table(
                ReplicationTables.statistics(run, name: "table-statistics-headline") {
                    ReplicationTables.headline.contains($0.name)
                })
        for chart in ReplicationCharts.all(run) { body += figure(chart.svg, caption: chart.caption) }
        for chart in ReplicationCharts.days(run, zone: zone) { body += figure(chart.svg, caption: chart.caption) }
        body += "<h3>Every replication</h3>\n" + table(ReplicationTables.replications(run, provenance))
        body += "<h3>Every figure</h3>\n" + table(ReplicationTables.statistics(run))
        body += paragraph(ReplicationText.detail)
        return section("replications", run.first, body)
    }

    static func funnelSection(_ result: RunResult) -> String {
        let chart = ReportCharts.funnel(result)
        return section(
            "funnel", result,
            figure(chart.svg, caption: chart.caption) + table(ReportTables.funnel(result.tally.total))
                + "<h3>Outcomes per cohort</h3>\n" + table(ReportTables.cohorts(result.tally)))
    }

    static func rejectionsSection(_ result: RunResult) -> String {
        let tally = result.tally
        let body =
            tally.rejections.isEmpty
            ? paragraph("No step was rejected.")
            : paragraph(
                "Every refused step, by the reason the platform gave; an applicant may be refused more than once.")
                + table(ReportTables.rejections(tally))
        return section("rejections", result, body)
    }

    static func quotaSection(_ result: RunResult) -> String {
        let chart = ReportCharts.quotaUse(result)
        let body =
            result.tally.selfComposeUse.isEmpty && result.tally.drawUse.isEmpty
            ? paragraph("Nobody reached the selection screen.")
            : table(ReportTables.quotaUse(result.tally))
        return section("quota-use", result, figure(chart.svg, caption: chart.caption) + body)
    }

    static func selfComposeSection(_ result: RunResult) -> String {
        let tally = result.tally
        guard tally.total.selfCompose.confirms > 0 else {
            return section(
                "self-compose", result,
                paragraph(SelfComposeText.intro) + paragraph("Nobody confirmed a self-composed number."))
        }
        let chart = ReportCharts.selfComposeAttempts(result)
        return section(
            "self-compose", result,
            paragraph(SelfComposeText.intro) + table(SelfComposeTables.summary(tally))
                + figure(chart.svg, caption: chart.caption) + "<h3>Success by attempt</h3>\n"
                + paragraph(SelfComposeText.attempts)
                + table(SelfComposeTables.attempts(tally))
                + "<h3>Numbers tried per confirm</h3>\n" + table(SelfComposeTables.numbersPerConfirm(tally))
                + "<h3>Self-composed numbers used per applicant, by cohort</h3>\n"
                + table(SelfComposeTables.quotaUseByCohort(tally)))
    }

    static func waitsSection(_ result: RunResult) -> String {
        let chart = ReportCharts.timeToReservation(result)
        return section(
            "waits", result,
            paragraph("From arrival on the platform to the reservation.") + figure(chart.svg, caption: chart.caption)
                + table(ReportTables.waits(result.tally)) + table(ReportTables.waitHistogram(result.tally)))
    }

    static func blacklistSection(_ result: RunResult, zone: UTCOffset) -> String {
        let chart = ReportCharts.blacklistPerDay(result, zone: zone)
        return section(
            "blacklist", result,
            figure(chart.svg, caption: chart.caption) + table(ReportTables.blacklist(result.tally.total)))
    }

    static func poolsSection(_ result: RunResult, zone: UTCOffset) -> String {
        let tally = result.tally
        var body = paragraph(
            "Available numbers per office pool and mode (号池公示), sampled hourly; exhaustion and publications during the run. "
                + "A panel is drawn for each pool whose availability changed; times are local (UTC\(zone)).")
        for panel in ReportCharts.poolAvailability(result, zone: zone) {
            body += figure(panel.svg, caption: panel.caption)
        }
        body += table(ReportTables.pools(tally, zone: zone))
        // Short tables side by side: one per pool would otherwise run for pages.
        body += "<h3>Lowest available per day</h3>\n<div class=\"lows\">\n"
        for pool in tally.pools where !pool.samples.isEmpty {
            body += "<div>\n<h4>\(HTMLEscaping.escape("\(pool.key.office) / \(pool.key.pool)"))</h4>\n"
            body += ReportTables.dailyLows(tally, pool: pool.key, zone: zone).html + "</div>\n"
        }
        return section("pools", result, body + "</div>\n")
    }

    static func daysSection(_ result: RunResult, zone: UTCOffset) -> String {
        let chart = ReportCharts.reservationsPerDay(result, zone: zone)
        return section(
            "days", result, figure(chart.svg, caption: chart.caption) + table(ReportTables.days(result.tally)))
    }

    static func scriptedSection(_ result: RunResult, zone: UTCOffset) -> String {
        section("scripted", result, table(ReportTables.scripted(result, zone: zone)))
    }
}
