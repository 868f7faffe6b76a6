/// Which selection credential (选号凭证) a vehicle presents.
public enum CredentialKind: String, Sendable, CaseIterable, Hashable {
    /// Certificate-of-conformity number (合格证编号), domestic vehicles.
    case certificate
    /// Import certificate number (货物进口证明书编号), imported vehicles.
    case importCertificate = "import_certificate"
}

/// A rule-set format for a credential number: a pattern that must match the whole text.
///
/// Patterns are a safe subset of regular expressions: letters, digits and bracket classes of them (`[A-Z0-9]`),
/// each with an optional count (`{n}`, `{n,m}`, `{n,}`, `?`, `*`, `+`). Matching them is linear in the text
/// (`CredentialMatcher`), so no entry can make a check slow; alternation, groups and the rest of regex syntax are
/// refused at load, and credentials are at most `CredentialMatcher.maxLength` characters.
public struct CredentialFormat: Sendable, Hashable {
    /// The pattern as written in the rule set, e.g. `[A-Z0-9]{15}`.
    public let pattern: String
    private let matcher: CredentialMatcher

    /// Reads `pattern`; throws when it is outside the subset or could only match text longer than a credential.
    public init(pattern: String) throws(CredentialFormatError) {
        guard let matcher = CredentialMatcher(pattern: pattern) else {
            throw .invalidPattern(
                pattern: pattern,
                reason: "credential formats are letters, digits and bracket classes of them ([A-Z0-9], [a-f]), "
                    + "each with an optional count ({n}, {n,m}, {n,}, ?, *, +); alternation, groups, anchors and other regex "
                    + "syntax are not supported, so that checking an entry stays linear")
        }
        guard matcher.minimumLength <= CredentialMatcher.maxLength else {
            throw .invalidPattern(
                pattern: pattern,
                reason:
                    "it needs at least \(matcher.minimumLength) characters; a credential has at most \(CredentialMatcher.maxLength)"
            )
        }
        self.pattern = pattern
        self.matcher = matcher
    }

    /// Whether the entire `text` matches the pattern (a match of only part of it does not count). Text longer than
    /// a credential, or with characters no class holds, never matches.
    public func matches(_ text: String) -> Bool { matcher.matches(text) ?? false }

    /// Formats are equal when their patterns are; the matcher adds nothing.
    public static func == (lhs: CredentialFormat, rhs: CredentialFormat) -> Bool { lhs.pattern == rhs.pattern }
    /// Hashes the pattern only, consistent with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }
}

/// Why a credential format could not be used.
public enum CredentialFormatError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The pattern is outside the supported subset (or could never match a credential); `reason` says why.
    case invalidPattern(pattern: String, reason: String)

    /// The pattern and the reason.
    public var description: String {
        switch self {
        case .invalidPattern(let pattern, let reason):
            return "Credential format '\(pattern)' is not supported: \(reason)"
        }
    }
}
