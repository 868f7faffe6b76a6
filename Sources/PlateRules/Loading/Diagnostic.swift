/// One finding about an input file, rendered in the compiler format `file:line:column: error: message`.
public struct Diagnostic: Error, Hashable, Sendable, Comparable, CustomStringConvertible {
    /// How serious a finding is: errors make the input unusable, warnings flag the doubtful.
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public let severity: Severity
    public let location: SourceLocation
    /// The dotted path of the value concerned (`self_compose.per_confirm`), empty for the whole file.
    public let path: String
    public let message: String

    public init(_ severity: Severity, at location: SourceLocation, path: String, _ message: String) {
        self.severity = severity
        self.location = location
        self.path = path
        self.message = message
    }

    /// `file:line:column: severity: path: message`.
    public var description: String {
        "\(location): \(severity.rawValue): " + (path.isEmpty ? "" : "\(path): ") + message
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.path, lhs.message) < (rhs.location, rhs.path, rhs.message)
    }
}

extension Array where Element == Diagnostic {
    /// True when any finding is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Sorted by position, each distinct finding once (derived rule states repeat base findings).
    public func normalized() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return sorted().filter { seen.insert($0).inserted }
    }
}
