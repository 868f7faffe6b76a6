import PlateRules

extension PlateEngine {
    /// Puts `user` on the blacklist through `until` (inclusive), as a lapse would: for trainer situations
    /// on an engine built for practice only (the practice site's "user blacklisted"), never on a real run.
    public func blacklistForTraining(user: String, until: CivilDate) {
        updateBlacklist(user) { entry in
            entry = entry ?? BlacklistEntry()
            entry!.lapses += 1
            entry!.until = until
        }
    }
}
