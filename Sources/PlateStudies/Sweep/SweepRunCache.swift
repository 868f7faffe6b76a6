/// Where a sweep looks up runs done before and leaves each run it finishes: the results store, so the same run in
/// another sweep (or the same sweep again, killed halfway) is read instead of run.
///
/// A run is its outcomes only: the grid point it sits at differs from sweep to sweep, so the study puts the row
/// together itself. Methods are called from the study's worker threads, at once.
public protocol SweepRunCache: Sendable {
    /// The outcomes kept under `key` (one per `SweepRow.outcomes` entry), if any.
    func outcomes(_ key: String) -> [Int]?
    /// Keeps the outcomes of a run that finished under `key`.
    func keep(_ outcomes: [Int], key: String)
}
