import PlateEngine
import PlateRules
import PlateScenarios
import PlateSimulation
import PlateStudies

/// The tables of `compare.md` as `ReportTable`s for `compare.html`: one column per run, headed by its label,
/// and after each variant a `Δ label` column with its difference from the baseline.
enum CompareTables {
    typealias Column = ReportTable.Column
    typealias Cell = ReportTable.Cell

    /// The scenario, period, runs and version of a comparison.
    static func provenance(_ runs: [ComparedRun], zone: UTCOffset) -> ReportTable {
        let scenario = runs[0].result.scenario
        return ReportTables.provenanceTable(
            "table-compare-provenance",
            [
                ("Scenario file", .code(runs[0].provenance.scenarioFile)),
                ("Period", .text(scenario.start.formatted(in: zone) + " – " + scenario.until.formatted(in: zone))),
                ("Runs", .text(runs.map(\.label).joined(separator: ", "))),
                ("PlateLab version", .text(runs[0].provenance.version)),
            ])
    }

    /// Run | Rule files | Changes | Effective rules SHA-256 | Seed | Reproduce with.
    static func runs(_ runs: [ComparedRun]) -> ReportTable {
        var t = ReportTable(
            "table-compare-runs",
            [
                Column("Run", "run", numeric: false), Column("Rule files", "rule_files", numeric: false),
                Column("Changes", "changes", numeric: false),
                Column("Effective rules SHA-256", "rules_sha256", numeric: false), Column("Seed", "seed"),
                Column("Reproduce with", "command", numeric: false),
            ])
        for run in runs {
            let p = run.provenance
            t.add([
                .name(run.label), .codes(p.ruleFiles), p.changes.isEmpty ? .text("none") : .codes(p.changes),
                .code(p.rulesSHA256), .text(String(p.seed)), .code(p.command),
            ])
        }
        return t
    }

    /// Expectation | Required | one column per run, each cell the observed value (over replications, the mean) with
    /// pass or FAIL.
    static func expectations(_ runs: [ComparedRun]) -> ReportTable {
        var t = ReportTable(
            "table-compare-expectations",
            [Column("Expectation", "metric", numeric: false), Column("Required", "expected", numeric: false)]
                + runs.indices.map { Column(runs[$0].label, "run_\($0)") })
        for (index, verdict) in runs[0].replicated.verdicts.enumerated() {
            t.add(
                [.code(verdict.expectation.metric), .text(verdict.expectation.requirement.phrase)]
                    + runs.map { run in
                        // Every run loads the same scenario, so its expectations line up; a shorter list shows a dash.
                        guard index < run.replicated.verdicts.count else { return Cell(text: "–", value: "") }
                        let v = run.replicated.verdicts[index]
                        let observed =
                            v.observed.count == 1
                            ? v.observed[0].map { v.expectation.requirement.show($0) } ?? "–" : v.observedText
                        return Cell(
                            text: "\(observed) \(v.holds ? "pass" : "FAIL")", value: observed,
                            look: v.holds ? .pass : .fail)
                    })
        }
        return t
    }

    /// Measure | Baseline | Variant | Δ Variant | ...; `code` shows the measure names as code (reason names).
    static func measures(
        _ name: String, heading: String, _ runs: [ComparedRun], _ figures: [RunFigures], rows: [CompareReport.Row],
        code: Bool = false
    ) -> ReportTable {
        var t = ReportTable(name, [Column(heading, "measure", numeric: false)] + runColumns(runs))
        for row in rows {
            let base = row.value(figures[0])
            var cells: [Cell] = [code ? .code(row.label) : .text(row.label), .text(base.text)]
            for f in figures.dropFirst() {
                let v = row.value(f)
                cells += [.text(v.text), .text(v.difference(from: base))]
            }
            t.add(cells)
        }
        return t
    }

    /// `Baseline`, then `Variant` and `Δ Variant` for each variant.
    static func runColumns(_ runs: [ComparedRun]) -> [Column] {
        [Column(runs[0].label, "run_0")]
            + runs.indices.dropFirst().flatMap {
                [Column(runs[$0].label, "run_\($0)"), Column("Δ \(runs[$0].label)", "delta_run_\($0)")]
            }
    }

    /// Rejected steps by reason, every reason any run saw, most frequent overall first.
    static func rejectionRows(_ figures: [RunFigures]) -> [CompareReport.Row] {
        reasons(figures).map { reason in CompareReport.Row(reason) { .count($0.rejections[reason] ?? 0) } }
    }

