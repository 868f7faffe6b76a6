import Foundation
import PlateRules
import Synchronization
import Testing

@testable import PlateStudies

/// A sweep with a run cache: runs found are read, runs finished are left, and a sweep stopped halfway resumes.
@Suite("Sweeps with a run cache")
struct SweepCacheTests {
    /// Runs by key in memory; `stopAfter` cancels the study once that many runs were kept (a kill, halfway).
    final class MemoryCache: SweepRunCache {
        let runs = Mutex<[String: [Int]]>([:])
        let lookups = Mutex<(hits: Int, misses: Int)>((0, 0))
        let stop: (after: Int, token: StudyCancellation)?

        init(stopAfter: Int? = nil, token: StudyCancellation? = nil) {
            stop = stopAfter.map { ($0, token!) }
        }

        func outcomes(_ key: String) -> [Int]? {
            let found = runs.withLock { $0[key] }
            lookups.withLock {
                if found == nil { $0.misses += 1 } else { $0.hits += 1 }
            }
            return found
        }

        func keep(_ outcomes: [Int], key: String) {
            let count = runs.withLock {
                $0[key] = outcomes
                return $0.count
            }
            if let stop, count >= stop.after { stop.token.cancel() }
        }
    }

    static let grid = SweepGrid(axes: [.init(path: "self_compose.per_confirm", values: ["1", "2", "3"])])

    static func rows(_ outcome: SweepStudy.Outcome) -> [SweepRow] {
        guard case .finished(let sweep) = outcome else {
            Issue.record("the sweep did not finish: \(outcome)")
            return []
        }
        return sweep.rows
    }

    @Test(
        "a sweep stopped after two runs resumes from them: only the rest run, and the rows are those of one whole run")
    func resume() throws {
        let base = try StudyFixture.smoke()
        let study = SweepStudy(base: base, grid: Self.grid, replications: 2, jobs: 1)
        let whole = Self.rows(try study.run())
        let token = StudyCancellation()
        let cache = MemoryCache(stopAfter: 2, token: token)
        #expect(throws: StudyStop.cancelled) { try study.run(cancellation: token, cache: cache) }
        #expect(cache.runs.withLock { $0.count } == 2, "one job: the cancel is seen before the third run starts")
        let resumed = MemoryCache()
        resumed.runs.withLock { $0 = cache.runs.withLock { $0 } }
        #expect(Self.rows(try study.run(cache: resumed)) == whole)
        let lookups = resumed.lookups.withLock { $0 }
        #expect(lookups.hits == 2 && lookups.misses == 4)
        #expect(resumed.runs.withLock { $0.count } == 6)
    }

    @Test("a run is the same run in a narrower grid: found by its values and seed, placed at its new point")
    func narrowerGrid() throws {
        let base = try StudyFixture.smoke()
        let cache = MemoryCache()
        _ = try SweepStudy(base: base, grid: Self.grid, replications: 2, jobs: 2).run(cache: cache)
        let narrow = SweepGrid(axes: [.init(path: "self_compose.per_confirm", values: ["3"])])
        let study = SweepStudy(base: base, grid: narrow, replications: 2, jobs: 2)
        let rows = Self.rows(try study.run(cache: cache))
        #expect(cache.lookups.withLock { $0.hits } == 2)
        #expect(rows == Self.rows(try study.run()))
        #expect(rows.map { [$0.point, $0.replication] } == [[0, 1], [0, 2]])
    }

    @Test("what the cache holds is what the sweep reports: found runs are read, not run")
    func foundRunsAreRead() throws {
        let base = try StudyFixture.smoke()
        let cache = MemoryCache()
        let study = SweepStudy(base: base, grid: Self.grid, replications: 1, jobs: 1)
        _ = try study.run(cache: cache)
        let marked = Array(repeating: 7, count: SweepRow.outcomes.count)
        cache.runs.withLock { runs in for key in runs.keys { runs[key] = marked } }
        #expect(Self.rows(try study.run(cache: cache)).allSatisfy { $0.outcomes == marked })
    }

    @Test("another seed, scenario or rule value is another run")
    func keys() throws {
        let base = try StudyFixture.smoke()
        let study = SweepStudy(base: base, grid: Self.grid, replications: 2, jobs: 1)
        let other = SweepStudy(base: base, grid: Self.grid, replications: 2, seed: 99, jobs: 1)
        let key = { (s: SweepStudy, v: String, k: Int, d: String) in
            StudyKey.sweepRun(s, values: [v], replication: k, scenarioDigest: d)
        }
        let keys = [
            key(study, "1", 1, "a"), key(study, "2", 1, "a"), key(study, "1", 2, "a"), key(other, "1", 1, "a"),
            key(study, "1", 1, "b"),
        ]
        #expect(Set(keys).count == keys.count)
        #expect(
            key(study, "1", 1, "a")
                == key(SweepStudy(base: base, grid: Self.grid, replications: 5, jobs: 2), "1", 1, "a"))
    }
}

/// A comparison with a precision target: replications added to every arm alike until the paired difference is as
/// precise as asked.
@Suite("Comparisons to a precision")
struct ComparePrecisionTests {
    static func study(_ target: String, jobs: Int, maximum: Int = 100) throws -> CompareStudy {
        let base = try StudyFixture.smoke()
        let variant = try StudyFixture.smoke(changes: ["changes/per-confirm-1.yaml"])
        return CompareStudy(
            arms: [.init(label: "Baseline", input: base), .init(label: "per-confirm-1", input: variant)],
            replications: 1, jobs: jobs, precision: Precision(target), maximumReplications: maximum)
    }

    static func runs(_ study: CompareStudy) throws -> [ComparedRun] {
        guard case .finished(let runs) = try study.run() else {
            Issue.record("the comparison did not finish")
            return []
        }
        return runs
    }

    @Test("the fewest paired replications that meet the target, the same on one thread or two")
    func fewest() throws {
        let one = try Self.runs(try Self.study("reserved_self_compose=4", jobs: 1))
        let two = try Self.runs(try Self.study("reserved_self_compose=4", jobs: 2))
        let count = one[0].replicated.count
        #expect(count >= 3 && one.allSatisfy { $0.replicated.count == count })
        #expect(two.map(\.replicated.count) == one.map(\.replicated.count))
        let difference = { (runs: [ComparedRun], n: Int) in
            Estimate.paired(
                baseline: runs[0].replicated.replications.prefix(n).map { $0.value("reserved_self_compose") },
                variant: runs[1].replicated.replications.prefix(n).map { $0.value("reserved_self_compose") })
        }
        #expect(try #require(difference(one, count).halfWidth) <= 4)
        if count > 3 { #expect(try #require(difference(one, count - 1).halfWidth) > 4, "no fewer would do") }
        #expect(one[0].replicated.precision?.reached == true && one[0].replicated.precision?.precision.paired == true)
    }

    @Test("a target out of reach stops at the maximum and says so")
    func unreachable() throws {
        let runs = try Self.runs(try Self.study("reserved_self_compose=0.0001", jobs: 2, maximum: 5))
        #expect(runs.allSatisfy { $0.replicated.count == 5 })
        #expect(runs[0].replicated.precision?.reached == false)
    }
}
