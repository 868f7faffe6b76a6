import Foundation
import PlateStudies
import Testing

@testable import PlateStore

@Suite("Sweep runs in the results store")
struct StoredSweepRunsTests {
    static let outcomes = Array(0..<SweepRow.outcomes.count)

    @Test("a kept run comes back from another opening of the store, counted as found")
    func roundTrip() throws {
        let root = ResultStoreTests.folder()
        let kept = StoredSweepRuns(store: try ResultStore(folder: root))
        #expect(kept.outcomes("r1") == nil)
        kept.keep(Self.outcomes, key: "r1")
        #expect(kept.runsKept == 1 && kept.runsFound == 0 && kept.problems.isEmpty)
        let again = StoredSweepRuns(store: try ResultStore(folder: root))
        #expect(again.outcomes("r1") == Self.outcomes)
        #expect(again.runsFound == 1)
        let file = try String(contentsOfFile: root + "/results/r1/run.json", encoding: .utf8)
        #expect(file.contains(#""schema": "platelab/sweep-run/v1""#) && file.contains(#""applicants": 0"#))
    }

    @Test("a result of another kind, or a run file that lacks a column, is a miss")
    func misses() throws {
        let root = ResultStoreTests.folder()
        let store = try ResultStore(folder: root)
        try store.keep("c1", kind: "compare", files: [("run.json", Data(SweepPart.encodeRun(Self.outcomes).utf8))])
        try store.keep(
            "r2", kind: StoredSweepRuns.kind,
            files: [("run.json", Data(#"{"schema":"platelab/sweep-run/v1","outcomes":{"applicants":3}}"#.utf8))])
        let runs = StoredSweepRuns(store: store)
        #expect(runs.outcomes("c1") == nil && runs.outcomes("r2") == nil && runs.runsFound == 0)
    }

    @Test("two threads keeping the same run both succeed, and one copy stays")
    func sameRunTwice() async throws {
        let root = ResultStoreTests.folder()
        let runs = StoredSweepRuns(store: try ResultStore(folder: root))
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 { group.addTask { runs.keep(Self.outcomes, key: "same") } }
        }
        #expect(runs.problems.isEmpty, "\(runs.problems)")
        #expect(try runs.store.usage().results == 1)
        let left = try FileManager.default.contentsOfDirectory(atPath: root + "/results")
        #expect(left == ["same"], "no temporary folder left behind")
    }
}
