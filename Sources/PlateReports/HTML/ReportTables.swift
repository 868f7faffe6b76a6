import PlateEngine
import PlateRules
import PlateScenarios
import PlateSimulation
import PlateStudies

/// The tables of `report.md`, as `ReportTable`s shared by `report.html` and the CSV files.
enum ReportTables {
    typealias Column = ReportTable.Column
    typealias Cell = ReportTable.Cell

    /// A page's provenance: a label and a value per row (`report.html`'s header, the top of `report.md`).
    static func provenanceTable(_ name: String, _ rows: [(String, Cell)]) -> ReportTable {
        var t = ReportTable(name, [Column("", "field", numeric: false), Column("", "value", numeric: false)])
        for (label, value) in rows { t.add([.text(label), value]) }
        return t
    }

    /// Where the run came from and how to run it again (with its replications when there are several).
    static func provenance(
        _ result: RunResult, _ p: RunProvenance, zone: UTCOffset, replications: Int = 1,
        precision: PrecisionOutcome? = nil
    ) -> ReportTable {
        let until =
            precision.map { o in
                o.reached
                    ? "; added until \(o.precision)"
                    : "; \(o.precision) not reached within the most allowed, \(o.maximum)"
            } ?? ""
        let replicated: [(String, Cell)] =
            replications > 1
            ? [
                (
                    "Replications",
                    .text(
                        "\(replications), each on its own seed (see Replications); the seed above is replication 1's"
                            + until)
                )
            ] : []
        return provenanceTable(
            "table-provenance",
            [
                ("Scenario file", .code(p.scenarioFile)),
                ("Rule files", .codes(p.ruleFiles)),
                ("Changes", p.changes.isEmpty ? .text("none") : .codes(p.changes)),
                ("Effective rules SHA-256", .code(p.rulesSHA256)),
                ("Seed", .text(String(p.seed))),
            ] + replicated + [
                (
                    "Period",
                    .text(result.scenario.start.formatted(in: zone) + " – " + result.scenario.until.formatted(in: zone))
                ),
                ("PlateLab version", .text(p.version)),
                (
                    "Reproduce with",
                    .code(
                        replications > 1
                            ? p.commandStem + " --replications \(replications) --seed \(p.seed)" : p.command)
                ),
            ])
    }

    /// Expectation | Expected | Observed | Result | Where; over replications the observed mean with its interval, and
    /// whether each replication must meet it.
    static func expectations(_ run: ReplicatedRun) -> ReportTable {
        let replicated = run.count > 1
        var t = ReportTable(
            "table-expectations",
            [Column("Expectation", "metric", numeric: false), Column("Expected", "expected", numeric: false)]
                + (replicated ? [Column("Applies to", "applies_to", numeric: false)] : [])
                + [
                    Column("Observed", "observed"), Column("Result", "result", numeric: false),
                    Column("Where", "location", numeric: false),
                ])
        for v in run.verdicts {
            let applies: [Cell] =
                replicated ? [.text(v.expectation.inEveryReplication ? "every replication" : "the mean")] : []
            let observed: Cell
            if replicated {
                let failing = v.failingReplications
                let text =
                    v.observedText
                    + (v.expectation.inEveryReplication && !failing.isEmpty
                        ? "; fails in replication " + failing.map(String.init).joined(separator: ", ") : "")
                observed = Cell(text: text, value: v.estimate?.mean.map { FixedDecimals.text($0, decimals: 4) } ?? "")
            } else {
                observed = v.observed[0].map { .text(v.expectation.requirement.show($0)) } ?? Cell(text: "–", value: "")
            }
            t.add(
                [.code(v.expectation.metric), .text(v.expectation.requirement.phrase)] + applies
                    + [
                        observed, .verdict(v.holds),
                        .text("\(v.expectation.location.file):\(v.expectation.location.line)"),
                    ])
        }
        return t
    }

    /// The funnel's stages in order; `leaving` marks stages where applicants drop out or are turned away.
    static func funnelStages(_ c: CohortTally) -> [(label: String, count: Int, leaving: Bool)] {
        [
            ("arrived", c.applicants, false), ("refused at entry", c.refused, true),
            ("entered the platform", c.entered, false),
            ("basic information done", c.basicInfoCompleted, false),
            ("identity confirmed (phase 2)", c.identityConfirmed, false),
            ("number reserved", c.reserved, false), ("registered at the office", c.registered, false),
            ("reservation lapsed", c.lapsed, true),
            ("sent to the office (quotas used up)", c.sentToOffice, true),
        ]
    }

    static func funnel(_ c: CohortTally) -> ReportTable {
        var t = ReportTable(
            "table-funnel",
            [
                Column("Stage", "stage", numeric: false), Column("Applicants", .applicants),
                Column("Share of arrivals", "share_of_arrivals_percent"),
            ])
        for stage in funnelStages(c) {
            t.add([.text(stage.label), .count(stage.count), .percent(stage.count, of: c.applicants)])
        }
        return t
    }

