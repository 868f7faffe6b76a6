/// Loads a rule-set file with its dated changes and any overlays into a `RuleBook`, gathering every finding.
public enum RuleSetLoader {
    /// The rule book when the input is usable, and every finding, sorted.
    public struct Result: Sendable {
        public let book: RuleBook?
        public let diagnostics: [Diagnostic]
    }

    /// Reads and loads a rule-set file.
    public static func load(file: String, overlays: [RuleOverlay] = [], skipping: Set<String> = []) throws(InputError)
        -> Result
    {
        load(text: try InputFile.text(at: file), file: file, overlays: overlays, skipping: skipping)
    }

    /// Loads rule-set text; `file` names it in locations.
    /// `skipping` names cross checks left out (`CrossCheck.name`): a sweep judges those point by point.
    public static func load(text: String, file: String, overlays: [RuleOverlay] = [], skipping: Set<String> = [])
        -> Result
    {
        let root: YAMLNode
        switch YAMLReader.read(text, file: file) {
        case .failure(let problem): return Result(book: nil, diagnostics: [problem])
        case .success(let node): root = node
        }
        if let other = PlateFileKind.mismatch(root, file: file, expected: .rules) {
            return Result(book: nil, diagnostics: [other])
        }
        var validator = SchemaValidator()
        let base = validator.validate(root, as: RuleSetSchema.root, path: "")
        var diagnostics = validator.diagnostics + RuleSetLinter.lint(base, skipping: skipping)

        // Each dated change yields the tree in force from its date; overlays go on top of every one.
        var trees: [(from: Instant?, label: String?, tree: YAMLNode)] = [(nil, nil, base)]
        let offset = base["region"]?["utc_offset"]?.scalar.flatMap(UTCOffset.init) ?? UTCOffset(seconds: 0)
        for change in base["changes"]?.items ?? [] {
            guard let fromText = change["from"]?.scalar,
                let from = Instant(iso8601: fromText) ?? CivilDate(fromText).map({ Instant(date: $0, offset: offset) }),
                let set = change["set"]?.entries
            else { continue }
            if let previous = trees.last?.from, from <= previous {
                diagnostics.append(
                    Diagnostic(
                        .error, at: change["from"]!.location, path: "changes",
                        "dated changes must be in date order: \(fromText) does not come after the change before it"))
            }
            let overlay = RuleOverlay(entries: set, origin: change.location)
            trees.append(
                (
                    from, fromText,
                    overlay.apply(to: trees.last!.tree, schema: RuleSetSchema.root, diagnostics: &diagnostics)
                ))
        }

        let baseFindings = Set(diagnostics)
        var epochs: [RuleBook.Epoch] = []
        for (from, label, tree) in trees {
            var findings: [Diagnostic] = []
            var effective = tree
            for overlay in overlays {
                effective = overlay.apply(to: effective, schema: RuleSetSchema.root, diagnostics: &findings)
            }
            var epochValidator = SchemaValidator()
            effective = epochValidator.validate(effective, as: RuleSetSchema.root, path: "")
            findings += epochValidator.diagnostics + RuleSetLinter.lint(effective, skipping: skipping)
            for finding in findings where !baseFindings.contains(finding) {
                // A finding that only arises once a change is in force says so.
                diagnostics.append(
                    label.map {
                        Diagnostic(
                            finding.severity, at: finding.location, path: finding.path,
                            "\(finding.message) (rules in force from \($0))")
                    } ?? finding)
            }
            if let rules = RuleSetDecoder.decode(effective) {
                epochs.append(RuleBook.Epoch(from: from, rules: rules, document: effective))
            }
        }
        let all = diagnostics.normalized()
        let usable = !all.hasErrors && epochs.count == trees.count
        return Result(book: usable ? RuleBook(file: file, epochs: epochs) : nil, diagnostics: all)
    }
}
