import ArgumentParser

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
