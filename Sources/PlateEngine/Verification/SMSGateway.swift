import PlateRules

/// Why a code is sent.
public enum SMSPurpose: String, Hashable, Sendable {
    /// Phase 1: confirming the VIN and credential.
    case basicInfo = "basic_info"
    /// Phase 2 step 1: 本人选号手机验证.
    case identity
}

/// Delivers verification codes; the engine never reads them back from here.
public protocol SMSGateway: AnyObject {
    /// Hands a code to the phone network, for the phone of `account`.
    func deliver(code: String, to account: UserAccount, purpose: SMSPurpose, at: Instant)
}

/// Keeps delivered codes in memory so tests and the simulator can "read the phone".
public final class InMemorySMSGateway: SMSGateway {
    public private(set) var delivered: [(phone: String, code: String, purpose: SMSPurpose, at: Instant)] = []

    public init() {}

    public func deliver(code: String, to account: UserAccount, purpose: SMSPurpose, at: Instant) {
        delivered.append((account.phone, code, purpose, at))
    }

    /// The newest code sent to `phone`.
    public func latestCode(for phone: String) -> String? { delivered.last { $0.phone == phone }?.code }
}
