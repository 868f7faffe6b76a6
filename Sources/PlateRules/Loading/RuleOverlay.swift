/// Merges dotted-path changes (`self_compose.total: 10`, `pools.small-car.segments.size: 50`) over a rule-set tree.
///
/// A mapping value merges key by key, so untouched keys stay; any other value replaces what was there.
/// Merged values keep their own locations, so later findings point into the file that wrote them.
public struct RuleOverlay: Sendable {
    /// The changes in the order written; each key is a dotted path.
    public let entries: [YAMLNode.Entry]
    /// Where the changes came from (an overlay file, a dated change, a scenario).
    public let origin: SourceLocation

    public init(entries: [YAMLNode.Entry], origin: SourceLocation) {
        self.entries = entries
        self.origin = origin
    }

    /// Applies every change to `root`, reporting paths that name nothing in `schema`.
    public func apply(to root: YAMLNode, schema: SchemaObject, diagnostics: inout [Diagnostic]) -> YAMLNode {
        var result = root
        for entry in entries {
            let segments = entry.key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if segments.contains(where: \.isEmpty) {
                diagnostics.append(
                    Diagnostic(
                        .error, at: entry.keyLocation, path: entry.key,
                        "a rule path is words joined by dots, such as self_compose.total"))
                continue
            }
            if ["schema", "changes"].contains(segments[0]) {
                diagnostics.append(
                    Diagnostic(
                        .error, at: entry.keyLocation, path: entry.key,
                        "'\(segments[0])' cannot be changed by a rule change"))
                continue
            }
            result = set(
                entry.value, at: segments[...], done: [], in: result, type: .object(schema),
                keyLocation: entry.keyLocation, diagnostics: &diagnostics)
        }
        return result
    }

    /// The findings of the changes on their own, before any rule set: paths that name nothing in `schema` and values
    /// of the wrong type or out of range. Item ids (`pools.small-car`) are checked only when applied, as only the
    /// rule set knows them.
    public func check(schema: SchemaObject) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for entry in entries {
            let segments = entry.key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard !segments.contains(where: \.isEmpty), !["schema", "changes"].contains(segments[0]) else { continue }
            check(
                entry.value, at: segments[...], done: [], type: .object(schema), keyLocation: entry.keyLocation,
                findings: &findings)
        }
        return findings
    }

    private func check(
        _ value: YAMLNode, at segments: ArraySlice<String>, done: [String], type: SchemaType,
        keyLocation: SourceLocation,
        findings: inout [Diagnostic]
    ) {
        guard let segment = segments.first else {
            // A mapping over an object merges key by key: each key is a path of its own.
            if case .object = type, let entries = value.entries {
                for entry in entries {
                    let more = entry.key.split(separator: ".").map(String.init)
                    check(
                        entry.value, at: more[...], done: done, type: type, keyLocation: entry.keyLocation,
                        findings: &findings)
                }
                return
            }
            var validator = SchemaValidator()
            _ = validator.validate(value, as: type, path: done.joined(separator: "."))
            findings += validator.diagnostics
            return
        }
        let path = (done + [segment]).joined(separator: ".")
        switch type {
        case .object(let object):
            guard let field = object.field(segment) else {
                let names = object.fields.map(\.name)
                findings.append(
                    Diagnostic(
                        .error, at: keyLocation, path: path,
                        "no rule '\(segment)' here\(Suggestion.phrase(for: segment, among: names)) Known here: \(names.joined(separator: ", "))."
                    ))
                return
            }
            check(
                value, at: segments.dropFirst(), done: done + [segment], type: field.type, keyLocation: keyLocation,
                findings: &findings)
        case .list(let itemType, _, keyed: true):
            check(
                value, at: segments.dropFirst(), done: done + [segment], type: itemType, keyLocation: keyLocation,
                findings: &findings)
        default:
            findings.append(
                Diagnostic(
                    .error, at: keyLocation, path: path,
                    "'\(done.joined(separator: "."))' is \(type.expectation), which has no part '\(segment)'"))
        }
    }

    private func set(
        _ value: YAMLNode, at segments: ArraySlice<String>, done: [String], in node: YAMLNode?, type: SchemaType,
        keyLocation: SourceLocation, diagnostics: inout [Diagnostic]
    ) -> YAMLNode {
        guard let segment = segments.first else {
            return merge(value, into: node, type: type, path: done, keyLocation: keyLocation, diagnostics: &diagnostics)
        }
        let path = (done + [segment]).joined(separator: ".")
        let base = node ?? YAMLNode(.mapping([]), at: keyLocation)
        switch type {
        case .object(let object):
            guard let field = object.field(segment) else {
                let names = object.fields.map(\.name)
                diagnostics.append(
                    Diagnostic(
                        .error, at: keyLocation, path: path,
                        "no rule '\(segment)' here\(Suggestion.phrase(for: segment, among: names)) Known here: \(names.joined(separator: ", "))."
                    ))
                return base
            }
            var entries = base.entries ?? []
            let index = entries.firstIndex { $0.key == segment }
            // An absent required section is already reported by the base; filling part of it would only cascade.
            if index == nil, field.required, segments.count > 1 { return base }
            let updated = set(
                value, at: segments.dropFirst(), done: done + [segment], in: index.map { entries[$0].value },
                type: field.type, keyLocation: keyLocation, diagnostics: &diagnostics)
            if let index {
                entries[index].value = updated
            } else {
                entries.append(YAMLNode.Entry(key: segment, keyLocation: keyLocation, value: updated))
            }
            return YAMLNode(.mapping(entries), at: base.location)
        case .list(let itemType, _, keyed: true):
            var items = base.items ?? []
            let ids = items.compactMap { $0["id"]?.scalar }
            guard let index = items.firstIndex(where: { $0["id"]?.scalar == segment }) else {
                diagnostics.append(
                    Diagnostic(
                        .error, at: keyLocation, path: path,
                        "no item with id '\(segment)'\(Suggestion.phrase(for: segment, among: ids)) Known ids: \(ids.joined(separator: ", "))."
                    ))
                return base
            }
            items[index] = set(
                value, at: segments.dropFirst(), done: done + [segment], in: items[index], type: itemType,
                keyLocation: keyLocation, diagnostics: &diagnostics)
            return YAMLNode(.sequence(items), at: base.location)
        default:
            diagnostics.append(
                Diagnostic(
                    .error, at: keyLocation, path: path,
                    "'\(done.joined(separator: "."))' is \(type.expectation), which has no part '\(segment)'"))
            return base
        }
    }

    /// Mapping values over objects merge key by key (each key may itself be dotted); all else replaces.
    private func merge(
        _ value: YAMLNode, into node: YAMLNode?, type: SchemaType, path: [String], keyLocation: SourceLocation,
        diagnostics: inout [Diagnostic]
    ) -> YAMLNode {
        guard case .object = type, let entries = value.entries, let existing = node, existing.entries != nil else {
            return value
        }
        var result = existing
        for entry in entries {
            let segments = entry.key.split(separator: ".").map(String.init)
            result = set(
                entry.value, at: segments[...], done: path, in: result, type: type, keyLocation: entry.keyLocation,
                diagnostics: &diagnostics)
        }
        return result
    }
}
