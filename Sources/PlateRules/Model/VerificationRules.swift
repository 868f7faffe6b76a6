/// SMS codes, the identity-check countdown and credential formats.
public struct VerificationRules: Sendable, Hashable {
    public var sms: SMSRules
    /// Seconds before the phase-2 identity check may be confirmed.
    public var identityCountdown: Int
    public var credentials: [CredentialKind: CredentialFormat]

    /// The format for a credential kind (both kinds are required by the schema).
    public func format(for kind: CredentialKind) -> CredentialFormat { credentials[kind]! }
}

/// SMS verification-code rules.
public struct SMSRules: Sendable, Hashable {
    public var digits: Int
    /// Seconds a code stays valid.
    public var validFor: Int
    /// Seconds before another code may be requested.
    public var resendAfter: Int
    public var maxAttempts: Int
    /// Seconds requests are refused after too many wrong entries.
    public var lockout: Int
}
