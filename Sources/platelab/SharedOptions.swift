import ArgumentParser
import Foundation
import PlateRules

/// The scenario a command runs and the seed it runs with (`run`, `compare`, `sweep`, `explain`).
struct ScenarioOptions: ParsableArguments {
    @Argument(help: "Scenario file (platelab/scenario/v1).")
    var scenario: String

    @Option(help: "Seed for every random stream (default: the scenario's).")
    var seed: UInt64?
}

/// Rule-change overlays merged over the rules, in order (`run`, `explain`, `check`, `rules show`).
struct ChangeOptions: ParsableArguments {
    @Option(name: .customLong("changes"), help: "Rule-change overlay (platelab/changes/v1) merged over the rules; repeatable, applied in order.")
    var files: [String] = []

    /// The options again, for a reproduce command.
    var arguments: [String] { files.flatMap { ["--changes", $0] } }
}

/// Where a command writes its reports (`run`, `compare`).
struct ReportOptions: ParsableArguments {
    @Option(help: "Folder for the reports (default: Reports/ and the scenario file's name; -compare appended when comparing).")
    var out: String?

    @Option(help: "Also write a JUnit XML file here: one test case per expectation (one test suite per run when comparing).")
    var junit: String?
}

/// How many replications to run and on how many threads (`run`, `compare`, `sweep`).
struct ReplicationOptions: ParsableArguments {
    @Option(help: "Runs of the scenario, each on its own seed derived from the seed (default: the scenario's `replications`, else 1).")
    var replications: Int?

    @Option(help: "Replications run at once (default: all cores). The results do not depend on it.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if let replications, !(1...10_000).contains(replications) { throw ValidationError("--replications must be from 1 to 10000") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    /// The replications to run for `scenario`.
    func count(for scenario: Scenario) -> Int { replications ?? scenario.replications }
}
