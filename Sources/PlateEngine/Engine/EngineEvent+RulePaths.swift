import PlateRules

/// The rule paths each decision of the engine read, kept beside the engine's decisions: what `explain` quotes.
extension EngineEvent.Kind {
    /// The dotted rule paths whose values decided this event (empty when no rule value did).
    public var rulePaths: [RulePath] {
        switch self {
        case .applicationOpened: [.localityHomeOnly, .localityCrossRegion, .localityCounterSigning]
        case .entryRefused(_, _, _, let rejection), .stepRejected(_, let rejection): rejection.rulePaths
        case .stageChanged(_, _, let to):
            switch to {
            case .confirmingBasicInfo: [.verificationCredentials, .verificationSmsDigits, .verificationSmsValidFor]
            case .identityCheck: [.serviceHours, .verificationIdentityCountdown]
            case .selfCompose:
                [.selfComposeTotal, .selfComposePerConfirm, .selfComposeConfirmInterval, .selfComposeKeyboard]
            case .random: [.randomDraws, .randomCandidates]
            case .goToOffice: [.selfComposeTotal, .randomDraws]
            default: []
            }
        // The office's own entry decided it; `explain` quotes that entry, not the whole list.
        case .officeChosen: []
        case .basicInfoCompleted, .identityConfirmed: [.verificationSmsValidFor, .verificationSmsMaxAttempts]
        case .selfComposeConfirmed:
            [.selfComposeTotal, .selfComposePerConfirm, .selfComposeConfirmInterval, .selfComposeKeyboard]
        case .movedToRandom, .sentToOffice: [.selfComposeTotal, .randomDraws]
        case .drawn: [.randomDraws, .randomCandidates, .randomBatchExpires]
        case .backupKept: [.randomBackupExpires]
        // The deadline counts working days: the weekend, the holidays and the make-up working days decide it.
        case .reserved:
            [
                .reservationValidFor, .reservationCountedFrom, .calendarWeekend, .calendarHolidays,
                .calendarExtraWorkdays,
            ]
        case .registered: []
        case .registrationRefused(_, _, let rejection): rejection.rulePaths
        case .lapsed: [.reservationValidFor, .reservationReuseAfter]
        case .blacklisted: [.blacklistAfterLapses, .blacklistLasts]
        case .blacklistLifted, .blacklistHit: [.blacklistLasts]
        case .sessionClosed, .pool: []
        }
    }
}

extension Rejection {
    /// The dotted rule paths whose values decided this refusal (empty when no rule value did): its reason's.
    public var rulePaths: [RulePath] { reason.rulePaths }
}