    static func reasons(_ figures: [RunFigures]) -> [String] {
        var union: [String: Int] = [:]
        for f in figures { for (reason, n) in f.rejections { union[reason, default: 0] += n } }
        return RejectionOrder.sorted(union).map(\.reason)
    }

    /// Cohorts with applicants in the baseline, by index: every run has the same population.
    static func cohorts(_ figures: [RunFigures]) -> [Int] {
        figures[0].cohortNames.indices.filter { figures[0].cohorts[$0].applicants > 0 }
    }

    /// Cohort | Baseline reserved | Baseline median wait | Variant reserved | Variant median wait | Δ Variant (gains or
    /// loses) | ...
    static func whoGains(_ runs: [ComparedRun], _ figures: [RunFigures]) -> ReportTable {
        var columns = [Column("Cohort", "cohort", numeric: false)]
        for (index, run) in runs.enumerated() {
            columns += [
                Column("\(run.label): reserved", "run_\(index)_reservation_rate"),
                Column("\(run.label): median wait", "run_\(index)_median_wait"),
            ]
            if index > 0 { columns.append(Column("Δ \(run.label)", "delta_run_\(index)", numeric: false)) }
        }
        var t = ReportTable("table-compare-who-gains", columns)
        for cohort in cohorts(figures) {
            var cells: [Cell] = [.name(figures[0].cohortNames[cohort])]
            for (index, f) in figures.enumerated() {
                if runs[index].replicated.count > 1 {
                    // Over replications, each run's means with their intervals.
                    let name = "cohort.\(figures[0].cohortNames[cohort])."
                    cells += [name + "reservation_rate", name + "time_to_reservation.median_seconds"].map { figure in
                        .text(
                            runs[index].replicated.statistic(figure).map { Numbers.estimate($0.estimate, $0.unit) }
                                ?? "–")
                    }
                } else {
                    cells += [
                        .text(Difference.share(f.reservationRate(cohort))),
                        .text(WaitStatistics.readable(f.cohortWaits[cohort].median)),
                    ]
                }
                if index > 0 {
                    // Over replications the words speak only of clear paired differences.
                    cells.append(
                        .text(
                            runs[0].replicated.count > 1
                                ? PairedTables.whoGains(runs[0], runs[index], cohort: figures[0].cohortNames[cohort])
                                : CompareReport.verdict(base: figures[0], variant: f, cohort: cohort)))
                }
            }
            t.add(cells)
        }
        return t
    }

    /// Office / pool | Measure | Baseline | Variant | Δ Variant | ...: when each mode ran out (local time) and segments
    /// published.
    static func pools(_ runs: [ComparedRun], _ figures: [RunFigures], zone: UTCOffset) -> ReportTable {
        var t = ReportTable(
            "table-compare-pools",
            [Column("Office / pool", "pool", numeric: false), Column("Measure", "measure", numeric: false)]
                + runColumns(runs))
        // Random draws rarely run out: their row only when some run's did.
        let randomRanOut = figures.contains { $0.pools.contains { $0.exhaustedRandom != nil } }
        let measures: [(String, (PoolTally) -> Instant?)] =
            [("self-compose ran out", \.exhaustedSelfCompose)]
            + (randomRanOut ? [("random ran out", \.exhaustedRandom)] : []) + [("ran out in every mode", \.exhausted)]
        for pool in figures[0].pools {
            let name = Cell.name("\(pool.key.office) / \(pool.key.pool)")
            // A swapped rule set may name other offices or pools: those cells show a dash.
            let others = figures.dropFirst().map { f in f.pools.first { $0.key == pool.key } }
            for (label, at) in measures {
                var cells: [Cell] = [name, .name(label), .instant(at(pool), zone: zone, absent: "never")]
                for other in others {
                    cells +=
                        other.map {
                            [
                                .instant(at($0), zone: zone, absent: "never"),
                                .text(Difference.instant(at(pool), at($0))),
                            ]
                        }
                        ?? [.text("–"), .text("–")]
                }
                t.add(cells)
            }
            var published: [Cell] = [name, .name("segments published"), .count(pool.segmentsPublished)]
            for other in others {
                published +=
                    other.map {
                        [
                            .count($0.segmentsPublished),
                            .text(Difference.count(pool.segmentsPublished, $0.segmentsPublished)),
                        ]
                    }
                    ?? [.text("–"), .text("–")]
            }
            t.add(published)
        }
        return t
    }
}
