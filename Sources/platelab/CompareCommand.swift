import ArgumentParser
import Foundation
import PlateReports
import PlateRules
import PlateSimulation

/// `platelab compare SCENARIO --changes A.yaml ...`: the baseline and each variant with the same seed, side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Run a scenario as it is and under rule changes (or other rule sets), with the same seed, and compare.",
        discussion: """
            Writes compare.md and compare.html (with charts) beside one report folder per run to Reports/<scenario>-compare/ (or --out). Every run \
            uses the same random streams, so each applicant arrives at the same instant and wants the same things. \
            Exit status: 0 every run meets the scenario's expectations, 1 one does not, 2 invalid or unreadable input.
            """
    )

    /// The scenario as it is is the baseline.
    @OptionGroup var input: ScenarioOptions

    @Option(name: .customLong("changes"), help: "A variant: this rule-change overlay over the scenario's rules. Repeatable.")
    var changes: [String] = []

    @Option(name: .customLong("rules"), help: "A variant: this rule set instead of the scenario's. Repeatable.")
    var rules: [String] = []

    @OptionGroup var output: ReportOptions

    func validate() throws {
        guard !changes.isEmpty || !rules.isEmpty else { throw ValidationError("Give at least one variant: --changes FILE or --rules FILE.") }
    }

    func run() throws {
        let (scenario, seed) = (input.scenario, input.seed)
        let folder = output.out ?? ScenarioInput.defaultFolder(for: scenario, suffix: "-compare")
        var inputs = [("Baseline", try ScenarioInput.load(scenario, changes: [], seed: seed, command: ["run", scenario]))]
        for file in changes {
            inputs.append((Self.label(file), try ScenarioInput.load(scenario, changes: [file], seed: seed,
                                                                     command: ["run", scenario, "--changes", file])))
        }
        for file in rules {
            inputs.append((Self.label(file), try ScenarioInput.load(scenario, changes: [], rules: file, seed: seed,
                                                                     command: ["run", scenario, "--rules", file])))
        }
        var runs: [ComparedRun] = []
        do {
            try ReportFiles.prepare(folder)
            for (index, (label, input)) in inputs.enumerated() {
                let result = ScenarioRunner.run(input.scenario, book: input.book, seed: seed)
                let subfolder = (folder as NSString).appendingPathComponent(index == 0 ? "baseline" : "variant-\(index)-\(label)")
                try ReportFiles.write(result, input.provenance, zone: input.zone, to: subfolder)
                runs.append(ComparedRun(label: label, result: result, provenance: input.provenance))
            }
            let markdown = CompareReport.markdown(baseline: runs[0], variants: Array(runs.dropFirst()), zone: inputs[0].1.zone)
            try Data(markdown.utf8).write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent("compare.md")))
            let html = CompareHTML.render(baseline: runs[0], variants: Array(runs.dropFirst()), zone: inputs[0].1.zone)
            try Data(html.utf8).write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent("compare.html")))
            if let junit = output.junit { try Data(JUnitReport.render(runs: runs).utf8).write(to: URL(fileURLWithPath: junit)) }
        } catch {
            printError("cannot write the reports to \(folder): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        for run in runs {
            let t = run.result.tally.total
            run.result.verdicts.compactMap(\.failure).forEach { print("\(run.label): \($0)") }
            print("\(run.label): \(t.reserved) of \(t.applicants) reserved, \(t.lapsed) lapsed, \(t.blacklisted) blacklisted"
                  + (run.result.passed ? "" : " — expectations FAILED"))
        }
        print("comparison in \(folder)/compare.md and compare.html")
        if runs.contains(where: { !$0.result.passed }) { throw ExitCode(1) }
    }

    /// A variant's label: its file name without the extension.
    static func label(_ file: String) -> String { ((file as NSString).lastPathComponent as NSString).deletingPathExtension }
}
