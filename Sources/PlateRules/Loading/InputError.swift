/// An input that could not be read at all (missing, unreadable, not UTF-8): exit status 2, not a finding.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): error: cannot read: \(reason)" }
}
