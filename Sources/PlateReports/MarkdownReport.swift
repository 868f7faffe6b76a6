import PlateEngine
import PlateRules
import PlateSimulation

/// `report.md`: the run for people — funnel, cohorts, rejections, quotas, waits, blacklist, pools.
public enum MarkdownReport {
    public static func render(_ result: RunResult, _ provenance: RunProvenance, zone: UTCOffset) -> String {
        let tally = result.tally
        var out = "# \(result.scenario.name)\n\n"
        if let description = result.scenario.description { out += description + "\n\n" }
        out += header(result, provenance, zone: zone)
        out += expectations(result)
        out += "## Outcome funnel\n\n" + funnel(tally.total).rendered + "\n"
        out += "## Outcomes per cohort\n\n" + cohorts(tally).rendered + "\n"
        out += rejections(tally)
        out += quotaUse(tally)
        out += selfCompose(tally)
        out += waits(tally)
        out += blacklist(tally)
        out += pools(tally, zone: zone)
        out += days(tally)
        if !result.steps.isEmpty { out += scripted(result, zone: zone) }
        return out
    }

    static func header(_ result: RunResult, _ p: RunProvenance, zone: UTCOffset) -> String {
        var t = MarkdownTable(["", ""])
        t.rightAligned = []
        t.add(["Scenario", "`\(p.scenarioFile)`"])
        t.add(["Rule files", p.ruleFiles.map { "`\($0)`" }.joined(separator: ", ")])
        t.add(["Changes", p.changes.isEmpty ? "none" : p.changes.map { "`\($0)`" }.joined(separator: ", ")])
        t.add(["Effective rules SHA-256", "`\(p.rulesSHA256)`"])
        t.add(["Seed", String(p.seed)])
        t.add(["Period", result.scenario.start.formatted(in: zone) + " – " + result.scenario.until.formatted(in: zone)])
        t.add(["PlateLab", p.version])
        t.add(["Reproduce", "`\(p.command)`"])
        return t.rendered + "\n"
    }

    static func expectations(_ result: RunResult) -> String {
        guard !result.verdicts.isEmpty else { return "" }
        var t = MarkdownTable(["Expectation", "Expected", "Observed", "Result", "Where"])
        t.rightAligned = [2]
        for v in result.verdicts {
            t.add([v.expectation.metric, v.expectation.requirement.phrase, v.observed.map { v.expectation.requirement.show($0) } ?? "–",
                   v.holds ? "pass" : "**FAIL**", "\(v.expectation.location.file):\(v.expectation.location.line)"])
        }
        let failed = result.verdicts.filter { !$0.holds }.count + result.steps.filter { $0.failure != nil }.count
        return "## Expectations: \(failed == 0 ? "all hold" : "\(failed) failed")\n\n" + t.rendered + "\n"
    }

    static func funnel(_ c: CohortTally) -> MarkdownTable {
        var t = MarkdownTable(["Stage", "Applicants", "Share of arrivals"])
        let rows: [(String, Int)] = [
            ("arrived", c.applicants), ("refused at entry", c.refused), ("entered the platform", c.entered),
            ("basic information done", c.basicInfoCompleted), ("identity confirmed (phase 2)", c.identityConfirmed),
            ("number reserved", c.reserved), ("registered at the office", c.registered), ("reservation lapsed", c.lapsed),
            ("sent to the office (quotas used up)", c.sentToOffice),
        ]
        for (label, n) in rows { t.add([label, String(n), percent(n, of: c.applicants)]) }
        return t
    }

    static func cohorts(_ tally: RunTally) -> MarkdownTable {
        var t = MarkdownTable(["Cohort", "Arrived", "Refused", "Reserved", "Self-compose", "Random", "Registered", "Lapsed",
                               "To office", "Reservation rate"])
        for (index, name) in tally.cohortNames.enumerated() where tally.cohorts[index].applicants > 0 {
            let c = tally.cohorts[index]
            t.add([name, String(c.applicants), String(c.refused), String(c.reserved), String(c.reservedSelfCompose),
                   String(c.reservedRandom), String(c.registered), String(c.lapsed), String(c.sentToOffice), percent(c.reserved, of: c.applicants)])
        }
        return t
    }

    static func rejections(_ tally: RunTally) -> String {
        let out = "## Rejections by reason\n\n"
        guard !tally.rejections.isEmpty else { return out + "No step was rejected.\n\n" }
        let active = tally.cohortNames.indices.filter { tally.cohorts[$0].applicants > 0 }
        var t = MarkdownTable(["Reason", "All"] + active.map { tally.cohortNames[$0] })
        for (reason, count) in RejectionOrder.sorted(tally.rejections) {
            t.add(["`\(reason)`", String(count)] + active.map { String(tally.cohortRejections[$0][reason] ?? 0) })
        }
        return out + t.rendered + "\n"
    }

    static func quotaUse(_ tally: RunTally) -> String {
        let out = "## Quota use\n\nApplicants by how many self-composed numbers and random draws they used (all sessions of a VIN).\n\n"
        let top = max(tally.selfComposeUse.keys.max() ?? 0, tally.drawUse.keys.max() ?? 0)
        guard !tally.selfComposeUse.isEmpty else { return out + "Nobody reached the selection screen.\n\n" }
        var t = MarkdownTable(["Used", "Self-compose numbers", "Draws"])
        for used in 0...top where tally.selfComposeUse[used] != nil || tally.drawUse[used] != nil {
            t.add([String(used), String(tally.selfComposeUse[used] ?? 0), String(tally.drawUse[used] ?? 0)])
        }
        return out + t.rendered + "\n"
    }

