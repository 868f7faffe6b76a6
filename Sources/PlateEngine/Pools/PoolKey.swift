/// Identifies one office's pool of one kind: `hebei-chengde/chengde-main/small-car`.
public struct PoolKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let region: String
    public let office: String
    public let pool: String

    public init(region: String, office: String, pool: String) {
        self.region = region
        self.office = office
        self.pool = pool
    }

    public var description: String { "\(region)/\(office)/\(pool)" }

    public static func < (lhs: PoolKey, rhs: PoolKey) -> Bool {
        (lhs.region, lhs.office, lhs.pool) < (rhs.region, rhs.office, rhs.pool)
    }
}
