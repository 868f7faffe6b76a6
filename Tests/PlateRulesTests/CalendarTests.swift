import Testing

@testable import PlateRules

/// A Spring Festival-like 2027 calendar used throughout (weekdays checked against `CivilDate.weekday`):
/// - Sat–Sun weekend; 2027-01-01 (Fri) New Year holiday;
/// - holiday block Sat 2027-02-06 ... Sun 2027-02-14 (nine days, five of them Mon–Fri);
/// - make-up working days Sun 2027-01-31 and Sat 2027-02-20.
private let springFestival = WorkCalendar(
    weekend: [.sat, .sun],
    holidays: [d("2027-01-01")] + (6...14).map { d("2027-02-\(String(format2: $0))") },
    extraWorkdays: [d("2027-01-31"), d("2027-02-20")]
)

private func d(_ text: String) -> CivilDate { CivilDate(text)! }

/// A seeded generator, so a failing calendar can be found again.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct CalendarTests {
    @Test func fixtureWeekdaysAreAsDescribed() {
        #expect(d("2027-01-01").weekday == .fri)
        #expect(d("2027-01-31").weekday == .sun)
        #expect(d("2027-02-06").weekday == .sat)
        #expect(d("2027-02-15").weekday == .mon)
        #expect(d("2027-02-20").weekday == .sat)
    }

    @Test func holidayOnAWeekdayIsNotAWorkingDay() {
        #expect(!springFestival.isWorkingDay(d("2027-02-08")))  // Mon inside the block
        #expect(!springFestival.isWorkingDay(d("2027-01-01")))  // Fri New Year
        #expect(springFestival.isWorkingDay(d("2027-02-05")))  // Fri before the block
        #expect(springFestival.isWorkingDay(d("2027-02-15")))  // Mon after the block
    }

    @Test func makeUpWeekendDaysAreWorkingDays() {
        #expect(springFestival.isWorkingDay(d("2027-01-31")))  // Sun
        #expect(springFestival.isWorkingDay(d("2027-02-20")))  // Sat
        #expect(!springFestival.isWorkingDay(d("2027-02-21")))  // the Sun after is still a rest day
        #expect(!springFestival.isWorkingDay(d("2027-01-30")))  // the Sat before too
    }

    @Test func weekendIsConfigurable() {
        let sixDayWeek = WorkCalendar(weekend: [.sun], holidays: [], extraWorkdays: [])
        #expect(sixDayWeek.isWorkingDay(d("2027-02-06")))  // Sat
        #expect(!sixDayWeek.isWorkingDay(d("2027-02-07")))  // Sun
        let fridayWeekend = WorkCalendar(weekend: [.fri, .sat], holidays: [], extraWorkdays: [])
        #expect(!fridayWeekend.isWorkingDay(d("2027-02-05")))  // Fri
        #expect(fridayWeekend.isWorkingDay(d("2027-02-07")))  // Sun
        #expect(fridayWeekend.workingDays(from: d("2027-02-01"), through: d("2027-02-07")) == 5)
    }

    @Test func holidayWinsOverMakeUpDayListedTwice() {
        let cal = WorkCalendar(weekend: [.sat, .sun], holidays: [d("2027-02-20")], extraWorkdays: [d("2027-02-20")])
        #expect(!cal.isWorkingDay(d("2027-02-20")))
        #expect(cal.workingDays(from: d("2027-02-19"), through: d("2027-02-21")) == 1)  // only Fri 19
        #expect(cal.contradictoryDates == [d("2027-02-20")])
        #expect(springFestival.contradictoryDates.isEmpty)
    }

    @Test func workingDaysAcrossTheHolidayBlock() {
        // Jan 31 (make-up Sun) + Feb 1–5 = 6; Feb 6–14 none; Feb 15–19 = 5; Feb 20 (make-up Sat) = 1.
        #expect(springFestival.workingDays(from: d("2027-01-31"), through: d("2027-02-21")) == 12)
        #expect(springFestival.workingDays(from: d("2027-02-06"), through: d("2027-02-14")) == 0)
        #expect(springFestival.workingDays(from: d("2027-02-15"), through: d("2027-02-15")) == 1)
        #expect(springFestival.workingDays(from: d("2027-02-15"), through: d("2027-02-14")) == 0)
    }

    @Test func workingDayCountAgreesWithDayByDayCount() {
        // The count uses week arithmetic; check it against the plain definition on many ranges.
        let origin = d("2026-12-20")
        for startOffset in stride(from: 0, to: 70, by: 3) {
            for length in [0, 1, 2, 6, 7, 8, 13, 29, 60] {
                let from = origin.adding(days: startOffset)
                let through = from.adding(days: length)
                let slow = (0...length).filter { springFestival.isWorkingDay(from.adding(days: $0)) }.count
                #expect(springFestival.workingDays(from: from, through: through) == slow, "\(from)...\(through)")
            }
        }
    }

    @Test func nthWorkingDaySkipsTheHolidayBlock() {
        #expect(springFestival.nthWorkingDay(1, onOrAfter: d("2027-02-06")) == d("2027-02-15"))
        #expect(springFestival.nthWorkingDay(6, onOrAfter: d("2027-02-06")) == d("2027-02-20"))
        #expect(springFestival.nthWorkingDay(1, onOrAfter: d("2027-02-05")) == d("2027-02-05"))
    }

    @Test func nthWorkingDayRejectsNonPositiveN() {
        #expect(springFestival.nthWorkingDay(0, onOrAfter: d("2027-02-05")) == nil)
        #expect(springFestival.nthWorkingDay(-3, onOrAfter: d("2027-02-05")) == nil)
    }

    @Test func nthWorkingDayGivesUpOnACalendarWithoutWorkingDays() {
        let never = WorkCalendar(weekend: Weekday.allCases, holidays: [], extraWorkdays: [])
        #expect(never.nthWorkingDay(1, onOrAfter: d("2027-01-01")) == nil)
        // One make-up day inside the horizon is found; one beyond it is not.
        let lonely = WorkCalendar(weekend: Weekday.allCases, holidays: [], extraWorkdays: [d("2030-06-03")])
        #expect(lonely.nthWorkingDay(1, onOrAfter: d("2027-01-01")) == d("2030-06-03"))
        #expect(lonely.nthWorkingDay(2, onOrAfter: d("2027-01-01")) == nil)
        #expect(lonely.nthWorkingDay(1, onOrAfter: d("2020-01-01")) == nil)
    }

    @Test func nthWorkingDayStopsAtTheEndOfTheSupportedCalendar() {
        #expect(d("9999-12-31").weekday == .fri)
        let weekdays = WorkCalendar(weekend: [.sat, .sun], holidays: [], extraWorkdays: [])
        #expect(weekdays.nthWorkingDay(6, onOrAfter: d("9999-12-27")) == nil)  // Mon 27 ... Fri 31 are only five
        #expect(weekdays.nthWorkingDay(1, onOrAfter: d("9999-12-31")) == d("9999-12-31"))  // a Friday
    }

    @Test("long working-day spans are counted, and agree with the day-by-day walk")
    func longSpansAgreeWithTheWalk() {
        var generator = SplitMix64(state: 20_261_128)
        for trial in 0..<60 {
            let weekend = Weekday.allCases.filter { _ in Int.random(in: 0..<4, using: &generator) == 0 }
            let origin = d("2026-01-01")
            let holidays = (0..<Int.random(in: 0...80, using: &generator)).map { _ in
                origin.adding(days: Int.random(in: 0...4000, using: &generator))
            }
            let extra = (0..<Int.random(in: 0...30, using: &generator)).map { _ in
                origin.adding(days: Int.random(in: 0...4000, using: &generator))
            }
            let calendar = WorkCalendar(weekend: weekend, holidays: holidays, extraWorkdays: extra)
            let from = origin.adding(days: Int.random(in: -30...3000, using: &generator))
            for n in [
                1, 5, WorkCalendar.longestWalk, WorkCalendar.longestWalk + 1, 200, 1000,
                Int.random(in: 65...3000, using: &generator),
            ] {
                #expect(
                    calendar.nthWorkingDay(n, onOrAfter: from) == calendar.walkedWorkingDay(n, onOrAfter: from),
                    "trial \(trial): weekend \(weekend), n \(n) from \(from)")
            }
        }
        // A century of working days, and a span running off the supported calendar.
        let weekdays = WorkCalendar(
            weekend: [.sat, .sun], holidays: [d("2030-05-01")], extraWorkdays: [d("2030-05-11")])
        #expect(
            weekdays.nthWorkingDay(36_600, onOrAfter: d("2026-12-01"))
                == weekdays.walkedWorkingDay(36_600, onOrAfter: d("2026-12-01")))
        #expect(weekdays.nthWorkingDay(1000, onOrAfter: d("9999-01-01")) == nil)
        #expect(weekdays.nthWorkingDay(Int.max, onOrAfter: d("2026-12-01")) == nil)
    }

    @Test func addingCalendarDaysMonthsAndYears() {
        #expect(springFestival.date(d("2027-02-05"), plus: .days(10)) == d("2027-02-15"))
        #expect(springFestival.date(d("2027-02-05"), plus: .days(-5)) == d("2027-01-31"))
        #expect(springFestival.date(d("2027-01-31"), plus: .months(1)) == d("2027-02-28"))
        #expect(springFestival.date(d("2024-02-29"), plus: .years(2)) == d("2026-02-28"))
        #expect(springFestival.date(d("2024-02-29"), plus: .years(4)) == d("2028-02-29"))
        #expect(springFestival.date(d("9999-06-01"), plus: .years(1)) == nil)
        #expect(springFestival.date(d("9999-12-31"), plus: .days(1)) == nil)
    }

    @Test func addingWorkingDaysStartsTheDayAfter() {
        // From Fri 2027-02-05 the 1st following working day is Mon 2027-02-15.
        #expect(springFestival.date(d("2027-02-05"), plus: .workingDays(1)) == d("2027-02-15"))
        // 16 17 18 19, make-up Sat 20, Mon 22
        #expect(springFestival.date(d("2027-02-15"), plus: .workingDays(6)) == d("2027-02-22"))
        #expect(springFestival.date(d("2027-02-05"), plus: .workingDays(0)) == d("2027-02-05"))
        #expect(springFestival.date(d("2027-02-05"), plus: .workingDays(-1)) == nil)
    }

    @Test func clockDurationsAreNotCalendarArithmetic() {
        #expect(springFestival.date(d("2027-02-05"), plus: .seconds(86_400)) == nil)
        #expect(
            springFestival.lastValidDay(issuedOn: d("2027-02-05"), validFor: .seconds(86_400), countedFrom: .nextDay)
                == nil)
    }
}

