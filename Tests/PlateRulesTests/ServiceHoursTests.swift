import Testing

@testable import PlateRules

/// 2027 calendar: holidays Sat 02-06 ... Sun 02-14, make-up working day Sat 02-20.
private let calendar = WorkCalendar(
    weekend: [.sat, .sun],
    holidays: (6...14).map { CivilDate(year: 2027, month: 2, day: $0)! },
    extraWorkdays: [CivilDate("2027-02-20")!]
)
private let cst = UTCOffset("+08:00")!
private let utc = UTCOffset("Z")!

private func t(_ hhmm: String) -> TimeOfDay { TimeOfDay(hhmm)! }
private func at(_ iso: String) -> Instant { Instant(iso8601: iso)! }

/// The common 08:00–23:00 every day, closed on holidays.
private let daily = ServiceHours(open: t("08:00"), close: t("23:00"), days: Weekday.allCases, closedOnHolidays: true)

@Suite struct ServiceHoursTests {
    @Test(arguments: [
        ("2027-02-05T07:59:59+08:00", false),
        ("2027-02-05T08:00:00+08:00", true),
        ("2027-02-05T22:59:59+08:00", true),
        ("2027-02-05T23:00:00+08:00", false),
    ])
    func windowIsHalfOpen(iso: String, open: Bool) {
        #expect(daily.isOpen(at: at(iso), offset: cst, calendar: calendar) == open)
    }

    @Test func theOffsetDecidesTheLocalTime() {
        let instant = at("2027-02-05T00:30:00Z")  // 08:30 in China
        #expect(daily.isOpen(at: instant, offset: cst, calendar: calendar))
        #expect(!daily.isOpen(at: instant, offset: utc, calendar: calendar))
    }

    @Test func closedAllDayOnAHoliday() {
        #expect(!daily.isOpen(at: at("2027-02-08T12:00:00+08:00"), offset: cst, calendar: calendar))
        let ignoringHolidays = ServiceHours(
            open: t("08:00"), close: t("23:00"), days: Weekday.allCases, closedOnHolidays: false)
        #expect(ignoringHolidays.isOpen(at: at("2027-02-08T12:00:00+08:00"), offset: cst, calendar: calendar))
    }

    @Test func makeUpWorkdayOpensOnlyWhenFollowingTheCalendar() {
        let saturday = at("2027-02-20T10:00:00+08:00")  // make-up working day
        let weekdaysFollowingCalendar = ServiceHours(
            open: t("08:00"), close: t("23:00"), days: [.mon, .tue, .wed, .thu, .fri], closedOnHolidays: true)
        let weekdaysOnly = ServiceHours(
            open: t("08:00"), close: t("23:00"), days: [.mon, .tue, .wed, .thu, .fri], closedOnHolidays: false)
        #expect(weekdaysFollowingCalendar.isOpen(at: saturday, offset: cst, calendar: calendar))
        #expect(!weekdaysOnly.isOpen(at: saturday, offset: cst, calendar: calendar))
        // An ordinary Saturday stays closed either way.
        #expect(!weekdaysFollowingCalendar.isOpen(at: at("2027-02-27T10:00:00+08:00"), offset: cst, calendar: calendar))
    }

    @Test func nextOpeningIsTheSameInstantWhenOpen() {
        let noon = at("2027-02-05T12:00:00+08:00")
        #expect(daily.nextOpening(after: noon, offset: cst, calendar: calendar) == noon)
    }

