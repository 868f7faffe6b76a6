/// Which selection credential (选号凭证) a vehicle presents.
public enum CredentialKind: String, Sendable, CaseIterable, Hashable {
    /// Certificate-of-conformity number (合格证编号), domestic vehicles.
    case certificate
    /// Import certificate number (货物进口证明书编号), imported vehicles.
    case importCertificate = "import_certificate"
}

/// A rule-set format for a credential number: a regular expression that must match the whole text.
public struct CredentialFormat: Sendable, Hashable {
    /// The regular expression as written in the rule set, e.g. `[A-Z0-9]{15}`.
    public let pattern: String
    private let compiled: CompiledPattern

    /// Compiles `pattern`; throws with the regex engine's message when it is not a valid expression.
    public init(pattern: String) throws(CredentialFormatError) {
        do {
            let regex = try Regex(pattern)
            // Matching once lowers the pattern now, before the value can be shared between tasks.
            _ = try regex.wholeMatch(in: "")
            compiled = CompiledPattern(regex, fast: CredentialMatcher(pattern: pattern))
        } catch {
            throw .invalidPattern(pattern: pattern, reason: "\(error)")
        }
        self.pattern = pattern
    }

    /// Whether the entire `text` matches the pattern (a match of only part of it does not count).
    public func matches(_ text: String) -> Bool {
        if let answer = compiled.fast?.matches(text) { return answer }
        return regexMatches(text)
    }

    /// The regex's answer alone (what `matches` must agree with).
    func regexMatches(_ text: String) -> Bool {
        (try? compiled.regex.wholeMatch(in: text)) != nil
    }

    /// Whether simple matching covers this pattern (short ASCII text is then matched without the regex).
    var hasFastMatcher: Bool { compiled.fast != nil }

    /// Formats are equal when their patterns are; the compiled form adds nothing.
    public static func == (lhs: CredentialFormat, rhs: CredentialFormat) -> Bool { lhs.pattern == rhs.pattern }
    /// Hashes the pattern only, consistent with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }
}

/// Why a credential format could not be used.
public enum CredentialFormatError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The pattern is not a valid regular expression; `reason` is the engine's message.
    case invalidPattern(pattern: String, reason: String)

    /// The pattern and the engine's reason.
    public var description: String {
        switch self {
        case .invalidPattern(let pattern, let reason):
            return "Credential format '\(pattern)' is not a valid regular expression: \(reason)"
        }
    }
}

/// Holds a compiled `Regex`, which the standard library does not declare `Sendable`.
///
/// `@unchecked Sendable` is sound: the regex is a `let`, already lowered in `CredentialFormat.init`,
/// and matching only reads it, so concurrent `matches` calls share no mutable state.
private final class CompiledPattern: @unchecked Sendable {
    let regex: Regex<AnyRegexOutput>
    /// The same pattern for simple matching, when it is simple enough.
    let fast: CredentialMatcher?
    init(_ regex: Regex<AnyRegexOutput>, fast: CredentialMatcher?) {
        self.regex = regex
        self.fast = fast
    }
}