@Suite struct CalendarValidityTests {
    /// Issued Fri 2027-02-05, counted from Sat 02-06: working days are
    /// 15 Mon(1) 16(2) 17(3) 18(4) 19(5) 20 make-up Sat(6) 22(7) 23(8) 24(9) 25(10) 26(11)
    /// Mar 1(12) 2(13) 3(14) 4(15).
    @Test(arguments: [(3, "2027-02-17"), (5, "2027-02-19"), (10, "2027-02-25"), (15, "2027-03-04")])
    func workingDayDeadlinesFromNextDaySkipHolidays(days: Int, expected: String) {
        let last = springFestival.lastValidDay(
            issuedOn: d("2027-02-05"), validFor: .workingDays(days), countedFrom: .nextDay)
        #expect(last == d(expected))
    }

    @Test func issuedOnAHolidayCountsFromTheNextDay() {
        // Fri 2027-01-01 is a holiday; counting starts Sat 01-02; working days Jan 4–8.
        let last = springFestival.lastValidDay(
            issuedOn: d("2027-01-01"), validFor: .workingDays(5), countedFrom: .nextDay)
        #expect(last == d("2027-01-08"))
    }

    @Test func sameDayCountingIncludesAWorkingIssueDay() {
        // Issued on the make-up Sunday 01-31: it counts as day 1, then Feb 1, Feb 2.
        #expect(
            springFestival.lastValidDay(issuedOn: d("2027-01-31"), validFor: .workingDays(3), countedFrom: .sameDay)
                == d("2027-02-02"))
        #expect(
            springFestival.lastValidDay(issuedOn: d("2027-01-31"), validFor: .workingDays(3), countedFrom: .nextDay)
                == d("2027-02-03"))
        // Issued on a holiday, same-day counting still finds the first working day after the block.
        #expect(
            springFestival.lastValidDay(issuedOn: d("2027-02-06"), validFor: .workingDays(1), countedFrom: .sameDay)
                == d("2027-02-15"))
    }

    @Test func calendarDayDeadlinesIgnoreHolidays() {
        #expect(
            springFestival.lastValidDay(issuedOn: d("2027-02-05"), validFor: .days(7), countedFrom: .nextDay)
                == d("2027-02-12"))
        #expect(
            springFestival.lastValidDay(issuedOn: d("2027-02-05"), validFor: .days(7), countedFrom: .sameDay)
                == d("2027-02-11"))
        #expect(
            springFestival.lastValidDay(issuedOn: d("2027-02-05"), validFor: .days(1), countedFrom: .sameDay)
                == d("2027-02-05"))
    }

    @Test func monthAndYearDeadlinesEndTheDayBeforeTheAnniversary() {
        #expect(
            springFestival.lastValidDay(issuedOn: d("2027-01-15"), validFor: .months(1), countedFrom: .nextDay)
                == d("2027-02-15"))
        #expect(
            springFestival.lastValidDay(issuedOn: d("2027-01-15"), validFor: .months(1), countedFrom: .sameDay)
                == d("2027-02-14"))
        #expect(
            springFestival.lastValidDay(issuedOn: d("2025-03-10"), validFor: .years(2), countedFrom: .sameDay)
                == d("2027-03-09"))
        // Clamping happens before the day is subtracted: 2024-02-29 + 2y = 2026-02-28, minus one day.
        #expect(
            springFestival.lastValidDay(issuedOn: d("2024-02-29"), validFor: .years(2), countedFrom: .sameDay)
                == d("2026-02-27"))
    }

    @Test func nonPositiveValidityHasNoValidDay() {
        #expect(
            springFestival.lastValidDay(issuedOn: d("2027-02-05"), validFor: .days(0), countedFrom: .nextDay) == nil)
        #expect(
            springFestival.lastValidDay(issuedOn: d("2027-02-05"), validFor: .workingDays(0), countedFrom: .sameDay)
                == nil)
        #expect(
            springFestival.lastValidDay(issuedOn: d("2027-02-05"), validFor: .months(0), countedFrom: .sameDay) == nil)
    }

    @Test func deadlineInstantIsLocalMidnightAfterTheLastDay() {
        let cst = UTCOffset("+08:00")!
        let issued = Instant(iso8601: "2027-02-05T15:00:00+08:00")!
        let deadline = springFestival.deadlineInstant(
            issuedAt: issued, validFor: .workingDays(5), countedFrom: .nextDay, offset: cst)
        #expect(deadline == Instant(iso8601: "2027-02-20T00:00:00+08:00"))
        #expect(deadline?.formatted(in: cst) == "2027-02-20T00:00:00+08:00")
    }

    @Test func deadlineInstantUsesTheOffsetToFindTheIssueDay() {
        // 2027-02-04T17:00Z is Thu 02-04 in UTC but Fri 02-05 01:00 in China.
        let issued = Instant(iso8601: "2027-02-04T17:00:00Z")!
        let china = springFestival.deadlineInstant(
            issuedAt: issued, validFor: .workingDays(1), countedFrom: .nextDay, offset: UTCOffset("+08:00")!)
        let utc = springFestival.deadlineInstant(
            issuedAt: issued, validFor: .workingDays(1), countedFrom: .nextDay, offset: UTCOffset("Z")!)
        #expect(china == Instant(iso8601: "2027-02-16T00:00:00+08:00"))  // last day Mon 02-15
        #expect(utc == Instant(iso8601: "2027-02-06T00:00:00Z"))  // last day Fri 02-05
    }

    @Test func countingStartRawValuesMatchTheRuleSetSpelling() {
        #expect(CountingStart(rawValue: "next_day") == .nextDay)
        #expect(CountingStart(rawValue: "same_day") == .sameDay)
        #expect(CountingStart(rawValue: "nextDay") == nil)
    }
}
