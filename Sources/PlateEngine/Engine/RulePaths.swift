/// The rule paths each decision of the engine read, kept beside the engine's decisions: what `explain` quotes.
extension EngineEvent.Kind {
    /// The dotted rule paths whose values decided this event (empty when no rule value did).
    public var rulePaths: [String] {
        switch self {
        case .applicationOpened: ["locality.home_only", "locality.cross_region", "locality.counter_signing"]
        case .entryRefused(_, _, _, let rejection), .stepRejected(_, let rejection): rejection.rulePaths
        case .stageChanged(_, _, let to):
            switch to {
            case .confirmingBasicInfo: ["verification.credentials", "verification.sms.digits", "verification.sms.valid_for"]
            case .identityCheck: ["service_hours", "verification.identity_countdown"]
            case .selfCompose: ["self_compose.total", "self_compose.per_confirm", "self_compose.confirm_interval", "self_compose.keyboard"]
            case .random: ["random.draws", "random.candidates"]
            case .goToOffice: ["self_compose.total", "random.draws"]
            default: []
            }
        // The office's own entry decided it; `explain` quotes that entry, not the whole list.
        case .officeChosen: []
        case .basicInfoCompleted, .identityConfirmed: ["verification.sms.valid_for", "verification.sms.max_attempts"]
        case .selfComposeConfirmed: ["self_compose.total", "self_compose.per_confirm", "self_compose.confirm_interval", "self_compose.keyboard"]
        case .movedToRandom, .sentToOffice: ["self_compose.total", "random.draws"]
        case .drawn: ["random.draws", "random.candidates", "random.batch_expires"]
        case .backupKept: ["random.backup_expires"]
        // The deadline counts working days: the weekend, the holidays and the make-up working days decide it.
        case .reserved: ["reservation.valid_for", "reservation.counted_from", "calendar.weekend", "calendar.holidays", "calendar.extra_workdays"]
        case .registered: []
        case .registrationRefused(_, _, let rejection): rejection.rulePaths
        case .lapsed: ["reservation.valid_for", "reservation.reuse_after"]
        case .blacklisted: ["blacklist.after_lapses", "blacklist.lasts"]
        case .blacklistLifted, .blacklistHit: ["blacklist.lasts"]
        case .sessionClosed, .pool: []
        }
    }
}

extension Rejection {
    /// The dotted rule paths whose values decided this refusal (empty when no rule value did): its reason's.
    public var rulePaths: [String] { reason.rulePaths }
}
