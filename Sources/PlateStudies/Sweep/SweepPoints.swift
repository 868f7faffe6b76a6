import PlateRules
import PlateScenarios

/// Loads a sweep's grid points: the scenario with the point's values as an overlay.
public enum SweepPoints {
    /// The scenario and rules of `point`, or the errors that stop it.
    public static func load(_ point: Int, of grid: SweepGrid, scenario file: String) -> Result<
        (scenario: Scenario, book: RuleBook), Failure
    > {
        load(overlay: grid.overlayText(at: point), scenario: file)
    }

    /// The scenario with the overlay `text` (`platelab/changes/v1`) over its rules, or the errors that stop it.
    public static func load(overlay text: String, scenario file: String, skipping: Set<String> = []) -> Result<
        (scenario: Scenario, book: RuleBook), Failure
    > {
        let overlay = ChangesLoader.load(text: text, file: "--vary")
        guard let changes = overlay.overlay, !overlay.diagnostics.hasErrors else {
            return .failure(Failure(overlay.diagnostics))
        }
        guard let loaded = try? ScenarioLoader.load(file: file, overlays: [changes], skipping: skipping) else {
            return .failure(
                Failure([
                    Diagnostic(
                        .error, at: SourceLocation(file: file, line: 1, column: 1), path: "", "cannot read the file")
                ]))
        }
        guard !loaded.diagnostics.hasErrors, let scenario = loaded.scenario, let book = loaded.book else {
            return .failure(Failure(loaded.diagnostics))
        }
        return .success((scenario, book))
    }

    /// The errors of the scenario with the overlay `text` over its rules (none when it loads).
    public static func load(text: String, scenario file: String, skipping: Set<String> = []) -> [Diagnostic] {
        if case .failure(let failure) = load(overlay: text, scenario: file, skipping: skipping) {
            return failure.errors
        }
        return []
    }

    /// Why a point does not load: its errors (warnings left out).
    public struct Failure: Error {
        public let errors: [Diagnostic]
        public init(_ findings: [Diagnostic]) { errors = findings.filter { $0.severity == .error } }
    }
}
