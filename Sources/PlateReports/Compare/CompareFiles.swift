import Foundation
import PlateRules
import PlateSimulation
import PlateStudies

/// A finished comparison's report folder and console lines, the same from `platelab compare` and the workbench, so
/// the workbench's study and the command it shows write the same bytes.
public enum CompareFiles {
    /// Writes every file of a comparison into `folder` (a staging folder, made if needed): one report folder per
    /// run, `compare.md`, `compare.html` and, over replications, `data/*.csv` with the paired differences.
    public static func write(_ runs: [ComparedRun], zone: UTCOffset, to folder: String) throws {
        try ReportFiles.prepare(folder)
        for (index, run) in runs.enumerated() {
            let subfolder = FilePaths.join(folder, runFolder(index: index, label: run.label))
            try ReportFiles.write(run.replicated, run.provenance, zone: zone, to: subfolder)
        }
        let (baseline, variants) = (runs[0], Array(runs.dropFirst()))
        let markdown = CompareReport.markdown(baseline: baseline, variants: variants, zone: zone)
        try Data(markdown.utf8).write(to: URL(fileURLWithPath: FilePaths.join(folder, "compare.md")))
        let html = CompareHTML.render(baseline: baseline, variants: variants, zone: zone)
        try Data(html.utf8).write(to: URL(fileURLWithPath: FilePaths.join(folder, "compare.html")))
        for (name, csv) in CompareReport.dataFiles(baseline: baseline, variants: variants) {
            let data = FilePaths.join(folder, "data")
            try ReportFiles.prepare(data)
            try Data(csv.utf8).write(to: URL(fileURLWithPath: FilePaths.join(data, name)))
        }
    }

    /// The report folder of run `index` (0 the baseline) inside a comparison's folder.
    public static func runFolder(index: Int, label: String) -> String {
        index == 0 ? "baseline" : "variant-\(index)-\(label)"
    }

    /// Whether every run met the scenario's expectations: `compare`'s exit status 0, else 1.
    public static func status(_ runs: [ComparedRun]) -> Int32 {
        runs.contains(where: { !$0.replicated.passed }) ? 1 : 0
    }

    /// What the comparison says on the console: failures, each run's headline figures and, over replications, the
    /// paired differences.
    public static func console(_ runs: [ComparedRun], count: Int) -> [String] {
        var lines = CompareReport.failureLines(runs)
        if let sentence = CompareReport.precisionSentence(runs[0]) { lines.append(sentence) }
        for run in runs {
            if count == 1 {
                let t = run.result.tally.total
                lines.append(
                    "\(run.label): \(t.reserved) of \(t.applicants) reserved, \(t.lapsed) lapsed, \(t.blacklisted) blacklisted"
                        + (run.replicated.passed ? "" : " — expectations FAILED"))
            } else {
                func figure(_ count: RunCount) -> String {
                    run.replicated.statistic(count.name).map { Numbers.estimate($0.estimate, $0.unit) } ?? "–"
                }
                lines.append(
                    "\(run.label) (means of \(count) replications ± 95 % interval): \(figure(.reserved)) of \(figure(.applicants)) reserved, "
                        + "\(figure(.lapsed)) lapsed, \(figure(.blacklisted)) blacklisted"
                        + (run.replicated.passed ? "" : " — expectations FAILED"))
            }
        }
        if count > 1 {
            for variant in runs.dropFirst() {
                let differences = PairedDifference.all(baseline: runs[0].replicated, variant: variant.replicated)
                let headline =
                    ([.reserved, .reservedSelfCompose, .reservedRandom, .lapsed, .blacklisted] as [RunCount]).map(
                        \.name)
                    + ["time_to_reservation.median_seconds"]
                let said = headline.compactMap { name in
                    differences.first { $0.name == name }.map { "\(name) \($0.sentence)" }
                }
                lines.append("\(variant.label) − \(runs[0].label), paired: " + said.joined(separator: "; "))
            }
        }
        return lines
    }
}
