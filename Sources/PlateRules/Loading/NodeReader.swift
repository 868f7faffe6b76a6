/// Typed reads of a node tree that already passed schema validation; a nil means it did not.
struct NodeReader {
    let node: YAMLNode

    init(_ node: YAMLNode) { self.node = node }

    /// The reader for the mapping under `key`.
    func child(_ key: String) -> NodeReader? { node[key].map(NodeReader.init) }

    func string(_ key: String) -> String? {
        guard let value = node[key], !value.isNull else { return nil }
        return value.scalar
    }

    func int(_ key: String) -> Int? { string(key).flatMap { Int($0) } }

    func bool(_ key: String) -> Bool? {
        switch string(key) {
        case "true": true
        case "false": false
        default: nil
        }
    }

    func duration(_ key: String) -> RuleDuration? { string(key).flatMap(RuleDuration.init) }

    /// Clock durations as seconds.
    func seconds(_ key: String) -> Int? { duration(key)?.seconds }

    /// A clock duration or whole days, in seconds.
    func elapsedSeconds(_ key: String) -> Int? {
        switch duration(key) {
        case .seconds(let s)?: s
        case .days(let d)?: d * 86_400
        default: nil
        }
    }

    func strings(_ key: String) -> [String]? {
        guard let items = node[key]?.items else { return nil }
        let values = items.compactMap(\.scalar)
        return values.count == items.count ? values : nil
    }

    func list(_ key: String) -> [NodeReader]? { node[key]?.items?.map(NodeReader.init) }

    func choice<T: RawRepresentable>(_ key: String, as: T.Type) -> T? where T.RawValue == String {
        string(key).flatMap(T.init(rawValue:))
    }

    func choices<T: RawRepresentable>(_ key: String, as: T.Type) -> [T]? where T.RawValue == String {
        guard let words = strings(key) else { return nil }
        let values = words.compactMap(T.init(rawValue:))
        return values.count == words.count ? values : nil
    }
}
