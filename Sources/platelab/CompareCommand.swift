import ArgumentParser
import Foundation
import PlateReports
import PlateRules
import PlateSimulation
import PlateStore
import PlateStudies

/// `platelab compare SCENARIO --changes A.yaml ...`: the baseline and each variant with the same seed, side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract:
            "Run a scenario as it is and under rule changes (or other rule sets), with the same seed, and compare.",
        discussion: """
            Writes compare.md and compare.html (with charts) beside one report folder per run to Reports/<scenario>-compare/ (or --out). Every run \
            uses the same random streams, so each applicant arrives at the same instant and wants the same things. With \
            --replications R every run repeats on the same R derived seeds, and each variant's figures are paired with the \
            baseline's replication by replication: a mean difference, its 95 % interval and a verdict (higher, lower, or no \
            clear difference). With --precision FIGURE=X every run gets replications alike until the paired difference of \
            FIGURE is that precise for every variant (the fewest that are, at least 3), or --max-replications ran. \
            Exit status: 0 every run meets the scenario's expectations, 1 one does not, 2 invalid or unreadable input.
            """
    )

    /// The scenario as it is is the baseline.
    @OptionGroup var input: ScenarioOptions

    @Option(
        name: .customLong("changes"), help: "A variant: this rule-change overlay over the scenario's rules. Repeatable."
    )
    var changes: [String] = []

    @Option(name: .customLong("rules"), help: "A variant: this rule set instead of the scenario's. Repeatable.")
    var rules: [String] = []

    @OptionGroup var output: ReportOptions

    @OptionGroup var replication: ReplicationOptions

    @OptionGroup var invariants: InvariantOptions

    @OptionGroup var storage: StoreOptions

    @Option(
        help: ArgumentHelp(
            "Add replications (to every run alike) until the paired difference of this figure has a 95 % interval this narrow for every variant: NAME=X% (of the difference's mean) or NAME=X (in its unit).",
            valueName: "figure=target"))
    var precision: String?

    @Option(help: "With --precision: stop adding replications here.")
    var maxReplications: Int = 100

    func validate() throws {
        guard !changes.isEmpty || !rules.isEmpty else {
            throw ValidationError("Give at least one variant: --changes FILE or --rules FILE.")
        }
        if let precision, Precision(precision) == nil {
            throw ValidationError(
                "--precision \(precision): write FIGURE=X% (half-width as a share of the mean) or FIGURE=X, with X > 0")
        }
        guard (2...10_000).contains(maxReplications) else {
            throw ValidationError("--max-replications must be from 2 to 10000")
        }
    }

    func run() throws {
        let (scenario, seed) = (input.scenario, input.seed)
        let folder = output.out ?? ScenarioInput.defaultFolder(for: scenario, suffix: "-compare")
        var inputs = [
            ("Baseline", try ScenarioInput.load(scenario, changes: [], seed: seed, command: ["run", scenario]))
        ]
        for file in changes {
            inputs.append(
                (
                    Self.label(file),
                    try ScenarioInput.load(
                        scenario, changes: [file], seed: seed,
                        command: ["run", scenario, "--changes", file])
                ))
        }
        for file in rules {
            inputs.append(
                (
                    Self.label(file),
                    try ScenarioInput.load(
                        scenario, changes: [], rules: file, seed: seed,
                        command: ["run", scenario, "--rules", file])
                ))
        }
        let count = replication.count(for: inputs[0].1.scenario)
        try output.checkWritable(folder: folder)
        let study = CompareStudy(
            arms: inputs.map { CompareStudy.Arm(label: $0.0, input: $0.1) }, seed: seed, replications: count,
            jobs: replication.jobs, checkInvariants: invariants.checkInvariants,
            precision: precision.flatMap(Precision.init), maximumReplications: maxReplications)
        let store = try storage.open()
        let key = StudyKey.compare(study)
        if let store, let stored = try Self.find(key, in: store) {
            try Self.write(folder: folder, output: output) { staging in
                try FileManager.default.removeItem(atPath: staging)
                try FileManager.default.copyItem(atPath: stored.folder, toPath: staging)
                return stored.junit
            }
            for line in stored.console { print(line) }
            print("comparison in \(folder)/compare.md and compare.html (from the store, study \(key.prefix(12)))")
            if stored.status != 0 { throw ExitCode(stored.status) }
            return
        }
        // Without a cancellation token the study cannot stop early.
        let runs: [ComparedRun]
        switch try! study.run() {
        case .finished(let done): runs = done
        case .broken(let label, let replication, let of):
            try InvariantOptions.stop("\(self.input.scenario) (\(label))", replication, of: of)
        }
        if let outcome = runs[0].replicated.precision, !outcome.known {
            let names = runs[0].replicated.statistics.map(\.name)
            printError(
                "--precision \(outcome.precision.figure): no such figure in this run\(Suggestion.phrase(for: outcome.precision.figure, among: names)) "
                    + "Figures are the names in the paired tables of compare.md, or rejected.<reason>.")
            throw ExitCode(2)
        }
        let console = CompareFiles.console(runs, count: runs[0].replicated.count)
        let status = CompareFiles.status(runs)
        var evictions: [Eviction] = []
        try Self.write(folder: folder, output: output) { staging in
            try CompareFiles.write(runs, zone: inputs[0].1.zone, to: staging)
            let junit = output.junit == nil ? nil : JUnitReport.render(runs: runs)
            // Kept before the JUnit file joins the folder: a later run may ask for it elsewhere, or not at all.
            if let store {
                do {
                    evictions = try store.keep(
                        key, kind: ResultKind.compare, reportFolder: staging, console: console, status: status,
                        junit: junit ?? JUnitReport.render(runs: runs))
                } catch {
                    printError("warning: \(error); the reports are written, but not kept in the store")
                }
            }
            return junit
        }
        for line in console { print(line) }
        if let store { StoreOptions.report(evictions, store: store) }
        print("comparison in \(folder)/compare.md and compare.html")
        if status != 0 { throw ExitCode(status) }
    }

    /// The stored study of `key`, if any; a store that cannot be read is said and treated as empty.
    static func find(_ key: String, in store: ResultStore) throws -> StoredStudy? {
        do { return try store.find(key) } catch {
            printError("warning: \(error); running the study instead")
            return nil
        }
    }

    /// Writes the reports into a staging folder (`fill` returns the JUnit text, if any) and puts it in place of
    /// `folder` only when complete; a failure leaves the earlier reports as they were and exits 2.
    static func write(folder: String, output: ReportOptions, _ fill: (String) throws -> String?) throws {
        let staging: String
        do { staging = try ReportFolder.staging(for: folder) } catch {
            printError("cannot write the reports to \(folder): \(OutputProblem.describe(error))")
            throw ExitCode(2)
        }
        do {
            let junit = try fill(staging)
            if let junit, let path = output.junitPath(folder: folder, staging: staging) {
                try ReportFiles.prepare(FilePaths.folder(of: path))
                try Data(junit.utf8).write(to: URL(fileURLWithPath: path))
            }
            try ReportFolder.commit(staging, to: folder)
        } catch {
            ReportFolder.discard(staging)
            printError(
                "cannot write the reports to \(folder): \(OutputProblem.describe(error)); no report was written, earlier ones are as they were"
            )
            throw ExitCode(2)
        }
    }

    /// A variant's label: its file name without the extension.
    static func label(_ file: String) -> String { FilePaths.stem(of: file) }
}
