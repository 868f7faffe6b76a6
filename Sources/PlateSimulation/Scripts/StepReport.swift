import PlateRules
import PlateScenarios

/// What a scripted step did: success or the rejection, the number reserved, the stage after it.
public struct StepOutcome: Hashable, Sendable, CustomStringConvertible {
    public let ok: Bool
    /// The rejection's reason, when rejected.
    public let rejected: RejectionReason?
    public let reserved: String?
    /// The session's stage after the step.
    public let stage: StageName?
    /// What the page showed after the step, looked at only when the step's expectation asks (so reports stay as they
    /// were).
    public var seen = Seen()

    /// The selection page and the VIN's reservation after a step, as far as an expectation asked to look.
    public struct Seen: Hashable, Sendable {
        public var selfComposeLeft: Int?
        public var drawsLeft: Int?
        public var validUntil: CivilDate?
        /// The enabled keys after the expectation's prefix, in key order.
        public var keys: String?

        public init() {}
    }

    public init(ok: Bool, rejected: RejectionReason?, reserved: String?, stage: StageName?) {
        self.ok = ok
        self.rejected = rejected
        self.reserved = reserved
        self.stage = stage
    }

    public var description: String {
        var text =
            (ok ? "ok" : "rejected \(rejected?.name ?? "?")") + (reserved.map { ", reserved \($0)" } ?? "")
            + (stage.map { ", stage \($0.name)" } ?? "")
        if let n = seen.selfComposeLeft { text += ", \(n) self-composed left" }
        if let n = seen.drawsLeft { text += ", \(n) draws left" }
        if let day = seen.validUntil { text += ", valid until \(day)" }
        if let keys = seen.keys { text += ", keys \"\(keys)\"" }
        return text
    }

    /// Why this outcome does not meet `expected`, or nil when it does.
    public func mismatch(with expected: ScriptStep.Expectation) -> String? {
        var problems: [String] = []
        if let ok = expected.ok, ok != self.ok { problems.append("expected \(ok ? "success" : "a rejection")") }
        if let reason = expected.rejected, reason != rejected { problems.append("expected rejection \(reason.name)") }
        if let serial = expected.reserved, serial != reserved { problems.append("expected to reserve \(serial)") }
        if let stage = expected.stage, stage != self.stage { problems.append("expected stage \(stage.name)") }
        if let n = expected.selfComposeLeft, n != seen.selfComposeLeft {
            problems.append("expected \(n) self-composed left")
        }
        if let n = expected.drawsLeft, n != seen.drawsLeft { problems.append("expected \(n) draws left") }
        if let day = expected.validUntil, day != seen.validUntil { problems.append("expected valid until \(day)") }
        if let keys = expected.keysAfter, keys.keys != seen.keys {
            problems.append("expected keys \"\(keys.keys)\" after \"\(keys.prefix)\"")
        }
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
