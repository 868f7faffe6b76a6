import ArgumentParser
import PlateReports
import PlateStudies

@main
struct PlateLab: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "platelab",
        abstract: "Simulate and test the rules of online licence-plate pre-selection (互联网预选机动车号牌).",
        discussion: """
            Exit status: 0 success, 1 findings or failed expectations, 2 unreadable or invalid input, \
            64 wrong command-line usage.
            """,
        version: PlateLabVersion.current,
        subcommands: [
            RunCommand.self, TestCommand.self, CompareCommand.self, SweepCommand.self, MergeCommand.self,
            ExplainCommand.self, CheckCommand.self, RulesCommand.self, SchemaCommand.self, BenchCommand.self,
            ServeCommand.self, WorkbenchCommand.self,
        ]
    )
}
