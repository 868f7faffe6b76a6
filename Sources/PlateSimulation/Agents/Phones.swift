import PlateEngine
import PlateRules

/// The simulated applicants' phones: the latest code each one received (all a user can read).
final class Phones: SMSGateway {
    private var latest: [String: String] = [:]

    func deliver(code: String, to phone: String, purpose: SMSPurpose, at: Instant) { latest[phone] = code }

    /// The latest code on `phone`, or an empty string when none came.
    func code(_ phone: String) -> String { latest[phone] ?? "" }

    /// A code of the same length that is certainly wrong (every digit changed).
    func wrongCode(_ phone: String) -> String { String(code(phone).map { $0 == "0" ? "1" : "0" }) }
}
