import PlateEngine
import PlateRules

/// The phones of a run's applicants, simulated and scripted: the latest code each one received (all a user can
/// read), found by the account's subject, which the runner numbers from 0 (simulated applicants, then scripted users).
final class Phones: SMSGateway {
    private var latest: [String?]

    init(subjects: Int) { latest = Array(repeating: nil, count: subjects) }

    func deliver(code: String, to account: UserAccount, purpose: SMSPurpose, at: Instant) {
        let n = account.subject.number
        // Accounts the runner did not number have no phone here: their codes are lost, as on a wrong number.
        if n >= 0, n < latest.count { latest[n] = code }
    }

    /// The latest code on `subject`'s phone, or an empty string when none came.
    func code(of subject: Subject) -> String {
        let n = subject.number
        return n >= 0 && n < latest.count ? latest[n] ?? "" : ""
    }

    /// A code of the same length as `code` that is certainly wrong (every digit changed).
    static func wrong(_ code: String) -> String { String(code.map { $0 == "0" ? "1" : "0" }) }
}
