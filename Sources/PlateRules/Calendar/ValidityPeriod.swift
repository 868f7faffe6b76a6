/// Which day a validity period's first counted day is (计算起始日).
public enum CountingStart: String, Sendable, CaseIterable {
    /// Counting starts the day after issue (自次日起算), the usual rule for reservations.
    case nextDay = "next_day"
    /// The day of issue is the first counted day.
    case sameDay = "same_day"
}

extension WorkCalendar {
    /// The last day (inclusive) on which a reservation issued on `issuedOn` may still be registered.
    ///
    /// With start = the first counted day: `.days(n)` ends on start + n − 1; `.workingDays(n)` on the
    /// n-th working day on or after start; `.months`/`.years` on (start + the duration) − 1 day, so
    /// month-end clamping applies before the day is subtracted. Nil for clock durations, for
    /// amounts below 1 (no valid day at all) and when `nthWorkingDay` finds nothing.
    public func lastValidDay(issuedOn: CivilDate, validFor: RuleDuration, countedFrom: CountingStart) -> CivilDate? {
        guard validFor.amount >= 1 else { return nil }
        let start: CivilDate?
        switch countedFrom {
        case .nextDay: start = issuedOn.checkedAdding(days: 1)
        case .sameDay: start = issuedOn
        }
        guard let start else { return nil }
        switch validFor {
        case .seconds:
            return nil
        case .days(let n):
            return start.checkedAdding(days: n - 1)
        case .workingDays(let n):
            return nthWorkingDay(n, onOrAfter: start)
        case .months, .years:
            return date(start, plus: validFor)?.checkedAdding(days: -1)
        }
    }

    /// The exclusive end of a reservation issued at `issuedAt`: local midnight after `lastValidDay` in `offset`.
    ///
    /// The issue day is the local date of `issuedAt` in `offset`, so the zone decides which day "today" is.
    public func deadlineInstant(
        issuedAt: Instant, validFor: RuleDuration, countedFrom: CountingStart, offset: UTCOffset
    ) -> Instant? {
        let issuedOn = issuedAt.date(in: offset)
        guard let last = lastValidDay(issuedOn: issuedOn, validFor: validFor, countedFrom: countedFrom),
            let after = last.checkedAdding(days: 1)
        else { return nil }
        return Instant(date: after, offset: offset)
    }
}
