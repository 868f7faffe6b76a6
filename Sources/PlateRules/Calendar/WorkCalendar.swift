/// A region's working-day calendar (工作日历): weekly rest days, public holidays and make-up working days (调休).
///
/// Precedence: a holiday is never a working day; otherwise a make-up working day always is;
/// otherwise a day works unless its weekday is in `weekend`. A date listed both as a holiday
/// and as a make-up day is contradictory (see `contradictoryDates`); the holiday wins, which
/// can only lengthen a deadline, never shorten it at the user's expense.
public struct WorkCalendar: Sendable, Hashable {
    /// Weekdays that are normally rest days.
    public let weekend: Set<Weekday>
    /// Public holidays (法定节假日); never working days.
    public let holidays: Set<CivilDate>
    /// Make-up working days (调休上班日); working days even when they fall on the weekend.
    public let extraWorkdays: Set<CivilDate>

    /// Days any forward search looks ahead before giving up, so a calendar without working days cannot loop forever.
    ///
    /// This is a termination guard (about ten years), not a rule value.
    public static let searchHorizonDays = 3660

    /// Creates a calendar; duplicates in the lists are harmless.
    public init(weekend: [Weekday], holidays: [CivilDate], extraWorkdays: [CivilDate]) {
        self.weekend = Set(weekend)
        self.holidays = Set(holidays)
        self.extraWorkdays = Set(extraWorkdays)
    }

    /// Dates listed both as holidays and as make-up working days; a rule-set loader should reject these.
    public var contradictoryDates: Set<CivilDate> { holidays.intersection(extraWorkdays) }

    /// Whether `date` is listed as a public holiday.
    public func isHoliday(_ date: CivilDate) -> Bool { holidays.contains(date) }

    /// Whether `date` is a make-up working day that is not also listed as a holiday.
    public func isExtraWorkday(_ date: CivilDate) -> Bool {
        extraWorkdays.contains(date) && !holidays.contains(date)
    }

    /// Whether registration offices work on `date`.
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        if holidays.contains(date) { return false }
        if extraWorkdays.contains(date) { return true }
        return !weekend.contains(date.weekday)
    }

    /// Number of working days from `start` through `end`, both inclusive; 0 when `end` is before `start`.
    public func workingDays(from start: CivilDate, through end: CivilDate) -> Int {
        guard start <= end else { return 0 }
        // Count by whole weeks, then correct for the listed dates: O(listed dates), not O(span).
        let span = end.daysSinceEpoch - start.daysSinceEpoch + 1
        let week = Weekday.allCases
        let first = week.firstIndex(of: start.weekday)!
        var count = span / 7 * (week.count - weekend.count)
        for i in 0..<(span % 7) where !weekend.contains(week[(first + i) % week.count]) {
            count += 1
        }
        let range = start...end
        for day in holidays where range.contains(day) && !weekend.contains(day.weekday) {
            count -= 1
        }
        for day in extraWorkdays
        where range.contains(day) && !holidays.contains(day) && weekend.contains(day.weekday) {
            count += 1
        }
        return count
    }

    /// The `n`-th working day counting from `date` inclusive (n = 1 is `date` itself if it works).
    ///
    /// Nil when `n` < 1, when `searchHorizonDays` consecutive days pass without a working day
    /// (a calendar with no working days), or when the answer would lie after 9999-12-31.
    /// Short spans are walked; long ones (a reuse delay of years in working days) are counted by binary search
    /// over `workingDays(from:through:)`, so the cost follows the listed dates, not the span.
    public func nthWorkingDay(_ n: Int, onOrAfter date: CivilDate) -> CivilDate? {
        guard n >= 1 else { return nil }
        let perWeek = 7 - weekend.count
        // Counting is exact only when no searchHorizonDays-long run can lack a working day: with fewer holidays
        // than the working weekdays of such a run, every run keeps one.
        if n > WorkCalendar.longestWalk, perWeek > 0, holidays.count < WorkCalendar.searchHorizonDays / 7 * perWeek {
            return countedWorkingDay(n, onOrAfter: date, perWeek: perWeek)
        }
        return walkedWorkingDay(n, onOrAfter: date)
    }

    /// Working days found by walking beyond which `nthWorkingDay` counts instead (a walk of a few months is cheaper
    /// than the binary search's passes over the listed dates).
    static let longestWalk = 64

    /// The smallest day on or after `date` with `n` working days from `date` through it; nil after 9999-12-31.
    private func countedWorkingDay(_ n: Int, onOrAfter date: CivilDate, perWeek: Int) -> CivilDate? {
        guard n < CivilDate.supportedDays.count else { return nil }
        // Each holiday removes at most one working day, so the answer lies within this many weeks.
        let weeks = (n + holidays.count) / perWeek + 2
        var low = date.daysSinceEpoch
        var high = min(low + weeks * 7, CivilDate.supportedDays.upperBound)
        guard workingDays(from: date, through: CivilDate(daysSinceEpoch: high)) >= n else { return nil }
        while low < high {
            let middle = low + (high - low) / 2
            if workingDays(from: date, through: CivilDate(daysSinceEpoch: middle)) >= n {
                high = middle
            } else {
                low = middle + 1
            }
        }
        return CivilDate(daysSinceEpoch: low)
    }

    /// `nthWorkingDay` by walking day by day, giving up after `searchHorizonDays` without a working day.
    func walkedWorkingDay(_ n: Int, onOrAfter date: CivilDate) -> CivilDate? {
        guard n >= 1 else { return nil }
        var day = date
        var found = 0
        var idle = 0
        while true {
            if isWorkingDay(day) {
                found += 1
                if found == n { return day }
                idle = 0
            } else {
                idle += 1
                if idle >= WorkCalendar.searchHorizonDays { return nil }
            }
            guard let next = day.checkedAdding(days: 1) else { return nil }
            day = next
        }
    }

    /// `date` moved forward by a calendar duration; nil for clock durations or outside years 1 ... 9999.
    ///
    /// Months and years clamp to the month's last day (2024-02-29 + 2y = 2026-02-28).
    /// `.workingDays(n)` is the n-th working day after `date` (not counting `date`);
    /// `.workingDays(0)` is `date` itself and negative working days are nil (no backward counting).
    public func date(_ date: CivilDate, plus duration: RuleDuration) -> CivilDate? {
        switch duration {
        case .seconds:
            return nil
        case .days(let n):
            return date.checkedAdding(days: n)
        case .months(let n):
            return date.checkedAdding(months: n)
        case .years(let n):
            let (months, overflow) = n.multipliedReportingOverflow(by: 12)
            return overflow ? nil : date.checkedAdding(months: months)
        case .workingDays(let n):
            if n == 0 { return date }
            guard n > 0, let next = date.checkedAdding(days: 1) else { return nil }
            return nthWorkingDay(n, onOrAfter: next)
        }
    }
}
