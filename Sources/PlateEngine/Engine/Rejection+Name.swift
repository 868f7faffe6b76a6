extension Rejection {
    /// The reason as written in scenarios and reports: the case name in snake_case (`all_taken`).
    ///
    /// Spelt out per case: reports name every rejection of a run, and reflection cost more than the engine step.
    /// A test checks each spelling against the case name.
    public var name: String {
        switch self {
        case .unknownRegion: "unknown_region"
        case .localityNotAllowed: "locality_not_allowed"
        case .counterSigningRequired: "counter_signing_required"
        case .blacklistedUntil: "blacklisted_until"
        case .outsideServiceHours: "outside_service_hours"
        case .wrongStep: "wrong_step"
        case .unknownApplication: "unknown_application"
        case .unknownOffice: "unknown_office"
        case .vehicleKindNotOffered: "vehicle_kind_not_offered"
        case .invalidVIN: "invalid_vin"
        case .credentialFormat: "credential_format"
        case .vehicleNotFound: "vehicle_not_found"
        case .credentialMismatch: "credential_mismatch"
        case .vehicleKindMismatch: "vehicle_kind_mismatch"
        case .alreadyRegistered: "already_registered"
        case .alreadyReserved: "already_reserved"
        case .alreadySucceeded: "already_succeeded"
        case .vinBelongsToAnotherUser: "vin_belongs_to_another_user"
        case .noCodeRequested: "no_code_requested"
        case .smsCodeWrong: "sms_code_wrong"
        case .smsCodeExpired: "sms_code_expired"
        case .smsLockedOut: "sms_locked_out"
        case .smsResendTooSoon: "sms_resend_too_soon"
        case .countdownRunning: "countdown_running"
        case .incompleteNumber: "incomplete_number"
        case .repeatedNumber: "repeated_number"
        case .tooManyNumbers: "too_many_numbers"
        case .noNumbers: "no_numbers"
        case .notInPool: "not_in_pool"
        case .notOffered: "not_offered"
        case .allTaken: "all_taken"
        case .selfComposeUsedUp: "self_compose_used_up"
        case .drawsUsedUp: "draws_used_up"
        case .goToOffice: "go_to_office"
        case .withoutFourNotOffered: "without_four_not_offered"
        case .noBatch: "no_batch"
        case .batchExpired: "batch_expired"
        case .notInBatch: "not_in_batch"
        case .backupAlreadyKept: "backup_already_kept"
        case .noBackup: "no_backup"
        case .backupExpired: "backup_expired"
        case .numberNoLongerAvailable: "number_no_longer_available"
        case .poolExhausted: "pool_exhausted"
        case .noReservation: "no_reservation"
        case .reservationLapsed: "reservation_lapsed"
        }
    }

    /// The case name in snake_case derived by reflection: the rule `name` spells out.
    var reflectedName: String {
        let label = Mirror(reflecting: self).children.first?.label ?? String(describing: self)
        // A capital after a lower-case letter starts a word; runs of capitals (VIN) stay one word.
        var out = ""
        var previous: Character?
        for character in label {
            if character.isUppercase, let p = previous, p.isLowercase || p.isNumber { out += "_" }
            out += character.lowercased()
            previous = character
        }
        return out
    }
}
