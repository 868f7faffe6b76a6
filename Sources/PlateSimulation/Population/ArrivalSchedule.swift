import PlateEngine
import PlateRules
import PlateScenarios

/// When a cohort's applicants arrive, drawn from the cohort's own stream: it reads no rule, so a
/// rule change never moves an arrival.
enum ArrivalSchedule {
    /// Arrival instants in time order. Those drawn before `start` arrive at `start` (the doors open);
    /// those after `until` never arrive.
    static func arrivals(
        of cohort: Cohort, start: Instant, until: Instant, zone: UTCOffset, generator: inout Xoshiro256
    ) -> [Instant] {
        var arrivals: [Instant] = []
        // Room for those who can arrive in the period, not for the declared count.
        switch cohort.arrivals {
        case .burst: arrivals.reserveCapacity(cohort.count)
        case .perDay(let perDay, _):
            let days = Int((until.secondsSinceEpoch - start.secondsSinceEpoch) / 86_400) + 2
            let (most, overflow) = perDay.multipliedReportingOverflow(by: days)
            arrivals.reserveCapacity(overflow ? cohort.count : min(cohort.count, most))
        }
        func day(_ date: CivilDate, _ count: Int, _ profile: DayProfile) {
            let midnight = Instant(date: date, offset: zone)
            var today = (0..<count).map { _ in max(start, midnight.adding(seconds: Int64(profile.second(&generator)))) }
            today.sort()
            arrivals += today.lazy.filter { $0 <= until }
        }
        switch cohort.arrivals {
        case .burst(let date, let pattern):
            day(date, cohort.count, DayProfile(pattern))
        case .perDay(let perDay, let pattern):
            let profile = DayProfile(pattern)
            var remaining = cohort.count
            var date = start.date(in: zone)
            let last = until.date(in: zone)
            while remaining > 0, date <= last {
                let count = min(perDay, remaining)
                day(date, count, profile)
                remaining -= count
                date = date.adding(days: 1)
            }
        }
        return arrivals
    }
}
