import ArgumentParser
import PlateRules
import PlateStudies

/// Loading a scenario for a command: the study input, or every finding printed and exit 2.
enum ScenarioInput {
    /// Loads `file` with extra change files and an optional replacement rule set; prints every finding to
    /// standard error (an unreadable change file to standard output, as `check` does) and exits 2 when anything is
    /// unreadable or invalid.
    static func load(_ file: String, changes: [String], rules: String? = nil, seed: UInt64?, command: [String]) throws
        -> StudyInput
    {
        switch StudyInput.load(file, changes: changes, rules: rules, seed: seed, command: command) {
        case .success(let input):
            for item in input.warnings { printError(item.description) }
            return input
        case .failure(let failure):
            for message in failure.unreadableChanges { print(message) }
            switch failure.reason {
            case .unreadable(let message): printError(message)
            case .notAScenario(let findings): for item in findings { printError(item.description) }
            case .invalid(let findings):
                for item in findings { printError(item.description) }
                if failure.unreadableChanges.isEmpty {
                    printError("\(file): not run: the scenario or its rules have errors")
                }
            }
            throw ExitCode(2)
        }
    }

    /// `Reports/<scenario file name><suffix>`.
    static func defaultFolder(for file: String, suffix: String = "") -> String {
        "Reports/" + FilePaths.stem(of: file) + suffix
    }
}