    static func selfCompose(_ tally: RunTally) -> String {
        var out = "## Self-compose (自编)\n\n" + SelfComposeText.intro + "\n\n"
        guard tally.total.selfCompose.confirms > 0 else { return out + "Nobody confirmed a self-composed number.\n\n" }
        out += SelfComposeTables.summary(tally).markdown + "\n"
        out += "### Success by attempt\n\n" + SelfComposeText.attempts + "\n\n" + SelfComposeTables.attempts(tally).markdown + "\n"
        out += "### Numbers tried per confirm\n\n" + SelfComposeTables.numbersPerConfirm(tally).markdown + "\n"
        out += "### Self-composed numbers used per applicant, by cohort\n\n" + SelfComposeTables.quotaUseByCohort(tally).markdown + "\n"
        return out
    }

    static func waits(_ tally: RunTally) -> String {
        var out = "## Time to reservation\n\nFrom arrival on the platform to the reservation.\n\n"
        var t = MarkdownTable(["Cohort", "Reserved", "Median", "90th percentile", "Longest"])
        for (index, name) in tally.cohortNames.enumerated() where tally.cohorts[index].applicants > 0 {
            let w = WaitStatistics(sorted: tally.sortedWaits[index])
            t.add([name, String(w.count), WaitStatistics.readable(w.median), WaitStatistics.readable(w.p90), WaitStatistics.readable(w.max)])
        }
        out += t.rendered + "\n"
        let all = WaitStatistics(sorted: tally.sortedAllWaits)
        var h = MarkdownTable(["Waited", "Reservations", "Share"])
        for (index, bucket) in WaitStatistics.buckets.enumerated() {
            h.add([bucket.label, String(all.histogram[index]), percent(all.histogram[index], of: all.count)])
        }
        return out + h.rendered + "\n"
    }

    static func blacklist(_ tally: RunTally) -> String {
        let c = tally.total
        let out = "## Blacklist\n\n"
        var t = MarkdownTable(["", "Count"])
        t.add(["reservations lapsed", String(c.lapsed)])
        t.add(["users added to the blacklist", String(c.blacklisted)])
        t.add(["blocked attempts (blacklist hits)", String(c.blacklistHits)])
        t.add(["users released (blacklist ended)", String(c.blacklistLifted)])
        return out + t.rendered + "\n"
    }

    static func pools(_ tally: RunTally, zone: UTCOffset) -> String {
        var out = "## Pools\n\nAvailable numbers per office pool and mode (号池公示), sampled hourly; exhaustion and publications during the run.\n\n"
        var t = MarkdownTable(["Office / pool", "Self-compose start → end", "Random start → end", "Self-compose exhausted",
                               "Exhausted (any mode)", "Segments published", "Numbers returned"])
        t.rightAligned = [5, 6]
        for pool in tally.pools {
            let first = pool.samples.first, last = pool.samples.last
            t.add(["\(pool.key.office) / \(pool.key.pool)",
                   "\(first?.selfCompose ?? 0) → \(last?.selfCompose ?? 0)", "\(first?.random ?? 0) → \(last?.random ?? 0)",
                   pool.exhaustedSelfCompose.map { $0.formatted(in: zone) } ?? "no", pool.exhausted.map { $0.formatted(in: zone) } ?? "no",
                   String(pool.segmentsPublished), String(pool.numbersReturned)])
        }
        out += t.rendered + "\n"
        // Daily lows show the squeeze without printing every hour.
        for pool in tally.pools where !pool.samples.isEmpty {
            out += "### \(pool.key.office) / \(pool.key.pool): lowest available per day\n\n"
            var d = MarkdownTable(["Date", "Self-compose", "Random"])
            var byDay: [(CivilDate, Int, Int)] = []
            for sample in pool.samples {
                let date = sample.at.date(in: zone)
                if let last = byDay.last, last.0 == date {
                    byDay[byDay.count - 1] = (date, min(last.1, sample.selfCompose), min(last.2, sample.random))
                } else {
                    byDay.append((date, sample.selfCompose, sample.random))
                }
            }
            for (date, selfCompose, random) in byDay { d.add([date.description, String(selfCompose), String(random)]) }
            out += d.rendered + "\n"
        }
        return out
    }

    static func days(_ tally: RunTally) -> String {
        var t = MarkdownTable(["Date", "Arrivals", "Reserved (self-compose)", "Reserved (random)", "Registered", "Lapsed",
                               "Blacklisted", "Blacklist hits", "Released"])
        t.rightAligned = Set(1..<9)
        for key in tally.days.keys.sorted() {
            let d = tally.days[key]!
            t.add([CivilDate(daysSinceEpoch: key).description, String(d.arrivals), String(d.reservedSelfCompose), String(d.reservedRandom),
                   String(d.registered), String(d.lapsed), String(d.blacklisted), String(d.blacklistHits), String(d.blacklistLifted)])
        }
        return "## Day by day\n\n" + t.rendered + "\n"
    }

    static func scripted(_ result: RunResult, zone: UTCOffset) -> String {
        var t = MarkdownTable(["User", "Step", "At", "Outcome", "Check", "Where"])
        t.rightAligned = [1]
        for s in result.steps {
            t.add([s.user, String(s.step), s.at.formatted(in: zone), s.outcome.description, s.failure.map { "**FAIL**: \($0)" } ?? (s.checked ? "ok" : "–"),
                   "\(s.location.file):\(s.location.line)"])
        }
        return "## Scripted users\n\n" + t.rendered + "\n"
    }
}
