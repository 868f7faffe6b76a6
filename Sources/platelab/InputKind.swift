import PlateRules
import PlateScenarios

/// Tells PlateLab files apart by their `schema:` line and checks each with its own loader.
enum InputKind {
    /// Every finding about `file`.
    static func check(file: String, overlays: [RuleOverlay]) throws(InputError) -> [Diagnostic] {
        let text = try InputFile.text(at: file)
        let known = PlateFileKind.allCases.map(\.version)
        let root: YAMLNode
        switch YAMLReader.read(text, file: file) {
        case .failure(let problem): return [problem]
        case .success(let node): root = node
        }
        switch PlateFileKind.of(root) {
        case .rules?: return RuleSetLoader.load(text: text, file: file, overlays: overlays).diagnostics
        case .changes?: return ChangesLoader.load(text: text, file: file).diagnostics
        case .scenario?: return ScenarioLoader.load(text: text, file: file).diagnostics
        case .cases?: return CaseFileLoader.load(text: text, file: file).diagnostics
        case nil: break
        }
        switch root["schema"]?.scalar {
        case let other?:
            let node = root["schema"]!
            return [
                Diagnostic(
                    .error, at: node.location, path: "schema",
                    "unknown schema '\(other)'; expected one of \(known.joined(separator: ", "))")
            ]
        case nil:
            return [
                Diagnostic(
                    .error, at: root.location, path: "",
                    "missing 'schema:' line; a PlateLab file starts with one of: \(known.map { "schema: \($0)" }.joined(separator: ", "))"
                )
            ]
        }
    }
}
