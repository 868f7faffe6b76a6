/// Typed reads of a node tree that already passed schema validation; a nil means it did not.
public struct NodeReader {
    public let node: YAMLNode

    public init(_ node: YAMLNode) { self.node = node }

    /// The reader for the mapping under `key`.
    public func child(_ key: String) -> NodeReader? { node[key].map(NodeReader.init) }

    public func string(_ key: String) -> String? {
        guard let value = node[key], !value.isNull else { return nil }
        return value.scalar
    }

    public func int(_ key: String) -> Int? { string(key).flatMap { Int($0) } }

    public func bool(_ key: String) -> Bool? {
        switch string(key) {
        case "true": true
        case "false": false
        default: nil
        }
    }

    public func duration(_ key: String) -> RuleDuration? { string(key).flatMap(RuleDuration.init) }

    /// Clock durations as seconds.
    public func seconds(_ key: String) -> Int? { duration(key)?.seconds }

    /// A clock duration or whole days, in seconds.
    public func elapsedSeconds(_ key: String) -> Int? {
        switch duration(key) {
        case .seconds(let s)?: s
        case .days(let d)?: d * 86_400
        default: nil
        }
    }

    public func strings(_ key: String) -> [String]? {
        guard let items = node[key]?.items else { return nil }
        let values = items.compactMap(\.scalar)
        return values.count == items.count ? values : nil
    }

    public func list(_ key: String) -> [NodeReader]? { node[key]?.items?.map(NodeReader.init) }

    public func choice<T: RawRepresentable>(_ key: String, as: T.Type) -> T? where T.RawValue == String {
        string(key).flatMap(T.init(rawValue:))
    }

    public func choices<T: RawRepresentable>(_ key: String, as: T.Type) -> [T]? where T.RawValue == String {
        guard let words = strings(key) else { return nil }
        let values = words.compactMap(T.init(rawValue:))
        return values.count == words.count ? values : nil
    }
}
