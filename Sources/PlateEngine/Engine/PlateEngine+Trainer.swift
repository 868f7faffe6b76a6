import PlateRules

extension PlateEngine {
    /// Puts `account` on the blacklist through `until` (inclusive), as a lapse would: for trainer situations
    /// on an engine built for practice only (the practice site's "user blacklisted"), never on a real run.
    public func blacklistForTraining(_ account: UserAccount, until: CivilDate) {
        updateBlacklist(account.id) { entry in
            entry = entry ?? BlacklistEntry(subject: account.subject)
            entry!.lapses += 1
            entry!.until = until
        }
    }
}
