import PlateRules

/// Who an account belongs to, as its caller numbers them (the scenario runner numbers its applicants): every
/// engine event that names a user or a VIN carries it, so a report finds its applicant by number and never by
/// reading an id or a VIN.
public struct Subject: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let number: Int
    public init(_ number: Int) { self.number = number }
    public var description: String { "#\(number)" }
    public static func < (lhs: Subject, rhs: Subject) -> Bool { lhs.number < rhs.number }
}

/// A platform account: who applies, what kind of user, where registered.
public struct UserAccount: Hashable, Sendable {
    /// The caller's number for whoever holds the account.
    public let subject: Subject
    public let id: String
    public let kind: UserKind
    /// Region id where the account is registered.
    public let home: String
    /// Where SMS codes go.
    public let phone: String
    /// Whether an organisation has signed at the counter (面签).
    public let counterSigned: Bool

    public init(subject: Subject, id: String, kind: UserKind, home: String, phone: String, counterSigned: Bool = false)
    {
        self.subject = subject
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
