import PlateRules
import PlateStudies
import Testing

@testable import PlateReports

@Suite("Differences and waits as people read them")
struct DifferenceTests {
    @Test("counts carry a sign and the relative change; shares are percentage points")
    func counts() {
        #expect(Difference.count(622, 729) == "+107 (+17.2 %)")
        #expect(Difference.count(10, 7) == "−3 (−30.0 %)")
        #expect(Difference.count(0, 5) == "+5")
        #expect(Difference.count(4, 4) == "0")
        #expect(Difference.points(0.5, 0.525) == "+2.5 pp")
        #expect(Difference.points(nil, 0.5) == "–")
    }

    @Test("instants are earlier or later, or happen only in one run")
    func instants() {
        let t = Instant(secondsSinceEpoch: 1_000_000)
        #expect(Difference.instant(t, t.adding(seconds: -2 * 86_400 - 43_200)) == "2.5 days earlier")
        #expect(Difference.instant(t, t.adding(seconds: 90)) == "1 min later")
        #expect(Difference.instant(nil, t) == "newly happens")
        #expect(Difference.instant(t, nil) == "no longer happens")
    }

    @Test("wait statistics use nearest-rank percentiles and readable durations")
    func waits() {
        let w = WaitStatistics((1...10).map { Int64($0) * 60 })
        #expect(w.median == 300 && w.p90 == 540 && w.max == 600)
        #expect(w.histogram == [4, 6, 0, 0, 0, 0, 0])
        #expect(WaitStatistics.readable(45) == "45 s")
        #expect(WaitStatistics.readable(5400) == "1.5 h")
        #expect(WaitStatistics.readable(nil) == "–")
    }
}
