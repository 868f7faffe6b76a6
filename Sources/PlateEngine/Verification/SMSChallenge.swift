import PlateRules

/// One SMS verification in progress: the code, its expiry, wrong tries and lock-out.
public struct SMSChallenge: Hashable, Sendable {
    public let purpose: SMSPurpose
    public private(set) var code: String?
    public private(set) var sentAt: Instant?
    public private(set) var wrongTries = 0
    public private(set) var lockedUntil: Instant?

    public init(purpose: SMSPurpose) { self.purpose = purpose }

    /// Issues a new code unless a resend is too soon or the challenge is locked; returns the code to deliver.
    mutating func issue(rules: SMSRules, at now: Instant, generator: inout Xoshiro256) -> Result<String, Rejection> {
        if let until = lockedUntil, now < until { return .failure(.smsLockedOut(until: until)) }
        if let until = lockedUntil, now >= until {
            lockedUntil = nil
            wrongTries = 0
        }
        if let sent = sentAt, now.secondsSinceEpoch < sent.secondsSinceEpoch + Int64(rules.resendAfter) {
            return .failure(.smsResendTooSoon(availableAt: sent.adding(seconds: Int64(rules.resendAfter))))
        }
        // Written straight into the string: no intermediate array per code.
        let count = max(rules.digits, 0)
        let digits = String(unsafeUninitializedCapacity: count) { buffer in
            for i in 0..<count { buffer[i] = UInt8(ascii: "0") + UInt8(generator.next() % 10) }
            return count
        }
        code = digits
        sentAt = now
        return .success(digits)
    }

    /// Checks an entered code; wrong entries count towards the lock-out.
    mutating func verify(_ entered: String, rules: SMSRules, at now: Instant) -> Result<Void, Rejection> {
        if let until = lockedUntil, now < until { return .failure(.smsLockedOut(until: until)) }
        guard let code, let sent = sentAt else { return .failure(.noCodeRequested) }
        if now.secondsSinceEpoch >= sent.secondsSinceEpoch + Int64(rules.validFor) { return .failure(.smsCodeExpired) }
        guard entered == code else {
            wrongTries += 1
            if wrongTries >= rules.maxAttempts {
                let until = now.adding(seconds: Int64(rules.lockout))
                lockedUntil = until
                self.code = nil
                return .failure(.smsLockedOut(until: until))
            }
            return .failure(.smsCodeWrong(attemptsLeft: rules.maxAttempts - wrongTries))
        }
        self.code = nil
        wrongTries = 0
        return .success(())
    }
}
