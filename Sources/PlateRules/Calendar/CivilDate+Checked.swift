/// Range-checked date arithmetic for searches that may run off the supported calendar.
extension CivilDate {
    /// First and last days `CivilDate(year:month:day:)` accepts, as days since 1970-01-01.
    static let supportedDays =
        CivilDate(year: 1, month: 1, day: 1)!.daysSinceEpoch...CivilDate(year: 9999, month: 12, day: 31)!.daysSinceEpoch

    /// The date `days` later, or nil when it would leave years 1 ... 9999.
    ///
    /// `adding(days:)` does not validate, so a long search could otherwise produce year 10000.
    func checkedAdding(days: Int) -> CivilDate? {
        let (target, overflow) = daysSinceEpoch.addingReportingOverflow(days)
        guard !overflow, CivilDate.supportedDays.contains(target) else { return nil }
        return CivilDate(daysSinceEpoch: target)
    }

    /// The same day `months` later (clamped to month end), or nil on overflow or outside years 1 ... 9999.
    func checkedAdding(months: Int) -> CivilDate? {
        let (_, overflow) = (year * 12 + month - 1).addingReportingOverflow(months)
        return overflow ? nil : adding(months: months)
    }
}
