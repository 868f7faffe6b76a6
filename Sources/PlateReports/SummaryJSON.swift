import PlateEngine
import PlateRules
import PlateSimulation
import PlateStudies

/// `summary.json` (`platelab/summary/v2`): every figure of replication 1 (the whole run when there is one), keys in
/// a fixed order, then each figure's statistics over the replications and a compact summary of each replication.
/// v2 adds `replications`, `statistics` and `per_replication` to v1, and `in_every_replication` to expectations,
/// which over replications judge the mean (`observed_mean`).
public enum SummaryJSON {
    public static let schema = "platelab/summary/v2"

    public static func render(_ run: ReplicatedRun, _ provenance: RunProvenance, zone: UTCOffset) -> String {
        value(run, provenance, zone: zone).rendered() + "\n"
    }

    public static func render(_ result: RunResult, _ provenance: RunProvenance, zone: UTCOffset) -> String {
        render(ReplicatedRun(single: result), provenance, zone: zone)
    }

    static func value(_ result: RunResult, _ provenance: RunProvenance, zone: UTCOffset) -> JSONValue {
        value(ReplicatedRun(single: result), provenance, zone: zone)
    }

    /// The summary as a JSON value (its keys unique in every object).
    static func value(_ run: ReplicatedRun, _ provenance: RunProvenance, zone: UTCOffset) -> JSONValue {
        let result = run.first
        let tally = result.tally
        func at(_ instant: Instant?) -> JSONValue { instant.map { .string($0.formatted(in: zone)) } ?? .null }
        let waits = WaitStatistics(sorted: tally.sortedAllWaits)
        let cohorts: [JSONValue] = tally.cohortNames.indices.map { index in
            .object(
                [("name", .string(tally.cohortNames[index]))] + counts(tally.cohorts[index])
                    + [
                        ("rejections_by_reason", reasons(tally.cohortRejections[index])),
                        ("time_to_reservation", wait(WaitStatistics(sorted: tally.sortedWaits[index]))),
                        (
                            "self_compose",
                            selfCompose(tally.cohorts[index].selfCompose, use: tally.cohortSelfComposeUse[index])
                        ),
                    ])
        }
        let pools: [JSONValue] = tally.pools.map { pool in
            .object([
                ("office", .string(pool.key.office)), ("pool", .string(pool.key.pool)),
                ("segments_published", .int(pool.segmentsPublished)),
                ("segments_opened_to_self_compose", .int(pool.segmentsOpened)),
                ("numbers_returned", .int(pool.numbersReturned)),
                ("exhausted_at", at(pool.exhausted)), ("self_compose_exhausted_at", at(pool.exhaustedSelfCompose)),
                ("random_exhausted_at", at(pool.exhaustedRandom)), ("replenished", .int(pool.replenished)),
                ("available_at_start", available(pool.samples.first)),
                ("available_at_end", available(pool.samples.last)),
            ])
        }
        let days: [JSONValue] = tally.days.keys.sorted().map { key in
            let day = tally.days[key]!
            return .object([
                ("date", .string(CivilDate(daysSinceEpoch: key).description)), ("arrivals", .int(day.arrivals)),
                ("reserved_self_compose", .int(day.reservedSelfCompose)), ("reserved_random", .int(day.reservedRandom)),
                ("registered", .int(day.registered)), ("lapsed", .int(day.lapsed)),
                ("blacklisted", .int(day.blacklisted)),
                ("blacklist_hits", .int(day.blacklistHits)), ("blacklist_lifted", .int(day.blacklistLifted)),
            ])
        }
        let expectations: [JSONValue] = run.verdicts.map { verdict in
            let e = verdict.expectation
            let mean = verdict.estimate?.mean
            return .object([
                ("metric", .string(e.metric)), ("expected", .string(e.requirement.phrase)),
                ("in_every_replication", .bool(e.inEveryReplication)),
                (
                    "observed",
                    verdict.observed.count == 1
                        ? verdict.observed[0].map { .string(e.requirement.show($0)) } ?? .null
                        : mean.map { _ in .string(verdict.observedText) } ?? .null
                ),
                ("observed_mean", mean.map(number) ?? .null),
                ("failing_replications", .array(verdict.failingReplications.map(JSONValue.int))),
                ("holds", .bool(verdict.holds)), ("location", .string(e.location.description)),
            ])
        }
        let steps: [JSONValue] = result.steps.map { step in
            .object([
                ("user", .string(step.user)), ("step", .int(step.step)), ("at", at(step.at)),
                ("outcome", .string(step.outcome.description)),
                ("failure", step.failure.map(JSONValue.string) ?? .null),
            ])
        }
        return JSONValue.object([
            ("schema", .string(schema)),
            (
                "scenario",
                .object([
                    ("name", .string(result.scenario.name)), ("file", .string(provenance.scenarioFile)),
                    ("description", result.scenario.description.map(JSONValue.string) ?? .null),
                ])
            ),
            (
                "provenance",
                .object([
                    ("version", .string(provenance.version)), ("seed", .unsigned(provenance.seed)),
                    ("rule_files", .array(provenance.ruleFiles.map(JSONValue.string))),
                    ("changes", .array(provenance.changes.map(JSONValue.string))),
                    ("rules_sha256", .string(provenance.rulesSHA256)), ("command", .string(provenance.command)),
                ])
            ),
            ("period", .object([("start", at(result.scenario.start)), ("until", at(result.scenario.until))])),
            ("passed", .bool(run.passed)),
            ("totals", .object(counts(tally.total))),
            ("cohorts", .array(cohorts)),
            ("rejections_by_reason", reasons(tally.rejections)),
            ("time_to_reservation", wait(waits)),
            (
                "quota_use",
                .object([
                    ("self_compose_numbers", histogram(tally.selfComposeUse)), ("draws", histogram(tally.drawUse)),
                ])
            ),
            ("self_compose", selfCompose(tally.total.selfCompose, use: tally.selfComposeUse)),
            ("pools", .array(pools)),
            ("days", .array(days)),
            ("expectations", .array(expectations)),
            ("scripted_steps", .array(steps)),
            (
                "replications",
                .object([
                    ("count", .int(run.count)), ("seeds", .array(run.replications.map { .unsigned($0.seed) })),
                    ("confidence", number(Estimate.confidence)), ("precision", precision(run.precision)),
                ])
            ),
            ("statistics", .array(run.statistics.map(statistic))),
            ("per_replication", .array(run.replications.map { replication(run, $0) })),
        ])
    }

