import Foundation
import PlateRules

/// Loads a scenario (`platelab/scenario/v1`) with its rule set and changes, gathering every finding of every file.
public enum ScenarioLoader {
    /// The validated scenario tree and the rules it runs on, when usable, with all findings.
    public struct Result: Sendable {
        /// The scenario with defaults filled in.
        public let document: YAMLNode?
        /// The rule set with the scenario's change files and inline changes merged over it.
        public let book: RuleBook?
        /// The typed scenario, when the file and its rules are usable.
        public let scenario: Scenario?
        public let diagnostics: [Diagnostic]
    }

    /// Reads and loads a scenario file; paths inside it are relative to its folder. `overlays` (e.g. from
    /// the command line) go on top of the scenario's own changes.
    /// `rules`, when given, replaces the scenario's rule set (a path as given, not relative to the scenario).
    /// `skipping` names cross checks of the rules left out (`CrossCheck.name`): a sweep judges those point by point.
    public static func load(
        file: String, overlays extra: [RuleOverlay] = [], rules: String? = nil, skipping: Set<String> = []
    ) throws(InputError) -> Result {
        load(text: try InputFile.text(at: file), file: file, overlays: extra, rules: rules, skipping: skipping)
    }

    /// Loads scenario text; `file` names it in locations and anchors its relative paths.
    public static func load(
        text: String, file: String, overlays extra: [RuleOverlay] = [], rules replacement: String? = nil,
        skipping: Set<String> = []
    ) -> Result {
        switch YAMLReader.read(text, file: file) {
        case .failure(let problem): return Result(document: nil, book: nil, scenario: nil, diagnostics: [problem])
        case .success(let root):
            if let other = PlateFileKind.mismatch(root, file: file, expected: .scenario) {
                return Result(document: nil, book: nil, scenario: nil, diagnostics: [other])
            }
            return load(root: root, file: file, overlays: extra, rules: replacement, skipping: skipping)
        }
    }

    /// Loads a scenario tree already read (a case of a case file is one, built from the file's own nodes).
    public static func load(
        root: YAMLNode, file: String, overlays extra: [RuleOverlay] = [], rules replacement: String? = nil,
        skipping: Set<String> = []
    ) -> Result {
        var validator = SchemaValidator()
        let scenario = validator.validate(root, as: ScenarioSchema.root, path: "")
        var findings = validator.diagnostics + ScenarioLinter.lint(scenario)

        var book: RuleBook?
        if let rulesNode = scenario["rules"], let rulesPath = rulesNode.scalar {
            var overlays: [RuleOverlay] = []
            for node in scenario["change_files"]?.items ?? [] {
                guard let path = node.scalar else { continue }
                do {
                    let loaded = try ChangesLoader.load(file: relative(path, to: file))
                    findings += loaded.diagnostics
                    if let overlay = loaded.overlay { overlays.append(overlay) }
                } catch {
                    findings.append(
                        Diagnostic(
                            .error, at: node.location, path: "change_files", "cannot read change file: \(error.reason)")
                    )
                }
            }
            if let inline = scenario["changes"]?.entries {
                overlays.append(RuleOverlay(entries: inline, origin: scenario["changes"]!.location))
            }
            overlays += extra
            do {
                let loaded = try RuleSetLoader.load(
                    file: replacement ?? relative(rulesPath, to: file), overlays: overlays, skipping: skipping)
                findings += loaded.diagnostics
                book = loaded.book
            } catch {
                findings.append(
                    Diagnostic(
                        .error, at: rulesNode.location, path: "rules",
                        "cannot read the rule set \(replacement ?? relative(rulesPath, to: file)): \(error.reason)"))
            }
            if let book { findings += ScenarioLinter.lint(scenario, against: book) }
        }
        let all = findings.normalized()
        guard !all.hasErrors, let book else { return Result(document: nil, book: nil, scenario: nil, diagnostics: all) }
        return Result(
            document: scenario, book: book,
            scenario: ScenarioDecoder.decode(scenario, zone: book.base.region.utcOffset),
            diagnostics: all)
    }

    /// `path` as seen from the folder of `file` (absolute paths stay as they are).
    public static func relative(_ path: String, to file: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        return FilePaths.parent(of: file).map { FilePaths.join($0, path) } ?? path
    }
}
