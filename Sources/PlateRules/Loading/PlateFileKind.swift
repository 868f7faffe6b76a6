/// The kinds of PlateLab file, told apart by their `schema:` line, with what each is and which command takes it.
///
/// Every loader reads `schema:` first, so a file of another kind answers with one line naming what it is instead of
/// the wrong schema's first complaint (a rule set given as `--changes` once said "missing required key 'set'").
public enum PlateFileKind: String, CaseIterable, Sendable {
    case rules = "platelab/rules/v1"
    case changes = "platelab/changes/v1"
    case scenario = "platelab/scenario/v1"
    case cases = "platelab/cases/v1"

    /// The `schema:` value.
    public var version: String { rawValue }

    /// The kind in words: "a rule set".
    public var noun: String {
        switch self {
        case .rules: "a rule set"
        case .changes: "a change file"
        case .scenario: "a scenario"
        case .cases: "a case file"
        }
    }

    /// How such a file is used, for a message about `file`.
    public func use(_ file: String) -> String {
        switch self {
        case .rules: "a scenario names it in `rules:`, or pass it with --rules"
        case .changes: "pass it with --changes"
        case .scenario: "run it with `platelab run \(file)`"
        case .cases: "run its cases with `platelab test \(file)`"
        }
    }

    /// The kind `root`'s `schema:` line names; nil when it has none or an unknown one.
    public static func of(_ root: YAMLNode) -> PlateFileKind? {
        root["schema"]?.scalar.flatMap(PlateFileKind.init(rawValue:))
    }

    /// One error when `root` is a PlateLab file of another kind than `expected`; nil otherwise (a missing or
    /// unknown `schema:` line is left to the schema's own check).
    public static func mismatch(_ root: YAMLNode, file: String, expected: PlateFileKind) -> Diagnostic? {
        guard let kind = of(root), kind != expected, let line = root["schema"] else { return nil }
        return Diagnostic(
            .error, at: line.location, path: "schema",
            "this is \(kind.noun); \(kind.use(file)) (schema \(kind.version)); expected \(expected.noun) (\(expected.version))"
        )
    }
}
