import ArgumentParser
import Foundation
import PlateReports
import PlateRules
import PlateSimulation
import PlateStudies

/// `platelab run SCENARIO`: the main job — simulated and scripted applicants through the engine, then reports.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario through the engine in simulated time and write its reports.",
        discussion: """
            Writes summary.json, report.md and events.csv to Reports/<scenario file name>/ (or --out), and junit.xml \
            with --junit. With --replications R (or `replications:` in the scenario) the scenario runs R times on seeds derived \
            from its seed, on --jobs threads: the reports give each figure's mean and 95 % interval, the expectations apply \
            to the means, and events.csv and the detailed sections show replication 1. Exit status: 0 every expectation holds, 1 one failed, 2 the scenario, its rules or a change \
            file is unreadable or invalid.
            """
    )

    @OptionGroup var input: ScenarioOptions
    @OptionGroup var changes: ChangeOptions

    @Option(help: "A rule set to use instead of the scenario's (the scenario's changes still apply).")
    var rules: String?

    @OptionGroup var output: ReportOptions

    @OptionGroup var replication: ReplicationOptions

    @Option(
        help: ArgumentHelp(
            "Add replications until this figure's 95 % interval is this narrow: NAME=X% (of its mean) or NAME=X (in its unit).",
            valueName: "figure=target"))
    var precision: String?

    @Option(help: "With --precision: stop adding replications here.")
    var maxReplications: Int = 100

    func validate() throws {
        if let precision, Precision(precision) == nil {
            throw ValidationError(
                "--precision \(precision): write FIGURE=X% (half-width as a share of the mean) or FIGURE=X, with X > 0")
        }
        guard (2...10_000).contains(maxReplications) else {
            throw ValidationError("--max-replications must be from 2 to 10000")
        }
    }

    @Flag(inversion: .prefixedNo, help: "Write events.csv, one row per engine event (large for big runs).")
    var events = true

    @OptionGroup var invariants: InvariantOptions

    func run() throws {
        let (scenario, seed) = (self.input.scenario, self.input.seed)
        let input = try ScenarioInput.load(
            scenario, changes: changes.files, rules: rules, seed: seed,
            command: ["run", scenario] + changes.arguments + (rules.map { ["--rules", $0] } ?? []))
        let folder = output.out ?? ScenarioInput.defaultFolder(for: scenario)
        try output.checkWritable(folder: folder)
        // Everything goes to a staging folder that replaces the report folder only when complete (no stale or half
        // reports).
        let staging: String
        do { staging = try ReportFolder.staging(for: folder) } catch {
            printError("cannot write the reports to \(folder): \(OutputProblem.describe(error))")
            throw ExitCode(2)
        }
        do {
            let log = events ? try EventLog(path: FilePaths.join(staging, "events.csv"), zone: input.zone) : nil
            let bar = ProgressBar.onTerminal()
            // Without a cancellation token the run cannot stop early.
            let result = try! ReplicatedRun.run(
                input.scenario, book: input.book, seed: seed, count: replication.count(for: input.scenario),
                jobs: replication.jobs, precision: precision.flatMap(Precision.init), maximum: maxReplications,
                onEvent: log.map { log in { log.record($0) } }, progress: bar.map { bar in { bar.show($0) } },
                checkInvariants: invariants.checkInvariants)
            log?.close()
            bar?.finish()
            if let broken = result.breach {
                ReportFolder.discard(staging)
                try InvariantOptions.stop(scenario, broken, of: result.count)
            }
            if let outcome = result.precision, !outcome.known {
                let names = result.statistics.map(\.name)
                printError(
                    "--precision \(outcome.precision.figure): no such figure in this run\(Suggestion.phrase(for: outcome.precision.figure, among: names)) "
                        + "Figures are the names in the Replications tables of report.md, or rejected.<reason>.")
                ReportFolder.discard(staging)
                throw ExitCode(2)
            }
            let junit = output.junitPath(folder: folder, staging: staging)
            if let junit { try ReportFiles.prepare(FilePaths.folder(of: junit)) }
            try ReportFiles.write(result, input.provenance, zone: input.zone, to: staging, junit: junit)
            try ReportFolder.commit(staging, to: folder)
            print(RunConsole.summary(result, folder: folder))
            if !result.passed { throw ExitCode(1) }
        } catch let error as ExitCode {
            throw error
        } catch {
            ReportFolder.discard(staging)
            printError(
                "cannot write the reports to \(folder): \(OutputProblem.describe(error)); no report was written, earlier ones are as they were"
            )
            throw ExitCode(2)
        }
    }
}

/// Writes a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