    /// The precision asked for and whether it was reached; null without `--precision`.
    static func precision(_ outcome: PrecisionOutcome?) -> JSONValue {
        guard let outcome else { return .null }
        let target: (String, JSONValue)
        switch outcome.precision.target {
        case .relative(let share): target = ("relative_half_width", number(share))
        case .absolute(let amount): target = ("half_width", number(amount))
        }
        var fields: [(String, JSONValue)] = [
            ("figure", .string(outcome.precision.figure)), target, ("reached", .bool(outcome.reached)),
            ("maximum_replications", .int(outcome.maximum)),
        ]
        // A comparison's target is for the paired difference; said only then, so runs' files stay as they were.
        if outcome.precision.paired { fields.append(("of", .string("paired_difference"))) }
        return .object(fields)
    }

    /// A figure over replications: mean, standard deviation, 95 % interval and in how many replications it was defined.
    static func statistic(_ s: FigureStatistic) -> JSONValue {
        let e = s.estimate
        return .object([
            ("name", .string(s.name)), ("unit", .string(s.unit.rawValue)), ("mean", e.mean.map(number) ?? .null),
            ("sd", e.standardDeviation.map(number) ?? .null), ("ci_low", e.low.map(number) ?? .null),
            ("ci_high", e.high.map(number) ?? .null),
            ("half_width", e.halfWidth.map(number) ?? .null), ("defined_in", .int(e.count)),
        ])
    }

    /// One replication, compactly: seed, verdict and its run-wide figures (cohorts stay in `statistics`).
    static func replication(_ run: ReplicatedRun, _ r: ReplicationSummary) -> JSONValue {
        let failures = run.failedExpectations(in: r)
        return .object([
            ("replication", .int(r.number)), ("seed", .unsigned(r.seed)),
            ("expectations_failed", .array(failures.map { .string(run.verdicts[$0].expectation.metric) })),
            ("steps_failed", .int(r.stepFailures.count)),
            (
                "figures",
                .object(
                    r.figures.figures.filter { !$0.name.hasPrefix("cohort.") }.map {
                        ($0.name, $0.value.map(number) ?? .null)
                    })
            ),
            ("rejections_by_reason", reasons(r.figures.rejections)),
        ])
    }

    /// A number as JSON: whole numbers as integers, others to 4 decimal places.
    static func number(_ value: Double) -> JSONValue {
        if value == value.rounded(), abs(value) < 1e15 { return .int(Int(value)) }
        return .double((value * 10_000).rounded() / 10_000)
    }

    static func counts(_ c: CohortTally) -> [(String, JSONValue)] {
        RunCount.allCases.filter(\.inSummaryCounts).map { ($0.name, .int(c.count($0))) }
    }

    /// Self-compose confirms: counts, the share that found all N taken, numbers per confirm, success by attempt, quota
    /// use.
    static func selfCompose(_ s: SelfComposeTally, use: [Int: Int]) -> JSONValue {
        .object([
            ("confirms", .int(s.confirms)), ("confirms_all_taken", .int(s.allTaken)),
            ("all_taken_share", s.allTakenShare.map { .double(($0 * 10_000).rounded() / 10_000) } ?? .null),
            ("numbers_tried", .int(s.numbersTried)),
            (
                "confirms_by_numbers_tried",
                .object(s.triedPerConfirm.indices.map { (String($0 + 1), .int(s.triedPerConfirm[$0])) })
            ),
            (
                "by_attempt",
                .array(
                    s.confirmsAtAttempt.indices.map { k in
                        .object([
                            ("attempt", .int(k + 1)), ("confirms", .int(s.confirmsAtAttempt[k])),
                            ("reserved", .int(s.reservedAtAttempt[k])),
                        ])
                    })
            ),
            ("applicants_by_numbers_used", histogram(use)),
        ])
    }

    /// Rejection counts by reason, most frequent first, then by name.
    static func reasons(_ counts: [String: Int]) -> JSONValue {
        .object(RejectionOrder.sorted(counts).map { ($0.reason, .int($0.count)) })
    }

    static func wait(_ w: WaitStatistics) -> JSONValue {
        .object([
            ("count", .int(w.count)), ("median_seconds", w.median.map { .int(Int($0)) } ?? .null),
            ("p90_seconds", w.p90.map { .int(Int($0)) } ?? .null),
            ("max_seconds", w.max.map { .int(Int($0)) } ?? .null),
        ])
    }

    static func histogram(_ counts: [Int: Int]) -> JSONValue {
        .object(counts.keys.sorted().map { (String($0), .int(counts[$0]!)) })
    }

    static func available(_ sample: PoolTally.Sample?) -> JSONValue {
        guard let sample else { return .null }
        return .object([("self_compose", .int(sample.selfCompose)), ("random", .int(sample.random))])
    }
}
