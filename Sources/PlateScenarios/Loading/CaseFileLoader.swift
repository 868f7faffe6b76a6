import Foundation
import PlateRules

/// Loads a case file (`platelab/cases/v1`): a shared setup (rules, changes, seed, period, pools, population, and
/// users who act in every case, before the case's own: the applicants who took what a case finds taken) and a
/// list of cases, each a few scripted users with their expectations. Every case becomes a scenario of its own,
/// run in a fresh world, so cases never disturb each other; locations stay those of the case file. Step templates
/// (`step_templates:`, `StepTemplates`) name the steps many users start with, written once.
public enum CaseFileLoader {
    public static let version = "platelab/cases/v1"

    /// The keys of the shared setup: a scenario's, without its users and expectations.
    static let setupKeys = [
        "rules", "changes", "change_files", "seed", "outside_regions", "start", "until", "pools", "population",
    ]
    static let topKeys =
        ["schema", "name", "description", "keywords", "step_templates"] + setupKeys + ["users", "cases"]
    static let caseKeys = ["name", "description", "users", "expect"]

    /// One case: its name, where it starts, and the scenario it became.
    public struct Case: Sendable {
        public let name: String
        public let location: SourceLocation
        public let result: ScenarioLoader.Result
    }

    public struct Result: Sendable {
        public let name: String?
        public let cases: [Case]
        /// Every finding of the file and its cases (a finding of the shared setup once).
        public let diagnostics: [Diagnostic]
    }

    public static func load(file: String) throws(InputError) -> Result {
        load(text: try InputFile.text(at: file), file: file)
    }

    public static func load(text: String, file: String) -> Result {
        switch YAMLReader.read(text, file: file) {
        case .failure(let problem): return Result(name: nil, cases: [], diagnostics: [problem])
        case .success(let root):
            if let other = PlateFileKind.mismatch(root, file: file, expected: .cases) {
                return Result(name: nil, cases: [], diagnostics: [other])
            }
            return load(root: root, file: file)
        }
    }

    static func load(root: YAMLNode, file: String) -> Result {
        var findings: [Diagnostic] = []
        guard let entries = root.entries else {
            return Result(
                name: nil, cases: [],
                diagnostics: [
                    Diagnostic(.error, at: root.location, path: "", "expected a mapping with schema: \(version)")
                ])
        }
        for entry in entries where !topKeys.contains(entry.key) {
            findings.append(
                Diagnostic(
                    .error, at: entry.keyLocation, path: entry.key,
                    "unknown key '\(entry.key)'"
                        + Suggestion.phrase(for: entry.key, among: topKeys) + "; allowed here: "
                        + topKeys.joined(separator: ", ")))
        }
        if root["schema"]?.scalar != version {
            findings.append(
                Diagnostic(.error, at: root["schema"]?.location ?? root.location, path: "schema", "expected \(version)")
            )
        }
        guard let caseNodes = root["cases"]?.items, !caseNodes.isEmpty else {
            findings.append(
                Diagnostic(
                    .error, at: root["cases"]?.location ?? root.location, path: "cases",
                    "expected a list of at least one case"))
            return Result(name: root["name"]?.scalar, cases: [], diagnostics: findings.normalized())
        }
        var templates = StepTemplates(root["step_templates"], findings: &findings)
        // The shared users are expanded once (their findings once); each case's own users in the loop.
        let sharedUsers = (root["users"]?.items ?? []).enumerated().map { index, user in
            templates.expand(user, path: "users[\(index)]", findings: &findings)
        }
        let stem = FilePaths.stem(of: file)
        var cases: [Case] = []
        var names: Set<String> = []
        for (index, node) in caseNodes.enumerated() {
            let path = "cases[\(index)]"
            guard let caseEntries = node.entries, let name = node["name"]?.scalar, !name.isEmpty else {
                findings.append(
                    Diagnostic(
                        .error, at: node.location, path: path,
                        "a case is a mapping with a name, its users and expectations"))
                continue
            }
            for entry in caseEntries where !caseKeys.contains(entry.key) {
                findings.append(
                    Diagnostic(
                        .error, at: entry.keyLocation, path: "\(path).\(entry.key)",
                        "unknown key '\(entry.key)'"
                            + Suggestion.phrase(for: entry.key, among: caseKeys) + "; allowed here: "
                            + caseKeys.joined(separator: ", ")))
            }
            if !names.insert(name).inserted {
                findings.append(
                    Diagnostic(
                        .error, at: node["name"]!.location, path: "\(path).name",
                        "case name '\(name)' is used twice; cases are run by name"))
            }
            let ownUsers = (node["users"]?.items ?? []).enumerated().map { index, user in
                templates.expand(user, path: "\(path).users[\(index)]", findings: &findings)
            }
            let loaded = ScenarioLoader.load(
                root: scenario(root, case: node, name: "\(stem): \(name)", shared: sharedUsers, own: ownUsers),
                file: file)
            // Findings read as paths of the case file; the setup's (shared users included) are the same in every case,
            // kept once.
            let shared = root["users"]?.items?.count ?? 0
            findings += loaded.diagnostics.map { d in
                Diagnostic(d.severity, at: d.location, path: casePath(d.path, case: path, shared: shared), d.message)
            }
            cases.append(Case(name: name, location: node.location, result: loaded))
        }
        findings += templates.unusedWarnings()
        return Result(name: root["name"]?.scalar, cases: cases, diagnostics: findings.normalized())
    }

    /// A scenario path as a path of the case file: `users[i]…` of a shared user stays a top-level path, a case's own
    /// user becomes `cases[k].users[i − shared]…`, `expect…` becomes `cases[k].expect…`; setup paths stay as they are.
    static func casePath(_ path: String, case prefix: String, shared: Int) -> String {
        if path.hasPrefix("expect") { return "\(prefix).\(path)" }
        guard path.hasPrefix("users["), let close = path.firstIndex(of: "]"),
            let index = Int(path[path.index(path.startIndex, offsetBy: 6)..<close])
        else { return path }
        let rest = path[path.index(after: close)...]
        return index < shared ? path : "\(prefix).users[\(index - shared)]\(rest)"
    }

    /// The scenario of one case: the shared setup, the case's users and expectations, every node where it was written;
    /// `shared` and `own` are the setup's and the case's users with their step templates expanded.
    static func scenario(
        _ root: YAMLNode, case node: YAMLNode, name: String, shared: [YAMLNode], own: [YAMLNode]
    ) -> YAMLNode {
        let at = node.location
        var entries = [
            YAMLNode.Entry(
                key: "schema", keyLocation: root.entry("schema")?.keyLocation ?? at,
                value: YAMLNode(.scalar(ScenarioSchema.version, plain: true), at: root["schema"]?.location ?? at)),
            YAMLNode.Entry(
                key: "name", keyLocation: at,
                value: YAMLNode(.scalar(name, plain: false), at: node["name"]?.location ?? at)),
        ]
        if let description = node.entry("description") ?? root.entry("description") { entries.append(description) }
        for key in setupKeys { if let entry = root.entry(key) { entries.append(entry) } }
        // The setup's users first, then the case's: one list, each user where it was written.
        if !shared.isEmpty || node.entry("users") != nil {
            let key = node.entry("users") ?? root.entry("users")!
            entries.append(
                YAMLNode.Entry(
                    key: "users", keyLocation: key.keyLocation,
                    value: YAMLNode(.sequence(shared + own), at: key.value.location)))
        }
        if let expect = node.entry("expect") { entries.append(expect) }
        return YAMLNode(.mapping(entries), at: at)
    }
}
