/// Checks on quotas, countdowns and expiries.
enum QuotaChecks {
    static let perConfirmWithinTotal: RuleSetLinter.Check = { root in
        guard let total = root.int("self_compose.total"), let per = root.int("self_compose.per_confirm"),
            total > 0, per > total, let node = root.at("self_compose.per_confirm")
        else { return [] }
        return [
            error(
                node, "self_compose.per_confirm",
                "\(per) numbers per confirm exceed the self-compose total of \(total); expected at most \(total)")
        ]
    }

    static let someModeAvailable: RuleSetLinter.Check = { root in
        guard root.int("self_compose.total") == 0, root.int("random.draws") == 0, let node = root.at("random.draws")
        else { return [] }
        return [
            warning(
                node, "random.draws", "self_compose.total and random.draws are both 0: nobody can pre-select online")
        ]
    }

    static let backupOutlastsBatch: RuleSetLinter.Check = { root in
        guard let batch = root.seconds("random.batch_expires"), let backup = root.seconds("random.backup_expires"),
            backup < batch, let node = root.at("random.backup_expires")
        else { return [] }
        return [
            warning(
                node, "random.backup_expires",
                "a backup expires (\(backup)s) before the batch it was kept from (\(batch)s); backups usually last longer"
            )
        ]
    }

    static let smsResendWithinValidity: RuleSetLinter.Check = { root in
        guard let valid = root.seconds("verification.sms.valid_for"),
            let resend = root.seconds("verification.sms.resend_after"),
            resend > valid, let node = root.at("verification.sms.resend_after")
        else { return [] }
        return [
            warning(
                node, "verification.sms.resend_after",
                "a new code can be requested only after \(resend)s, but a code expires after \(valid)s")
        ]
    }
}

extension QuotaChecks {
    /// Durations that must be at least one unit long to mean anything.
    static let positiveDurations: RuleSetLinter.Check = { root in
        [
            "reservation.valid_for", "blacklist.lasts", "verification.sms.valid_for", "random.batch_expires",
            "random.backup_expires",
        ]
        .compactMap { path in
            guard let node = root.at(path), let duration = node.scalar.flatMap(RuleDuration.init), duration.amount == 0
            else { return nil }
            return error(node, path, "expected a duration longer than zero, found \(duration)")
        }
    }
}
