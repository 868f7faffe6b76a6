import PlateRules
import PlateScenarios

/// One case to run: where it came from and the scenario it is.
public struct TestCase: Sendable {
    public let file: String
    public let name: String
    /// Whether the file is a case file (its cases run alone with `--case`).
    public let inCaseFile: Bool
    public let scenario: Scenario
    public let book: RuleBook

    public init(file: String, name: String, inCaseFile: Bool, scenario: Scenario, book: RuleBook) {
        self.file = file
        self.name = name
        self.inCaseFile = inCaseFile
        self.scenario = scenario
        self.book = book
    }

    /// The command that runs this case alone.
    public var reproduce: String {
        "platelab test \(ShellWord.quoted(file))" + (inCaseFile ? " --case \(ShellWord.quoted(name))" : "")
    }
}
