/// Checks a node tree against a schema, gathering every finding, and fills in defaults.
public struct SchemaValidator {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    /// Validates `node` as `object` at `path`; returns the node with defaults of absent optional keys added.
    public mutating func validate(_ node: YAMLNode, as object: SchemaObject, path: String) -> YAMLNode {
        validate(node, as: .object(object), path: path)
    }

    /// Validates `node` as `type`; returns it with defaults filled in.
    public mutating func validate(_ node: YAMLNode, as type: SchemaType, path: String) -> YAMLNode {
        switch type {
        case .object(let object):
            return validateObject(node, object, path: path)
        case .list(let itemType, let minItems, let keyed):
            guard let items = node.items else {
                return mismatch(node, type, path)
            }
            if items.count < minItems {
                report(
                    node, path, "expected at least \(minItems) item\(minItems == 1 ? "" : "s"), found \(items.count)")
            }
            var checked: [YAMLNode] = []
            var seenIDs: [String: SourceLocation] = [:]
            for (index, item) in items.enumerated() {
                var itemPath = "\(path)[\(index)]"
                if keyed, let id = item["id"]?.scalar, !id.isEmpty {
                    itemPath = path.isEmpty ? id : "\(path).\(id)"
                    if let first = seenIDs[id] {
                        report(
                            item["id"]!, itemPath,
                            "duplicate id '\(id)' (first used at line \(first.line)); ids must be unique")
                    } else {
                        seenIDs[id] = item["id"]!.location
                    }
                }
                checked.append(validate(item, as: itemType, path: itemPath))
            }
            return YAMLNode(.sequence(checked), at: node.location)
        case .anyOf(let alternatives):
            let shape: YAMLShape = node.entries != nil ? .mapping : node.items != nil ? .list : .scalar
            let fitting = alternatives.filter { $0.shape == shape }
            if shape == .scalar {
                // Any scalar alternative that accepts the value will do (`0` and `false` are both fine for a bound).
                if fitting.contains(where: { ScalarCheck.problem(node, $0) == nil }) { return node }
                let words = fitting.flatMap { alternative -> [String] in
                    if case .choice(let words) = alternative { words } else { [] }
                }
                report(
                    node, path,
                    "expected \(type.expectation), found \(node.shapeDescription)"
                        + Suggestion.phrase(for: node.scalar ?? "", among: words))
                return node
            }
            guard let first = fitting.first else { return mismatch(node, type, path) }
            return validate(node, as: first, path: path)
        case .mapOf(let valueType):
            guard let entries = node.entries else { return mismatch(node, type, path) }
            return YAMLNode(
                .mapping(
                    entries.map {
                        YAMLNode.Entry(
                            key: $0.key, keyLocation: $0.keyLocation,
                            value: validate($0.value, as: valueType, path: path.isEmpty ? $0.key : "\(path).\($0.key)"))
                    }), at: node.location)
        case .ruleChanges:
            guard let entries = node.entries else { return mismatch(node, type, path) }
            if entries.isEmpty { report(node, path, "expected at least one rule path to change, found none") }
            return node
        default:
            if let problem = ScalarCheck.problem(node, type) {
                report(node, path, problem)
            }
            return node
        }
    }

    private mutating func validateObject(_ node: YAMLNode, _ object: SchemaObject, path: String) -> YAMLNode {
        guard let entries = node.entries else {
            return mismatch(node, .object(object), path)
        }
        let allowed = object.fields.map(\.name)
        var checked: [YAMLNode.Entry] = []
        var misspelt: Set<String> = []
        for entry in entries {
            let childPath = path.isEmpty ? entry.key : "\(path).\(entry.key)"
            guard let field = object.field(entry.key) else {
                let suggestion = Suggestion.closest(to: entry.key, among: allowed)
                if let suggestion { misspelt.insert(suggestion) }
                let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
                diagnostics.append(
                    Diagnostic(
                        .error, at: entry.keyLocation, path: childPath,
                        "unknown key '\(entry.key)'\(hint) Allowed here: \(allowed.joined(separator: ", "))."))
                // Kept, so validating this tree again (once per dated rule state) gives the same findings.
                checked.append(entry)
                continue
            }
            var value = entry.value
            let defaulted = value.isNull && !field.required && field.defaultValue != nil
            if defaulted { value = Self.defaultNode(field, at: entry.keyLocation) }
            var checkedValue = validate(value, as: field.type, path: childPath)
            checkedValue.isDefault = defaulted || entry.value.isDefault
            checked.append(YAMLNode.Entry(key: entry.key, keyLocation: entry.keyLocation, value: checkedValue))
        }
        for field in object.fields where !entries.contains(where: { $0.key == field.name }) {
            // A misspelt key already said "did you mean"; "missing" on top would be the same finding twice.
            if field.required, !misspelt.contains(field.name) {
                report(node, path, "missing required key '\(field.name)': \(field.summary)")
            } else if field.defaultValue != nil {
                // Validated like a written value, so an object default (`wants: {}`) gets its own fields' defaults.
                var value = validate(
                    Self.defaultNode(field, at: node.location), as: field.type,
                    path: path.isEmpty ? field.name : path + "." + field.name)
                value.isDefault = true
                checked.append(YAMLNode.Entry(key: field.name, keyLocation: node.location, value: value))
            }
        }
        return YAMLNode(.mapping(checked), at: node.location)
    }

    /// The default of an optional field as a node located where the user would have written it.
    static func defaultNode(_ field: SchemaField, at location: SourceLocation) -> YAMLNode {
        guard let text = field.defaultValue, case .success(let parsed) = YAMLReader.read(text, file: location.file)
        else {
            return YAMLNode(.scalar("", plain: true), at: location)
        }
        return relocated(parsed, to: location)
    }

    /// A copy of `node` with every location replaced, for values that come from the schema, not the file.
    static func relocated(_ node: YAMLNode, to location: SourceLocation) -> YAMLNode {
        switch node.kind {
        case .scalar: return YAMLNode(node.kind, at: location)
        case .sequence(let items): return YAMLNode(.sequence(items.map { relocated($0, to: location) }), at: location)
        case .mapping(let entries):
            return YAMLNode(
                .mapping(
                    entries.map {
                        YAMLNode.Entry(key: $0.key, keyLocation: location, value: relocated($0.value, to: location))
                    }), at: location)
        }
    }

    private mutating func mismatch(_ node: YAMLNode, _ type: SchemaType, _ path: String) -> YAMLNode {
        report(node, path, "expected \(type.expectation), found \(node.shapeDescription)")
        return node
    }

    /// Records an error at a node.
    public mutating func report(_ node: YAMLNode, _ path: String, _ message: String) {
        diagnostics.append(Diagnostic(.error, at: node.location, path: path, message))
    }
}
