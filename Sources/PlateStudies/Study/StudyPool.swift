import PlateSimulation
import Synchronization

/// Numbered pieces of a study on up to `jobs` threads, results in number order, skipping what has not started when
/// the study is cancelled.
enum StudyPool {
    /// `work(i)` for i in 0..<count (piece 0 on the calling thread); `progress` after each piece that ran (a piece
    /// skipped after a cancel is not counted); throws `StudyStop.cancelled` when `cancellation` was cancelled before
    /// every piece had started, or a piece returned nil because it saw the cancel itself (never without a token).
    static func map<Result: Sendable>(
        count: Int, jobs: Int, stage: StudyProgress.Stage, progress: StudyProgressHandler?,
        cancellation: StudyCancellation?,
        _ work: @escaping @Sendable (Int) -> Result?
    ) throws(StudyStop) -> [Result] {
        guard count > 0 else { return [] }
        let completed = Completed()
        @Sendable func piece(_ i: Int) -> Result? {
            guard cancellation?.isCancelled != true, let result = work(i) else { return nil }
            completed.count.add(1, ordering: .relaxed)
            return result
        }
        // The pool says when the calling thread finishes a piece; pieces finished on other threads meanwhile are
        // counted then, and the last ones once all are in, so the count rises and ends at what ran.
        var told = 0
        func tell() {
            let done = completed.count.load(ordering: .relaxed)
            guard let progress, done > told else { return }
            told = done
            progress(StudyProgress(stage, done: done, of: count))
        }
        let (first, rest) = ReplicationPool.map(
            count: count, jobs: jobs, first: { piece(0) }, rest: piece, done: { _ in tell() })
        tell()
        let results = [first] + rest
        guard results.allSatisfy({ $0 != nil }) else { throw .cancelled }
        return results.map { $0! }
    }

    /// Pieces that ran to their end, counted from every thread.
    private final class Completed: Sendable {
        let count = Atomic<Int>(0)
    }
}
