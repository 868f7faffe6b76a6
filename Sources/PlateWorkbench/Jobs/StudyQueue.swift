import Dispatch
import Foundation
import PlateStudies
import Synchronization

/// The studies waiting and running: at most `slots` at once (each on its share of the cores), the next one taken
/// from the author who started one longest ago, so one user's twenty studies do not hold up another's one.
///
/// The database is the queue: a study is queued, running or settled there, so a workbench killed and started again
/// finds its queue as it was, and marks what was running interrupted (never shown half-written: a report folder is
/// in place only once complete).
public actor StudyQueue {
    let book: StudyBook
    let runner: StudyRunner
    let slots: Int
    let wall: @Sendable () -> Int64
    /// What runs now: its author, its cancel switch, when it started and its replications done.
    private var running: [String: Running] = [:]
    /// The start counter of each author's last study: the author whose last start is oldest goes next.
    private var lastStart: [Int64: Int] = [:]
    private var starts = 0
    private let live = LiveProgress()
    /// Called whenever a study settles (tests wait on it).
    private var waiters: [CheckedContinuation<Void, Never>] = []

    struct Running {
        let author: Int64
        let cancellation: StudyCancellation
        let started: Int64
    }

    init(book: StudyBook, runner: StudyRunner, slots: Int, wall: @escaping @Sendable () -> Int64) {
        self.book = book
        self.runner = runner
        self.slots = slots
        self.wall = wall
    }

    /// After a start: what was running is interrupted; what was queued runs.
    func open() throws {
        try book.interruptRunning()
        pump()
    }

    /// A study was queued (new, resumed or copied).
    func submitted() { pump() }

    /// Cancels a queued or running study; false when it had settled.
    func cancel(_ id: String) throws -> Bool {
        if let run = running[id] {
            run.cancellation.cancel()
            return true
        }
        guard let study = try book.find(id), study.status == .queued else { return false }
        try book.update(id, status: .cancelled, message: "cancelled before it ran", finishedAt: wall())
        return true
    }

    /// Queues an interrupted, cancelled or failed study again.
    func resume(_ id: String) throws -> Bool {
        guard let study = try book.find(id), [.interrupted, .cancelled, .failed].contains(study.status) else {
            return false
        }
        try book.update(id, status: .queued, done: 0, message: "")
        pump()
        return true
    }

    /// Replications done and in all, and the seconds left as the pace so far says (nil before the first).
    func progress(_ id: String) -> (done: Int, total: Int, secondsLeft: Int?)? {
        guard let run = running[id] else { return nil }
        let (done, total) = live.counts.withLock { $0[id] } ?? (0, 0)
        let elapsed = wall() - run.started
        let left = done > 0 ? Int((Double(elapsed) / Double(done) * Double(total - done)).rounded()) : nil
        return (done, total, left)
    }

    /// Returns once no study is queued or running (tests, and a clean stop).
    func idle() async {
        while !running.isEmpty || ((try? book.queued().isEmpty) == false) {
            await withCheckedContinuation { waiters.append($0) }
        }
    }

    private func pump() {
        guard let queued = try? book.queued() else { return }
        var waiting = queued.filter { running[$0.id] == nil }
        while running.count < slots, !waiting.isEmpty {
            // Fair: the author whose last start is oldest (or who never started one), then the oldest study.
            let index = waiting.indices.min { a, b in
                let (x, y) = (lastStart[waiting[a].authorId] ?? -1, lastStart[waiting[b].authorId] ?? -1)
                return x != y ? x < y : waiting[a].sequence < waiting[b].sequence
            }!
            let study = waiting.remove(at: index)
            launch(study)
        }
    }

    private func launch(_ study: StudyRecord) {
        starts += 1
        lastStart[study.authorId] = starts
        let cancellation = StudyCancellation()
        running[study.id] = Running(author: study.authorId, cancellation: cancellation, started: wall())
        try? book.update(study.id, status: .running, done: 0, total: study.runs)
        let (runner, book, live, id) = (runner, book, live, study.id)
        DispatchQueue.global().async {
            let ending = runner.run(
                study,
                progress: { done, total in
                    live.counts.withLock { $0[id] = (done, total) }
                    try? book.progress(id, done: done, total: total)
                }, cancellation: cancellation)
            Task { await self.finished(id, ending) }
        }
    }

    private func finished(_ id: String, _ ending: StudyRunner.Ending) {
        running[id] = nil
        live.counts.withLock { $0[id] = nil }
        let now = wall()
        switch ending {
        case .done(let status, let console, let key, let fromStore):
            try? book.update(
                id, status: .done, key: key, fromStore: fromStore, exitStatus: Int(status), console: console,
                message: "", finishedAt: now)
        case .failed(let why): try? book.update(id, status: .failed, message: why, finishedAt: now)
        case .cancelled: try? book.update(id, status: .cancelled, message: "cancelled while it ran", finishedAt: now)
        }
        pump()
        let waiting = waiters
        waiters = []
        for waiter in waiting { waiter.resume() }
    }
}

/// Replications done per running study, written from the worker threads and read by the progress endpoint.
final class LiveProgress: Sendable {
    let counts = Mutex<[String: (done: Int, total: Int)]>([:])
}
