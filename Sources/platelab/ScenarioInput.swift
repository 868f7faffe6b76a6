import ArgumentParser
import Foundation
import PlateReports
import PlateRules
import PlateStudies

/// A scenario loaded for running: its typed form, its rules, and where they came from.
struct ScenarioInput {
    let file: String
    let scenario: Scenario
    let book: RuleBook
    let provenance: RunProvenance

    /// Loads `file` with extra change files and an optional replacement rule set; prints every finding to
    /// standard error and exits 2 when anything is unreadable or invalid.
    static func load(_ file: String, changes: [String], rules: String? = nil, seed: UInt64?, command: [String]) throws
        -> ScenarioInput
    {
        var findings: [Diagnostic] = []
        var unreadable = false
        let overlays = loadOverlays(changes, findings: &findings, unreadable: &unreadable)
        let loaded: ScenarioLoader.Result
        do { loaded = try ScenarioLoader.load(file: file, overlays: overlays, rules: rules) } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        // Another kind of PlateLab file given as a scenario: its one line (the loader reads `schema:` first) and
        // nothing more.
        if let kind = TestFiles.schema(of: file).flatMap(PlateFileKind.init(rawValue:)), kind != .scenario {
            for item in loaded.diagnostics { printError(item.description) }
            throw ExitCode(2)
        }
        let all = (findings + loaded.diagnostics).normalized()
        for item in all { printError(item.description) }
        guard !unreadable else { throw ExitCode(2) }
        guard !all.hasErrors, let book = loaded.book, let scenario = loaded.scenario else {
            printError("\(file): not run: the scenario or its rules have errors")
            throw ExitCode(2)
        }
        let seed = seed ?? scenario.seed
        let reproduce = (["platelab"] + command).joined(separator: " ")
        let provenance = RunProvenance(
            scenarioFile: file, book: book,
            scenarioChangeFiles: scenario.changeFiles.map { ScenarioLoader.relative($0, to: file) },
            inlineChanges: loaded.document?["changes"] != nil, extraChangeFiles: changes,
            seed: seed, command: reproduce)
        return ScenarioInput(file: file, scenario: scenario, book: book, provenance: provenance)
    }

    var zone: UTCOffset { book.base.region.utcOffset }

    /// `Reports/<scenario file name><suffix>`.
    static func defaultFolder(for file: String, suffix: String = "") -> String {
        "Reports/" + FilePaths.stem(of: file) + suffix
    }
}
