import PlateReports
import PlateSimulation

/// What `platelab run` prints: failures with file:line, then a few headline figures and where the reports are.
enum RunConsole {
    static func summary(_ result: RunResult, folder: String) -> String {
        let t = result.tally.total
        var lines = result.verdicts.compactMap(\.failure)
        lines += result.steps.compactMap { step in
            step.failure.map { "\(step.location.file):\(step.location.line):\(step.location.column): step failed: \(step.user) step \(step.step): \($0)" }
        }
        let failed = lines.count
        lines.append("\(result.scenario.name) (seed \(result.seed)): \(t.applicants) applicants, \(t.reserved) reserved "
                     + "(\(t.reservedSelfCompose) self-composed, \(t.reservedRandom) random), \(t.registered) registered, "
                     + "\(t.lapsed) lapsed, \(t.blacklisted) blacklisted, \(t.blacklistHits) blacklist hits")
        let checks = result.verdicts.count + result.steps.filter(\.checked).count
        lines.append(failed == 0 ? "all \(checks) checks hold; reports in \(folder)/" : "\(failed) of \(checks) checks failed; reports in \(folder)/")
        return lines.joined(separator: "\n")
    }
}
