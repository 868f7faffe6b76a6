import PlateRules

/// What a scripted step did: success or the rejection, the number reserved, the stage after it.
public struct StepOutcome: Hashable, Sendable, CustomStringConvertible {
    public let ok: Bool
    /// The rejection reason in snake_case, when rejected.
    public let rejected: String?
    public let reserved: String?
    /// The session's stage after the step.
    public let stage: String?

    public var description: String {
        (ok ? "ok" : "rejected \(rejected ?? "?")") + (reserved.map { ", reserved \($0)" } ?? "") + (stage.map { ", stage \($0)" } ?? "")
    }

    /// Why this outcome does not meet `expected`, or nil when it does.
    public func mismatch(with expected: ScriptStep.Expectation) -> String? {
        var problems: [String] = []
        if let ok = expected.ok, ok != self.ok { problems.append("expected \(ok ? "success" : "a rejection")") }
        if let reason = expected.rejected, reason != rejected { problems.append("expected rejection \(reason)") }
        if let serial = expected.reserved, serial != reserved { problems.append("expected to reserve \(serial)") }
        if let stage = expected.stage, stage != self.stage { problems.append("expected stage \(stage)") }
        return problems.isEmpty ? nil : problems.joined(separator: "; ") + ", got \(self)"
    }
}

/// One executed scripted step and whether it met its expectation.
public struct StepReport: Hashable, Sendable {
    public let user: String
    /// 1-based position in the user's steps.
    public let step: Int
    public let at: Instant
    public let location: SourceLocation
    public let outcome: StepOutcome
    /// Whether the step carried an expectation.
    public let checked: Bool
    /// Nil when the step had no expectation or met it.
    public let failure: String?
}
