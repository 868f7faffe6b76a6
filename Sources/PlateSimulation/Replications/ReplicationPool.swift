import Dispatch
import Synchronization

/// Runs numbered pieces of work on up to `jobs` threads; results come back in number order whatever finished first,
/// so what is computed from them does not depend on the number of jobs.
public enum ReplicationPool {
    /// `first(0)` on the calling thread (it may touch what the caller owns: an event log, a progress bar), then
    /// `rest(i)` for i in 1..<count on `jobs` threads, the calling thread among them. `done` is told, on the calling
    /// thread, how many pieces have finished, whenever it finishes one.
    public static func map<First, Rest: Sendable>(
        count: Int, jobs: Int, first: () -> First, rest: @escaping @Sendable (Int) -> Rest,
        done: ((Int) -> Void)? = nil
    ) -> (First, [Rest]) {
        precondition(count >= 1 && jobs >= 1, "a pool needs at least one piece and one job")
        let state = Mutex(State<Rest>(next: 1, results: Array(repeating: nil, count: count)))
        @Sendable func work() -> Int? {
            guard
                let index = state.withLock({ s -> Int? in
                    guard s.next < count else { return nil }
                    defer { s.next += 1 }
                    return s.next
                })
            else { return nil }
            let result = rest(index)
            return state.withLock { s in
                s.results[index] = result
                s.finished += 1
                return s.finished
            }
        }
        let group = DispatchGroup()
        for _ in 0..<min(jobs - 1, count - 1) {
            DispatchQueue.global().async(group: group) { while work() != nil {} }
        }
        let head = first()
        done?(
            state.withLock { s in
                s.finished += 1
                return s.finished
            })
        while let finished = work() { done?(finished) }
        group.wait()
        return (head, state.withLock { $0.results.dropFirst().map { $0! } })
    }

    private struct State<Result>: ~Copyable {
        var next: Int
        var results: [Result?]
        var finished = 0
    }
}
