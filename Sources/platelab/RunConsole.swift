import PlateReports
import PlateRules
import PlateSimulation
import PlateStudies

/// What `platelab run` prints: failures with file:line, then a few headline figures and where the reports are.
enum RunConsole {
    static func summary(_ run: ReplicatedRun, folder: String) -> String {
        let result = run.first
        var lines = run.verdicts.compactMap(\.failure) + run.stepFailureLines
        let failed = lines.count
        if run.count == 1 {
            let t = result.tally.total
            lines.append(
                "\(result.scenario.name) (seed \(result.seed)): \(t.applicants) applicants, \(t.reserved) reserved "
                    + "(\(t.reservedSelfCompose) self-composed, \(t.reservedRandom) random), \(t.registered) registered, "
                    + "\(t.lapsed) lapsed, \(t.blacklisted) blacklisted, \(t.blacklistHits) blacklist hits")
        } else {
            func figure(_ count: RunCount) -> String {
                run.statistic(count.name).map { Numbers.estimate($0.estimate, $0.unit) } ?? "–"
            }
            lines.append(
                "\(result.scenario.name) (seeds from \(result.seed), \(run.count) replications, means ± 95 % interval): "
                    + "\(figure(.applicants)) applicants, \(figure(.reserved)) reserved (\(figure(.reservedSelfCompose)) self-composed, "
                    + "\(figure(.reservedRandom)) random), \(figure(.registered)) registered, \(figure(.lapsed)) lapsed, "
                    + "\(figure(.blacklisted)) blacklisted, \(figure(.blacklistHits)) blacklist hits")
        }
        if let outcome = run.precision, let s = run.statistic(outcome.precision.figure) {
            let h = Numbers.halfWidth(s.estimate, s.unit)
            lines.append(
                outcome.reached
                    ? "precision: \(outcome.precision) reached after \(run.count) replications (\(h))"
                    : "precision: \(outcome.precision) NOT reached after \(run.count) replications, the most allowed (\(h)); raise --max-replications"
            )
        }
        let checks = run.verdicts.count + result.steps.filter(\.checked).count * run.count
        let shown = folder.hasSuffix("/") ? folder : folder + "/"
        lines.append(
            failed == 0
                ? "all \(checks) checks hold; reports in \(shown)"
                : "\(failed) of \(checks) checks failed; reports in \(shown)")
        return lines.joined(separator: "\n")
    }
}
