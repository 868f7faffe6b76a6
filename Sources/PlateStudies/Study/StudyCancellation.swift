import Synchronization

/// A token a study checks between its runs: once cancelled, no further run starts and the study throws
/// `StudyStop.cancelled`.
///
/// The granularity is one run (or one case, or one grid check): a run under way finishes first, so after `cancel()`
/// a study returns within the time of the longest run then going, one per job. A run is not interrupted midway, so
/// nothing half-computed is ever returned.
public final class StudyCancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    /// Asks the study to stop before its next run; safe from any thread, and more than once.
    public func cancel() { flag.store(true, ordering: .relaxed) }

    /// Whether `cancel()` was called.
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