    /// Cohorts that had applicants, with their index into the tally.
    static func activeCohorts(_ tally: RunTally) -> [Int] {
        tally.cohortNames.indices.filter { tally.cohorts[$0].applicants > 0 }
    }

    static func cohorts(_ tally: RunTally) -> ReportTable {
        var t = ReportTable(
            "table-cohorts",
            [
                Column("Cohort", "cohort", numeric: false), Column("Arrived", "arrived"), Column("Refused", "refused"),
                Column("Reserved", .reserved), Column("Self-compose", .reservedSelfCompose),
                Column("Random", .reservedRandom), Column("Registered", .registered), Column("Lapsed", .lapsed),
                Column("To office", .sentToOffice), Column("Reservation rate", "reservation_rate_percent"),
            ])
        for index in activeCohorts(tally) {
            let c = tally.cohorts[index]
            t.add([
                .name(tally.cohortNames[index]), .count(c.applicants), .count(c.refused), .count(c.reserved),
                .count(c.reservedSelfCompose),
                .count(c.reservedRandom), .count(c.registered), .count(c.lapsed), .count(c.sentToOffice),
                .percent(c.reserved, of: c.applicants),
            ])
        }
        return t
    }

    static func rejections(_ tally: RunTally) -> ReportTable {
        let active = activeCohorts(tally)
        var t = ReportTable(
            "table-rejections",
            [Column("Reason", "reason", numeric: false), Column("All", "all")]
                + active.map { Column(tally.cohortNames[$0], tally.cohortNames[$0]) })
        for (reason, count) in RejectionOrder.sorted(tally.rejections) {
            t.add([.code(reason), .count(count)] + active.map { .count(tally.cohortRejections[$0][reason] ?? 0) })
        }
        return t
    }

    /// Numbers used from 0 to the largest anyone used, skipping counts nobody had.
    static func quotaUseRows(_ tally: RunTally) -> [(used: Int, selfCompose: Int, draws: Int)] {
        guard !tally.selfComposeUse.isEmpty || !tally.drawUse.isEmpty else { return [] }
        let top = max(tally.selfComposeUse.keys.max() ?? 0, tally.drawUse.keys.max() ?? 0)
        return (0...top).filter { tally.selfComposeUse[$0] != nil || tally.drawUse[$0] != nil }
            .map { ($0, tally.selfComposeUse[$0] ?? 0, tally.drawUse[$0] ?? 0) }
    }

    static func quotaUse(_ tally: RunTally) -> ReportTable {
        var t = ReportTable(
            "table-quota-use",
            [
                Column("Used", "used"), Column("Self-compose numbers", "applicants_by_self_compose_numbers_used"),
                Column("Draws", "applicants_by_draws_used"),
            ])
        for row in quotaUseRows(tally) { t.add([.count(row.used), .count(row.selfCompose), .count(row.draws)]) }
        return t
    }

    static func waits(_ tally: RunTally) -> ReportTable {
        var t = ReportTable(
            "table-waits",
            [
                Column("Cohort", "cohort", numeric: false), Column("Reserved", .reserved),
                Column("Median", "median_seconds"), Column("90th percentile", "p90_seconds"),
                Column("Longest", "max_seconds"),
            ])
        for index in activeCohorts(tally) {
            let w = WaitStatistics(sorted: tally.sortedWaits[index])
            t.add([
                .name(tally.cohortNames[index]), .count(w.count), .duration(w.median), .duration(w.p90),
                .duration(w.max),
            ])
        }
        return t
    }

    static func waitHistogram(_ tally: RunTally) -> ReportTable {
        let all = WaitStatistics(sorted: tally.sortedAllWaits)
        var t = ReportTable(
            "table-wait-histogram",
            [
                Column("Waited", "waited", numeric: false), Column("Reservations", "reservations"),
                Column("Share", "share_percent"),
            ])
        for (index, bucket) in WaitStatistics.buckets.enumerated() {
            t.add([.text(bucket.label), .count(all.histogram[index]), .percent(all.histogram[index], of: all.count)])
        }
        return t
    }

    static func blacklist(_ c: CohortTally) -> ReportTable {
        var t = ReportTable("table-blacklist", [Column("", "measure", numeric: false), Column("Count", "count")])
        t.add([Cell(text: "reservations lapsed", value: "lapsed"), .count(c.lapsed)])
        t.add([Cell(text: "users added to the blacklist", value: "blacklisted"), .count(c.blacklisted)])
        t.add([Cell(text: "blocked attempts (blacklist hits)", value: "blacklist_hits"), .count(c.blacklistHits)])
        t.add([Cell(text: "users released (blacklist ended)", value: "blacklist_lifted"), .count(c.blacklistLifted)])
        return t
    }

