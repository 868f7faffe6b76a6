import Foundation
import Synchronization

/// Progress on standard error wherever it goes: the bar on a terminal; elsewhere (CI logs, nohup, a scheduler's log)
/// a line every few seconds, so a long sweep is seen to be alive. Safe to call from several threads.
final class ProgressLine {
    /// Seconds between lines off a terminal: 5, or `PLATELAB_PROGRESS_SECONDS` (0: a line per step, as the tests use).
    static let interval: Duration = .seconds(
        ProcessInfo.processInfo.environment["PLATELAB_PROGRESS_SECONDS"].flatMap(Int.init) ?? 5)

    private let label: String
    private let bar: ProgressBar?
    /// When the last line was written (or reporting started: a short sweep says nothing), what is done of what.
    private let state = Mutex<(last: ContinuousClock.Instant, done: Int, total: Int)>((ContinuousClock.now, 0, 0))

    private init(label: String, bar: ProgressBar?) {
        self.label = label
        self.bar = bar
    }

    /// Starts reporting `label` ("runs done").
    static func start(_ label: String) -> ProgressLine {
        ProgressLine(
            label: label,
            bar: ProgressBar.onTerminal("of the " + label.replacingOccurrences(of: " done", with: "") + " done"))
    }

    /// `done` of `total` pieces done.
    func show(_ done: Int, of total: Int) {
        let line: String? = state.withLock { s in
            s.done = max(s.done, done)
            s.total = total
            if let bar {
                bar.show(s.done, of: total)
                return nil
            }
            let now = ContinuousClock.now
            guard now - s.last >= Self.interval else { return nil }
            s.last = now
            return "\(s.done) of \(total) \(label) (\(total == 0 ? 100 : s.done * 100 / total) %)"
        }
        if let line { FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }

    /// Clears the bar; off a terminal nothing more is said (the command's result line follows).
    func finish() { bar?.finish() }
}
