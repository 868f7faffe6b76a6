import ArgumentParser

@main
struct PlateLab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "platelab",
        abstract: "Simulate and test the rules of online licence-plate pre-selection (互联网预选机动车号牌).",
        discussion: """
            Exit status: 0 success, 1 findings (errors; warnings too with --strict), 2 unreadable input, \
            64 wrong command-line usage.
            """,
        version: PlateLabVersion.current,
        subcommands: [CheckCommand.self, RulesCommand.self, SchemaCommand.self, BenchCommand.self]
    )
}

/// The version printed by `--version` and named in reports.
enum PlateLabVersion {
    static let current = "0.1.0"
}
