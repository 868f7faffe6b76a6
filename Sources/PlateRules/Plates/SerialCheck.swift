/// The outcome of checking a serial against a format.
public enum SerialCheck: Hashable, Sendable {
    /// A member, counted under the first shape it matches.
    case member(shapeIndex: Int)
    /// Not a member, with the first reason found.
    case rejected(SerialRejection)

    /// Whether the serial is a member.
    public var isMember: Bool {
        if case .member = self { return true }
        return false
    }
}
