import PlateRules
import PlateScenarios

/// A scenario loaded for a study: its typed form, its rules, and where they came from.
public struct StudyInput: Sendable {
    public let file: String
    public let scenario: Scenario
    public let book: RuleBook
    public let provenance: RunProvenance
    /// Warnings found while loading (an input with errors does not load).
    public let warnings: [Diagnostic]

    public init(
        file: String, scenario: Scenario, book: RuleBook, provenance: RunProvenance, warnings: [Diagnostic] = []
    ) {
        self.file = file
        self.scenario = scenario
        self.book = book
        self.provenance = provenance
        self.warnings = warnings
    }

    /// The region's offset from UTC, for the times in reports.
    public var zone: UTCOffset { book.base.region.utcOffset }

    /// Loads `file` with extra change files and an optional replacement rule set; `command` is the `platelab`
    /// command line (without the program name) that reproduces a run of it.
    ///
    /// `written` are change files given as text under the name the reports and the reproducing command call them
    /// (the workbench's variants, which a user downloads and names on the command line); they follow `changes`.
    public static func load(
        _ file: String, changes: [String], written: [WrittenChanges] = [], rules: String? = nil, seed: UInt64?,
        command: [String]
    ) -> Result<StudyInput, StudyInputFailure> {
        var findings: [Diagnostic] = []
        var unreadable: [String] = []
        var overlays = changes.compactMap { change -> RuleOverlay? in
            do {
                let result = try ChangesLoader.load(file: change)
                findings += result.diagnostics
                return result.overlay
            } catch {
                unreadable.append("\(error)")
                return nil
            }
        }
        for changes in written {
            let result = ChangesLoader.load(text: changes.text, file: changes.name)
            findings += result.diagnostics
            if let overlay = result.overlay { overlays.append(overlay) }
        }
        let loaded: ScenarioLoader.Result
        do { loaded = try ScenarioLoader.load(file: file, overlays: overlays, rules: rules) } catch {
            return .failure(StudyInputFailure(unreadableChanges: unreadable, reason: .unreadable(error.description)))
        }
        // Another kind of PlateLab file given as a scenario: its one line (the loader reads `schema:` first) and
        // nothing more.
        if let kind = TestFiles.schema(of: file).flatMap(PlateFileKind.init(rawValue:)), kind != .scenario {
            return .failure(
                StudyInputFailure(unreadableChanges: unreadable, reason: .notAScenario(loaded.diagnostics)))
        }
        let all = (findings + loaded.diagnostics).normalized()
        guard unreadable.isEmpty, !all.hasErrors, let book = loaded.book, let scenario = loaded.scenario else {
            return .failure(StudyInputFailure(unreadableChanges: unreadable, reason: .invalid(all)))
        }
        let provenance = RunProvenance(
            scenarioFile: file, book: book,
            scenarioChangeFiles: scenario.changeFiles.map { ScenarioLoader.relative($0, to: file) },
            inlineChanges: loaded.document?["changes"] != nil, extraChangeFiles: changes + written.map(\.name),
            seed: seed ?? scenario.seed, command: (["platelab"] + command).joined(separator: " "))
        return .success(
            StudyInput(file: file, scenario: scenario, book: book, provenance: provenance, warnings: all))
    }
}

/// A change file's text and the name it goes by (`quota-10.yaml`): what a file on disk would hold under that name.
public struct WrittenChanges: Sendable, Hashable {
    public let name: String
    public let text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// Why a scenario could not be loaded for a study.
public struct StudyInputFailure: Error, Sendable {
    /// What went wrong with the scenario itself.
    public enum Reason: Sendable {
        /// The scenario file (or a file it names) cannot be read: the message says which and why.
        case unreadable(String)
        /// The file is another kind of PlateLab file; the findings say which.
        case notAScenario([Diagnostic])
        /// Every finding of the scenario, its rules and the change files (errors among them, unless only a change
        /// file was unreadable).
        case invalid([Diagnostic])
    }

    /// A message for each change file that cannot be read.
    public let unreadableChanges: [String]
    public let reason: Reason
}
