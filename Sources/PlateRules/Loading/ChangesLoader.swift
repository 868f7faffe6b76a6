/// Loads overlay files (`platelab/changes/v1`).
public enum ChangesLoader {
    /// A loaded overlay with its label, or the findings that stop it.
    public struct Result: Sendable {
        public let overlay: RuleOverlay?
        public let name: String?
        public let diagnostics: [Diagnostic]
    }

    /// Parses and validates overlay text: its paths and values against the rule-set schema (item ids when applied).
    public static func load(text: String, file: String) -> Result {
        switch YAMLReader.read(text, file: file) {
        case .failure(let problem):
            return Result(overlay: nil, name: nil, diagnostics: [problem])
        case .success(let root):
            if let other = PlateFileKind.mismatch(root, file: file, expected: .changes) {
                return Result(overlay: nil, name: nil, diagnostics: [other])
            }
            var validator = SchemaValidator()
            let checked = validator.validate(root, as: ChangesSchema.root, path: "")
            let entries = checked["set"]?.entries ?? []
            let overlay = RuleOverlay(entries: entries, origin: checked.location)
            // Paths and values are checked here too, so `check` finds them in the overlay alone.
            let findings = validator.diagnostics + overlay.check(schema: RuleSetSchema.root)
            return Result(
                overlay: findings.hasErrors ? nil : overlay, name: checked["name"]?.scalar,
                diagnostics: findings.normalized())
        }
    }

    /// Reads and loads an overlay file.
    public static func load(file: String) throws(InputError) -> Result {
        load(text: try InputFile.text(at: file), file: file)
    }
}
