/// A dotted path of the rule-set schema that the engine's decisions read: the one home of the paths `explain`
/// quotes beside an event or a refusal. A path spelt wrong fails to build; one the schema does not have fails a test.
public enum RulePath: String, CaseIterable, Hashable, Sendable {
    case localityCounterSigning = "locality.counter_signing"
    case localityCrossRegion = "locality.cross_region"
    case localityHomeOnly = "locality.home_only"
    case blacklistAfterLapses = "blacklist.after_lapses"
    case blacklistLasts = "blacklist.lasts"
    case serviceHours = "service_hours"
    case verificationCredentials = "verification.credentials"
    case verificationIdentityCountdown = "verification.identity_countdown"
    case verificationSmsDigits = "verification.sms.digits"
    case verificationSmsLockout = "verification.sms.lockout"
    case verificationSmsMaxAttempts = "verification.sms.max_attempts"
    case verificationSmsResendAfter = "verification.sms.resend_after"
    case verificationSmsValidFor = "verification.sms.valid_for"
    case selfComposeConfirmInterval = "self_compose.confirm_interval"
    case selfComposeKeyboard = "self_compose.keyboard"
    case selfComposePerConfirm = "self_compose.per_confirm"
    case selfComposeTotal = "self_compose.total"
    case randomBackupExpires = "random.backup_expires"
    case randomBatchExpires = "random.batch_expires"
    case randomCandidates = "random.candidates"
    case randomDraws = "random.draws"
    case randomWithoutFourOption = "random.without_four_option"
    case reservationCountedFrom = "reservation.counted_from"
    case reservationReuseAfter = "reservation.reuse_after"
    case reservationValidFor = "reservation.valid_for"
    case calendarExtraWorkdays = "calendar.extra_workdays"
    case calendarHolidays = "calendar.holidays"
    case calendarWeekend = "calendar.weekend"

    /// The path as written in rule sets and `changes` (`self_compose.total`).
    public var path: String { rawValue }

    /// The key of the rule-set schema at this path; nil only for a path the schema lost (a test keeps that from
    /// happening).
    public var field: SchemaField? { RuleSetSchema.root.field(at: path) }
}

extension SchemaObject {
    /// The field at a dotted path through nested objects (`verification.sms.digits`).
    public func field(at path: String) -> SchemaField? {
        var object: SchemaObject? = self
        var found: SchemaField?
        for key in path.split(separator: ".") {
            found = object?.field(String(key))
            if case .object(let child)? = found?.type { object = child } else { object = nil }
        }
        return found
    }
}
