import ArgumentParser
import Foundation
import PlateReports
import PlateRules
import PlateSimulation

/// `platelab run SCENARIO`: the main job — simulated and scripted applicants through the engine, then reports.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario through the engine in simulated time and write its reports.",
        discussion: """
            Writes summary.json, report.md and events.csv to Reports/<scenario file name>/ (or --out), and junit.xml \
            with --junit. Exit status: 0 every expectation holds, 1 one failed, 2 the scenario, its rules or a change \
            file is unreadable or invalid.
            """
    )

    @Argument(help: "Scenario file (platelab/scenario/v1).")
    var scenario: String

    @Option(help: "Seed for every random stream (default: the scenario's).")
    var seed: UInt64?

    @Option(name: .customLong("changes"), help: "Rule-change overlay (platelab/changes/v1) merged over the scenario's rules; repeatable.")
    var changes: [String] = []

    @Option(help: "Folder for the reports (default: Reports/<scenario file name>).")
    var out: String?

    @Option(help: "Also write a JUnit XML file here: one test case per expectation.")
    var junit: String?

    @Flag(inversion: .prefixedNo, help: "Write events.csv, one row per engine event (large for big runs).")
    var events = true

    func run() throws {
        var findings: [Diagnostic] = []
        var unreadable = false
        let overlays = loadOverlays(changes, findings: &findings, unreadable: &unreadable)
        let loaded: ScenarioLoader.Result
        do { loaded = try ScenarioLoader.load(file: scenario, overlays: overlays) } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        let all = (findings + loaded.diagnostics).normalized()
        all.forEach { printError($0.description) }
        guard !unreadable else { throw ExitCode(2) }
        guard !all.hasErrors, let book = loaded.book, let plan = loaded.scenario else {
            printError("\(scenario): not run: the scenario or its rules have errors")
            throw ExitCode(2)
        }
        let zone = book.base.region.utcOffset
        let folder = out ?? "Reports/" + ((scenario as NSString).lastPathComponent as NSString).deletingPathExtension
        let provenance = RunProvenance(scenarioFile: scenario, book: book,
                                       scenarioChangeFiles: plan.changeFiles.map { ScenarioLoader.relative($0, to: scenario) },
                                       inlineChanges: loaded.document?["changes"] != nil, extraChangeFiles: changes,
                                       seed: seed ?? plan.seed, command: reproduction(plan))
        do {
            try ReportFiles.prepare(folder)
            let log = events ? try EventLog(path: (folder as NSString).appendingPathComponent("events.csv"), zone: zone) : nil
            let bar = ProgressBar.onTerminal()
            let result = ScenarioRunner.run(plan, book: book, seed: seed, onEvent: log.map { log in { log.record($0) } },
                                            progress: bar.map { bar in { bar.show($0) } })
            log?.close()
            bar?.finish()
            try ReportFiles.write(result, provenance, zone: zone, to: folder, junit: junit)
            print(RunConsole.summary(result, folder: folder))
            if !result.passed { throw ExitCode(1) }
        } catch let error as ExitCode {
            throw error
        } catch {
            printError("cannot write the reports to \(folder): \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }

    /// The command that reproduces this run (the seed always spelt out).
    func reproduction(_ plan: Scenario) -> String {
        (["platelab", "run", scenario, "--seed", String(seed ?? plan.seed)] + changes.flatMap { ["--changes", $0] }).joined(separator: " ")
    }
}

/// Writes a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
