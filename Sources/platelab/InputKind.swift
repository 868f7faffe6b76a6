import PlateRules

/// Tells PlateLab files apart by their `schema:` line and checks each with its own loader.
enum InputKind {
    /// Every finding about `file`.
    static func check(file: String, overlays: [RuleOverlay]) throws(InputError) -> [Diagnostic] {
        let text = try InputFile.text(at: file)
        let known = [RuleSetSchema.version, ChangesSchema.version, ScenarioSchema.version, CaseFileLoader.version]
        let root: YAMLNode
        switch YAMLReader.read(text, file: file) {
        case .failure(let problem): return [problem]
        case .success(let node): root = node
        }
        switch root["schema"]?.scalar {
        case RuleSetSchema.version?:
            return RuleSetLoader.load(text: text, file: file, overlays: overlays).diagnostics
        case ChangesSchema.version?:
            return ChangesLoader.load(text: text, file: file).diagnostics
        case ScenarioSchema.version?:
            return ScenarioLoader.load(text: text, file: file).diagnostics
        case CaseFileLoader.version?:
            return CaseFileLoader.load(text: text, file: file).diagnostics
        case let other?:
            let node = root["schema"]!
            return [Diagnostic(.error, at: node.location, path: "schema",
                               "unknown schema '\(other)'; expected one of \(known.joined(separator: ", "))")]
        case nil:
            return [Diagnostic(.error, at: root.location, path: "",
                               "missing 'schema:' line; a PlateLab file starts with one of: \(known.map { "schema: \($0)" }.joined(separator: ", "))")]
        }
    }
}
