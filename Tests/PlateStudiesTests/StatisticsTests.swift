import Testing

@testable import PlateStudies

/// The statistics against values computed independently (R's `qt`, `mean`, `sd`, `t.test`).
@Suite("Statistics over replications")
struct StatisticsTests {
    @Test(
        "Student t quantiles match published tables",
        arguments: [
            (1, 12.706204736), (2, 4.302652730), (4, 2.776445105), (9, 2.262157163), (29, 2.045229642),
            (1000, 1.962339081),
        ])
    func quantiles(degrees: Int, expected: Double) {
        let t = StudentT.quantile(confidence: 0.95, degrees: degrees)
        #expect(abs(t - expected) < 1e-6, "t(0.975, \(degrees)) = \(t), expected \(expected)")
    }

    @Test("a fixed sample: mean, sample standard deviation and the t interval")
    func knownSample() throws {
        // t.test(c(2, 4, 4, 4, 5, 5, 7, 9)): mean 5, sd 2.138090, 95 % interval 3.212512 to 6.787488 (qt(0.975, 7) =
        // 2.364624).
        let e = Estimate([2, 4, 4, 4, 5, 5, 7, 9])
        #expect(e.mean == 5)
        #expect(abs(try #require(e.standardDeviation) - 2.138089935) < 1e-8)
        #expect(abs(try #require(e.low) - 3.212512) < 1e-6)
        #expect(abs(try #require(e.high) - 6.787488) < 1e-6)
        #expect(e.count == 8 && e.replications == 8)
    }

    @Test("undefined replications are counted apart, not averaged")
    func undefinedValues() throws {
        let e = Estimate([nil, 3, nil, 5])
        #expect(e.count == 2 && e.replications == 4 && e.mean == 4)
        #expect(!e.definedEverywhere)
        let none = Estimate([nil, nil])
        #expect(none.mean == nil && none.halfWidth == nil && none.verdict == .undefined)
    }

    @Test("one value has a mean but no interval, and so no verdict")
    func singleValue() {
        let e = Estimate([7])
        #expect(e.mean == 7 && e.standardDeviation == nil && e.halfWidth == nil)
        #expect(e.verdict == .singleReplication)
    }

    @Test("paired differences: replication by replication, narrower than unpaired when the pairs move together")
    func pairedDifferences() throws {
        // Each variant replication is its baseline plus 2 to 4: the seeds' luck is shared, the rule's effect is not.
        let baseline: [Double?] = [100, 140, 90, 160, 120]
        let variant: [Double?] = [103, 142, 94, 163, 122]
        let paired = Estimate.paired(baseline: baseline, variant: variant)
        // t.test(variant, baseline, paired = TRUE): mean 2.8, interval 1.761149 to 3.838851 (sd 0.836660, qt(0.975, 4)
        // = 2.776445).
        #expect(abs(try #require(paired.mean) - 2.8) < 1e-12)
        #expect(abs(try #require(paired.low) - 1.761149) < 1e-6)
        #expect(abs(try #require(paired.high) - 3.838851) < 1e-6)
        #expect(paired.verdict == .higher)
        let unpaired = try #require(Estimate.unpairedHalfWidth(baseline: baseline, variant: variant))
        #expect(
            unpaired > 20 * (try #require(paired.halfWidth)),
            "unpaired ±\(unpaired) against paired ±\(paired.halfWidth!)")
    }

    @Test("verdicts: higher, lower, or no clear difference when the interval holds 0")
    func verdicts() {
        #expect(Estimate([1, 1.2, 0.9]).verdict == .higher)
        #expect(Estimate([-1, -1.2, -0.9]).verdict == .lower)
        #expect(Estimate([1, 2, 3]).verdict == .noClearDifference, "mean 2 ± 2.48 holds 0")
        #expect(Estimate([-1, 2, 0]).verdict == .noClearDifference)
        #expect(Estimate([0, 0, 0]).verdict == .noClearDifference)
    }
}
