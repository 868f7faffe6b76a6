import PlateRules

/// A case file's step templates (`step_templates:`): named sequences of steps that a scripted user starts with, so
/// that a case reads in a few lines and the way to a stage is written once.
///
/// `starts_with: NAME` puts the template's steps before the user's own; `starts_with: {template: NAME, at: INSTANT}`
/// also times the first of them (the user's `at`, in place of the template's timing). The expansion happens on the
/// YAML tree, before the scenario loader sees the user, and the steps keep the template's locations: a finding or a
/// failed step in a template points at the template's line.
struct StepTemplates {
    /// The templates' names, in the order written (for suggestions and the unused-template warning).
    private(set) var names: [String] = []
    private var steps: [String: [YAMLNode]] = [:]
    private var keyLocations: [String: SourceLocation] = [:]
    /// The templates some user started with.
    private(set) var used: Set<String> = []

    static let startKeys = ["template", "at"]

    /// Reads `step_templates:` (absent: none), reporting what is not a mapping of non-empty step lists.
    init(_ node: YAMLNode?, findings: inout [Diagnostic]) {
        guard let node else { return }
        guard let entries = node.entries else {
            findings.append(
                Diagnostic(
                    .error, at: node.location, path: "step_templates",
                    "expected a mapping of template names to lists of steps, found \(node.shapeDescription)"))
            return
        }
        for entry in entries {
            guard let list = entry.value.items, !list.isEmpty else {
                findings.append(
                    Diagnostic(
                        .error, at: entry.value.location, path: "step_templates.\(entry.key)",
                        "expected a list of at least one step, as a user's `steps:`"))
                continue
            }
            names.append(entry.key)
            steps[entry.key] = list
            keyLocations[entry.key] = entry.keyLocation
        }
    }

    /// `user` with its `starts_with` replaced by the template's steps ahead of its own; `path` is the user's path in
    /// the case file, for findings. A user without `starts_with` comes back as it was.
    mutating func expand(_ user: YAMLNode, path: String, findings: inout [Diagnostic]) -> YAMLNode {
        guard let entries = user.entries, let start = user.entry("starts_with") else { return user }
        let rest = entries.filter { $0.key != "starts_with" }
        guard let (name, at) = reference(start.value, path: "\(path).starts_with", findings: &findings) else {
            return YAMLNode(.mapping(rest), at: user.location)
        }
        guard var template = steps[name] else {
            findings.append(
                Diagnostic(
                    .error, at: start.value.location, path: "\(path).starts_with",
                    "no step template '\(name)'" + Suggestion.phrase(for: name, among: names)
                        + (names.isEmpty
                            ? "; declare templates under step_templates:"
                            : "; templates here: " + names.joined(separator: ", "))))
            return YAMLNode(.mapping(rest), at: user.location)
        }
        used.insert(name)
        if let at { template[0] = Self.timed(template[0], at: at) }
        let own = user.entry("steps")
        let combined = YAMLNode(
            .sequence(template + (own?.value.items ?? [])), at: own?.value.location ?? start.value.location)
        let stepsEntry = YAMLNode.Entry(
            key: "steps", keyLocation: own?.keyLocation ?? start.keyLocation, value: combined)
        return YAMLNode(.mapping(rest.filter { $0.key != "steps" } + [stepsEntry]), at: user.location)
    }

    /// Warnings for templates no user starts with (a template left behind by an edit).
    func unusedWarnings() -> [Diagnostic] {
        names.filter { !used.contains($0) }.map { name in
            Diagnostic(
                .warning, at: keyLocations[name]!, path: "step_templates.\(name)",
                "step template '\(name)' is started by no user")
        }
    }

    /// The template name and the optional `at` node of a `starts_with` value.
    private func reference(
        _ node: YAMLNode, path: String, findings: inout [Diagnostic]
    ) -> (String, YAMLNode?)? {
        if let name = node.scalar { return (name, nil) }
        guard let entries = node.entries else {
            findings.append(
                Diagnostic(
                    .error, at: node.location, path: path,
                    "expected a template name, or {template: NAME, at: INSTANT}, found \(node.shapeDescription)"))
            return nil
        }
        for entry in entries where !Self.startKeys.contains(entry.key) {
            findings.append(
                Diagnostic(
                    .error, at: entry.keyLocation, path: "\(path).\(entry.key)",
                    "unknown key '\(entry.key)'" + Suggestion.phrase(for: entry.key, among: Self.startKeys)
                        + "; allowed here: " + Self.startKeys.joined(separator: ", ")))
        }
        guard let name = node["template"]?.scalar else {
            findings.append(
                Diagnostic(.error, at: node.location, path: "\(path).template", "missing required key 'template'"))
            return nil
        }
        return (name, node["at"])
    }

    /// `step` timed `at`: its own `at` or `after` replaced; a bare action (`accept_notice`) becomes its mapping form.
    static func timed(_ step: YAMLNode, at: YAMLNode) -> YAMLNode {
        let atEntry = YAMLNode.Entry(key: "at", keyLocation: at.location, value: at)
        if let word = step.scalar {
            let action = YAMLNode.Entry(
                key: word, keyLocation: step.location, value: YAMLNode(.scalar("true", plain: true), at: step.location))
            return YAMLNode(.mapping([atEntry, action]), at: step.location)
        }
        let others = (step.entries ?? []).filter { $0.key != "at" && $0.key != "after" }
        return YAMLNode(.mapping([atEntry] + others), at: step.location)
    }
}
