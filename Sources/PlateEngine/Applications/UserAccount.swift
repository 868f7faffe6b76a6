import PlateRules

/// A platform account: who applies, what kind of user, where registered.
public struct UserAccount: Hashable, Sendable {
    public let id: String
    public let kind: UserKind
    /// Region id where the account is registered.
    public let home: String
    /// Where SMS codes go.
    public let phone: String
    /// Whether an organisation has signed at the counter (面签).
    public let counterSigned: Bool

    public init(id: String, kind: UserKind, home: String, phone: String, counterSigned: Bool = false) {
        self.id = id
        self.kind = kind
        self.home = home
        self.phone = phone
        self.counterSigned = counterSigned
    }
}

/// Identifies one application session.
public struct ApplicationID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let value: Int
    public init(_ value: Int) { self.value = value }
    public var description: String { "A\(value)" }
    public static func < (lhs: ApplicationID, rhs: ApplicationID) -> Bool { lhs.value < rhs.value }
}
