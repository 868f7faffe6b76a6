/// A YAML value with the place it was written, so every later finding can point into the file.
public struct YAMLNode: Sendable, Hashable {
    /// The shape of a node.
    public enum Kind: Sendable, Hashable {
        /// A scalar's text; `plain` is false for quoted and block scalars.
        case scalar(String, plain: Bool)
        case mapping([Entry])
        case sequence([YAMLNode])
    }

    /// A mapping entry: key text with its own location, and the value.
    public struct Entry: Sendable, Hashable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: YAMLNode

        public init(key: String, keyLocation: SourceLocation, value: YAMLNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    public var kind: Kind
    public var location: SourceLocation
    /// The schema's default for a key the file left out (its location is then where the key would go).
    public var isDefault = false

    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }

    /// The scalar text, nil for collections.
    public var scalar: String? { if case .scalar(let s, _) = kind { s } else { nil } }

    /// True for an empty value, `~` or `null` written plainly.
    public var isNull: Bool {
        if case .scalar(let s, plain: true) = kind {
            return s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL"
        }
        return false
    }

    /// The entries of a mapping, nil otherwise.
    public var entries: [Entry]? { if case .mapping(let e) = kind { e } else { nil } }

    /// The items of a sequence, nil otherwise.
    public var items: [YAMLNode]? { if case .sequence(let i) = kind { i } else { nil } }

    /// The value under `key` in a mapping.
    public subscript(key: String) -> YAMLNode? {
        entries?.first { $0.key == key }?.value
    }

    /// The entry named `key` in a mapping.
    public func entry(_ key: String) -> Entry? { entries?.first { $0.key == key } }

    /// A word for the node's shape, used in "expected …, found …" messages.
    public var shapeDescription: String {
        switch kind {
        case .scalar(let s, _):
            isNull ? "nothing" : "\"\(s.utf8.count > 40 && s.prefix(41).count > 40 ? String(s.prefix(40)) + "…" : s)\""
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}