    @Test func nextOpeningLaterTheSameDay() {
        #expect(
            daily.nextOpening(after: at("2027-02-05T06:00:00+08:00"), offset: cst, calendar: calendar)
                == at("2027-02-05T08:00:00+08:00"))
    }

    @Test func nextOpeningSkipsAClosedWeekday() {
        let monToSat = ServiceHours(
            open: t("08:00"), close: t("23:00"), days: [.mon, .tue, .wed, .thu, .fri, .sat], closedOnHolidays: true)
        // Sat 02-27 23:30: Sunday is not listed, so Monday 08:00.
        #expect(
            monToSat.nextOpening(after: at("2027-02-27T23:30:00+08:00"), offset: cst, calendar: calendar)
                == at("2027-03-01T08:00:00+08:00"))
    }

    @Test func nextOpeningSkipsTheHolidayBlock() {
        // Fri 02-05 at closing time: Sat 02-06 ... Sun 02-14 are holidays.
        #expect(
            daily.nextOpening(after: at("2027-02-05T23:00:00+08:00"), offset: cst, calendar: calendar)
                == at("2027-02-15T08:00:00+08:00"))
    }

    @Test func nextOpeningIsNilWhenNeverOpen() {
        let noDays = ServiceHours(open: t("08:00"), close: t("23:00"), days: [], closedOnHolidays: false)
        #expect(noDays.nextOpening(after: at("2027-02-05T12:00:00+08:00"), offset: cst, calendar: calendar) == nil)
        let emptyWindow = ServiceHours(
            open: t("08:00"), close: t("08:00"), days: Weekday.allCases, closedOnHolidays: false)
        #expect(!emptyWindow.isOpen(at: at("2027-02-05T08:00:00+08:00"), offset: cst, calendar: calendar))
        #expect(emptyWindow.nextOpening(after: at("2027-02-05T12:00:00+08:00"), offset: cst, calendar: calendar) == nil)
    }

    @Test func closingIsTheEndOfTheCurrentWindow() {
        #expect(
            daily.closing(after: at("2027-02-05T10:00:00+08:00"), offset: cst, calendar: calendar)
                == at("2027-02-05T23:00:00+08:00"))
        #expect(daily.closing(after: at("2027-02-05T23:00:00+08:00"), offset: cst, calendar: calendar) == nil)
        // holiday
        #expect(daily.closing(after: at("2027-02-08T10:00:00+08:00"), offset: cst, calendar: calendar) == nil)
    }

    @Test func overnightWindowBelongsToTheDayItOpens() {
        let evenings = ServiceHours(open: t("20:00"), close: t("02:00"), days: [.fri], closedOnHolidays: false)
        let saturdayOneAM = at("2027-02-20T01:00:00+08:00")  // still Friday's window
        #expect(evenings.isOpen(at: saturdayOneAM, offset: cst, calendar: calendar))
        #expect(
            evenings.closing(after: saturdayOneAM, offset: cst, calendar: calendar) == at("2027-02-20T02:00:00+08:00"))
        // Saturday evening
        #expect(!evenings.isOpen(at: at("2027-02-20T21:00:00+08:00"), offset: cst, calendar: calendar))
        // Thursday's night
        #expect(!evenings.isOpen(at: at("2027-02-19T01:00:00+08:00"), offset: cst, calendar: calendar))
        #expect(
            evenings.nextOpening(after: at("2027-02-20T03:00:00+08:00"), offset: cst, calendar: calendar)
                == at("2027-02-26T20:00:00+08:00"))
    }

    @Test func touchingWindowsMergeIntoOneOpenPeriod() {
        let roundTheClock = ServiceHours(
            open: t("00:00"), close: t("24:00"), days: Weekday.allCases, closedOnHolidays: true)
        // Mon 02-01 ... Fri 02-05 join up; the holiday block starts Sat 02-06.
        #expect(
            roundTheClock.closing(after: at("2027-02-01T10:00:00+08:00"), offset: cst, calendar: calendar)
                == at("2027-02-06T00:00:00+08:00"))
        #expect(roundTheClock.isOpen(at: at("2027-02-05T23:59:59+08:00"), offset: cst, calendar: calendar))
    }

    @Test func closingIsNilWhenOpenBeyondTheSearchHorizon() {
        let always = ServiceHours(open: t("00:00"), close: t("24:00"), days: Weekday.allCases, closedOnHolidays: false)
        let instant = at("2027-02-08T10:00:00+08:00")
        #expect(always.isOpen(at: instant, offset: cst, calendar: calendar))
        #expect(always.closing(after: instant, offset: cst, calendar: calendar) == nil)
    }
}
