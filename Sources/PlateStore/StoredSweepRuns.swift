import Foundation
import PlateStudies
import Synchronization

/// A sweep's runs looked up in and kept in the results store (kind `sweep-run`, one `run.json` each), counting what
/// it found, kept and could not keep, for the line the sweep prints at its end.
public final class StoredSweepRuns: SweepRunCache {
    /// The result kind of one sweep run.
    public static let kind = ResultKind.sweepRun
    static let file = "run.json"

    public let store: ResultStore
    private let found = Atomic<Int>(0)
    private let kept = Atomic<Int>(0)
    private let trouble = Mutex<(problems: [StoreProblem], evictions: [Eviction])>(([], []))

    public init(store: ResultStore) { self.store = store }

    public func outcomes(_ key: String) -> [Int]? {
        // A store that cannot be read is a miss: the run runs, and the problem is said once at the end.
        let stored: StoredStudy?
        do { stored = try store.find(key) } catch {
            trouble.withLock { $0.problems.append(error) }
            return nil
        }
        guard let stored, stored.kind == Self.kind,
            let data = FileManager.default.contents(atPath: stored.folder + "/" + Self.file),
            let outcomes = SweepPart.decodeRun(data)
        else { return nil }
        found.add(1, ordering: .relaxed)
        return outcomes
    }

    public func keep(_ outcomes: [Int], key: String) {
        do {
            let evicted = try store.keep(
                key, kind: Self.kind, files: [(Self.file, Data(SweepPart.encodeRun(outcomes).utf8))])
            kept.add(1, ordering: .relaxed)
            if !evicted.isEmpty { trouble.withLock { $0.evictions += evicted } }
        } catch {
            trouble.withLock { $0.problems.append(error) }
        }
    }

    /// Runs read from the store instead of run.
    public var runsFound: Int { found.load(ordering: .relaxed) }
    /// Runs that ran and were kept.
    public var runsKept: Int { kept.load(ordering: .relaxed) }
    /// What the store could not do (each a run that ran instead, or was not kept), in the order met.
    public var problems: [StoreProblem] { trouble.withLock { $0.problems } }
    /// Results removed to stay within the bound while the sweep ran.
    public var evictions: [Eviction] { trouble.withLock { $0.evictions } }
}
