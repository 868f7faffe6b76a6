/// When phase-2 selection is served (选号服务时间): a daily local-time window on chosen days.
///
/// Each service day D opens the half-open interval [open, close) in local time. When `close` is
/// earlier than `open` the interval runs past midnight into D + 1 and still belongs to D (its
/// weekday and holiday status decide); `close == open` means no interval at all; `24:00` is allowed.
///
/// Day rule: with `closedOnHolidays` the service follows the official working calendar, so a
/// holiday is closed and a make-up working day (调休) is open even if its weekday is not listed.
/// Without it, only `days` matters: holidays and make-up days are treated like any other day.
public struct ServiceHours: Sendable, Hashable {
    /// Local time the window opens.
    public let open: TimeOfDay
    /// Local time the window closes (exclusive).
    public let close: TimeOfDay
    /// Weekdays on which the window opens.
    public let days: Set<Weekday>
    /// Whether the service follows the working calendar's holidays and make-up days.
    public let closedOnHolidays: Bool

    /// Creates service hours; see the type's documentation for how the values combine.
    public init(open: TimeOfDay, close: TimeOfDay, days: [Weekday], closedOnHolidays: Bool) {
        self.open = open
        self.close = close
        self.days = Set(days)
        self.closedOnHolidays = closedOnHolidays
    }

    /// Whether a window opens on `date` (ignoring whether `open != close`).
    public func isServiceDay(_ date: CivilDate, calendar: WorkCalendar) -> Bool {
        if closedOnHolidays {
            if calendar.isHoliday(date) { return false }
            if calendar.isExtraWorkday(date) { return true }
        }
        return days.contains(date.weekday)
    }

    /// Whether selection is served at `instant`, read in the zone `offset` from UTC.
    public func isOpen(at instant: Instant, offset: UTCOffset, calendar: WorkCalendar) -> Bool {
        window(containing: instant, offset: offset, calendar: calendar) != nil
    }

    /// The earliest instant at or after `instant` at which selection is served; nil if none within the search horizon.
    public func nextOpening(after instant: Instant, offset: UTCOffset, calendar: WorkCalendar) -> Instant? {
        if isOpen(at: instant, offset: offset, calendar: calendar) { return instant }
        let today = instant.date(in: offset)
        // Yesterday's window opened at or before today's midnight, so looking from today on is enough.
        for k in 0...WorkCalendar.searchHorizonDays {
            guard let day = today.checkedAdding(days: k) else { continue }
            if let w = window(on: day, offset: offset, calendar: calendar), w.lowerBound >= instant {
                return w.lowerBound
            }
        }
        return nil
    }

    /// The end of the open period containing `instant`, merging windows that touch; nil if closed at `instant`.
    ///
    /// Also nil if the service stays open without a break beyond the search horizon (e.g. 00:00–24:00 every day).
    public func closing(after instant: Instant, offset: UTCOffset, calendar: WorkCalendar) -> Instant? {
        guard var current = window(containing: instant, offset: offset, calendar: calendar) else { return nil }
        for _ in 0...WorkCalendar.searchHorizonDays {
            guard let next = window(containing: current.upperBound, offset: offset, calendar: calendar) else {
                return current.upperBound
            }
            current = next
        }
        return nil
    }

    /// The window belonging to service day `day`, or nil when `day` is not a service day or the window is empty.
    func window(on day: CivilDate, offset: UTCOffset, calendar: WorkCalendar) -> Range<Instant>? {
        guard open != close, isServiceDay(day, calendar: calendar) else { return nil }
        let closeDay = close > open ? day : day.checkedAdding(days: 1)
        guard let closeDay else { return nil }
        return Instant(date: day, time: open, offset: offset)..<Instant(date: closeDay, time: close, offset: offset)
    }

    /// The window containing `instant`, nil when closed; a window of day D lies inside D and D + 1, so only today's and
    /// yesterday's can.
    public func window(containing instant: Instant, offset: UTCOffset, calendar: WorkCalendar) -> Range<Instant>? {
        let today = instant.date(in: offset)
        for day in [today, today.checkedAdding(days: -1)].compactMap({ $0 }) {
            if let w = window(on: day, offset: offset, calendar: calendar), w.contains(instant) { return w }
        }
        return nil
    }
}