    static func pools(_ tally: RunTally, zone: UTCOffset) -> ReportTable {
        var t = ReportTable(
            "table-pools",
            [
                Column("Office", "office", numeric: false), Column("Pool", "pool", numeric: false),
                Column("Self-compose at start", "self_compose_at_start"),
                Column("Self-compose at end", "self_compose_at_end"),
                Column("Random at start", "random_at_start"), Column("Random at end", "random_at_end"),
                Column("Self-compose ran out", "self_compose_exhausted_at", numeric: false),
                Column("All modes ran out", "exhausted_at", numeric: false),
                Column("Segments published", "segments_published"), Column("Numbers returned", "numbers_returned"),
            ])
        for pool in tally.pools {
            let first = pool.samples.first
            let last = pool.samples.last
            t.add([
                .name(pool.key.office), .name(pool.key.pool), .count(first?.selfCompose ?? 0),
                .count(last?.selfCompose ?? 0),
                .count(first?.random ?? 0), .count(last?.random ?? 0),
                .instant(pool.exhaustedSelfCompose, zone: zone, absent: "no"),
                .instant(pool.exhausted, zone: zone, absent: "no"), .count(pool.segmentsPublished),
                .count(pool.numbersReturned),
            ])
        }
        return t
    }

    /// The lowest available numbers per local day of one pool: the squeeze without every hourly sample.
    static func dailyLows(_ pool: PoolTally, zone: UTCOffset) -> [(date: CivilDate, selfCompose: Int, random: Int)] {
        var byDay: [(date: CivilDate, selfCompose: Int, random: Int)] = []
        for sample in pool.samples {
            let date = sample.at.date(in: zone)
            if let last = byDay.last, last.date == date {
                byDay[byDay.count - 1] = (
                    date, min(last.selfCompose, sample.selfCompose), min(last.random, sample.random)
                )
            } else {
                byDay.append((date, sample.selfCompose, sample.random))
            }
        }
        return byDay
    }

    /// Daily lows of one pool (HTML), or of every pool with office and pool columns (`pool` nil; CSV).
    static func dailyLows(_ tally: RunTally, pool only: PoolKey? = nil, zone: UTCOffset) -> ReportTable {
        let keyed = only == nil
        var t = ReportTable(
            "table-pool-daily-lows",
            (keyed ? [Column("Office", "office", numeric: false), Column("Pool", "pool", numeric: false)] : [])
                + [
                    Column("Date", "date", numeric: false), Column("Self-compose", "lowest_self_compose_available"),
                    Column("Random", "lowest_random_available"),
                ])
        for pool in tally.pools where only == nil || pool.key == only {
            for low in dailyLows(pool, zone: zone) {
                t.add(
                    (keyed ? [.name(pool.key.office), .name(pool.key.pool)] : []) + [
                        .name(low.date.description), .count(low.selfCompose), .count(low.random),
                    ])
            }
        }
        return t
    }

    static func days(_ tally: RunTally) -> ReportTable {
        var t = ReportTable(
            "table-days",
            [
                Column("Date", "date", numeric: false), Column("Arrivals", "arrivals"),
                Column("Reserved (self-compose)", .reservedSelfCompose), Column("Reserved (random)", .reservedRandom),
                Column("Registered", .registered), Column("Lapsed", .lapsed), Column("Blacklisted", .blacklisted),
                Column("Blacklist hits", .blacklistHits), Column("Released", .blacklistLifted),
            ])
        for key in tally.days.keys.sorted() {
            let d = tally.days[key]!
            t.add([
                .name(CivilDate(daysSinceEpoch: key).description), .count(d.arrivals), .count(d.reservedSelfCompose),
                .count(d.reservedRandom),
                .count(d.registered), .count(d.lapsed), .count(d.blacklisted), .count(d.blacklistHits),
                .count(d.blacklistLifted),
            ])
        }
        return t
    }

    static func scripted(_ result: RunResult, zone: UTCOffset) -> ReportTable {
        var t = ReportTable(
            "table-scripted-steps",
            [
                Column("User", "user", numeric: false), Column("Step", "step"),
                Column("At (local time)", "at", numeric: false), Column("Outcome", "outcome", numeric: false),
                Column("Check", "check", numeric: false), Column("Where", "location", numeric: false),
            ])
        for s in result.steps {
            let check: Cell =
                s.failure.map { Cell(text: "FAIL: \($0)", value: "fail: \($0)", look: .fail) }
                ?? (s.checked ? Cell(text: "ok", value: "ok", look: .pass) : Cell(text: "–", value: ""))
            t.add([
                .name(s.user), .count(s.step), .instant(s.at, zone: zone), .text(s.outcome.description), check,
                .text("\(s.location.file):\(s.location.line)"),
            ])
        }
        return t
    }
}
