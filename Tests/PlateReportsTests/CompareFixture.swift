import Foundation
import PlateEngine
import PlateRules
import PlateScenarios
import PlateSimulation
import PlateStudies
import Testing

@testable import PlateReports

/// A baseline and two variants of `ReportFixture`'s scenario, run with common random numbers as `platelab compare`
/// does.
/// One variant's label holds markup characters, which must come out escaped.
enum CompareFixture {
    /// Variants: a label, a change file's name and its overlay text.
    static let variants: [(label: String, file: String, text: String)] = [
        (
            "validity <3> & \"short\"", "changes/validity-3.yaml",
            "schema: platelab/changes/v1\nname: validity 3\nset: {reservation.valid_for: 3 working days}\n"
        ),
        (
            "quota-5", "changes/quota-5.yaml",
            "schema: platelab/changes/v1\nname: quota 5\nset: {self_compose.total: 5}\n"
        ),
    ]

    /// The baseline and the inline variants, run on the fixture scenario.
    static func runs() throws -> (baseline: ComparedRun, variants: [ComparedRun], zone: UTCOffset) {
        let shown = "Scenarios/inline.yaml"
        let path = ReportFixture.file(shown)
        let overlays = variants
        func run(_ label: String, _ change: (file: String, text: String)?) throws -> (ComparedRun, UTCOffset) {
            var extra: [RuleOverlay] = []
            if let change {
                let loaded = ChangesLoader.load(text: change.text, file: change.file)
                #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.map(\.description))")
                extra.append(try #require(loaded.overlay))
            }
            let loaded = ScenarioLoader.load(text: ReportFixture.text, file: path, overlays: extra)
            #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.map(\.description))")
            let scenario = try #require(loaded.scenario)
            let book = try #require(loaded.book)
            let result = ScenarioRunner.run(scenario, book: book)
            let changeFiles = change.map { [$0.file] } ?? []
            let provenance = RunProvenance(
                scenarioFile: shown, book: book, scenarioChangeFiles: scenario.changeFiles, inlineChanges: false,
                extraChangeFiles: changeFiles, seed: result.seed,
                command: (["platelab", "run", shown] + changeFiles.flatMap { ["--changes", $0] }).joined(separator: " ")
            )
            return (ComparedRun(label: label, result: result, provenance: provenance), book.base.region.utcOffset)
        }
        let (baseline, zone) = try run("Baseline", nil)
        let others = try overlays.map { try run($0.label, ($0.file, $0.text)).0 }
        return (baseline, others, zone)
    }
}
