import PlateEngine
import PlateRules

/// The simulated applicants' phones: the latest code each one received (all a user can read).
final class Phones: SMSGateway {
    /// Simulated applicants' phones by applicant number (their phone is their account id, `u123`): no hashing.
    private var numbered: [String?]
    /// Scripted users' phones.
    private var named: [String: String] = [:]

    init(population: Int) { numbered = Array(repeating: nil, count: population) }

    func deliver(code: String, to phone: String, purpose: SMSPurpose, at: Instant) {
        if let number = SimulationWorld.number(ofUser: phone), number < numbered.count { numbered[number] = code } else { named[phone] = code }
    }

    /// The latest code on `phone`, or an empty string when none came.
    func code(_ phone: String) -> String {
        if let number = SimulationWorld.number(ofUser: phone), number < numbered.count { return numbered[number] ?? "" }
        return named[phone] ?? ""
    }

    /// The latest code on simulated applicant `number`'s phone, or an empty string when none came.
    func code(ofApplicant number: Int) -> String { numbered[number] ?? "" }

    /// A code of the same length as `code` that is certainly wrong (every digit changed).
    static func wrong(_ code: String) -> String { String(code.map { $0 == "0" ? "1" : "0" }) }

    /// A code of the same length that is certainly wrong (every digit changed).
    func wrongCode(_ phone: String) -> String { Self.wrong(code(phone)) }
}
