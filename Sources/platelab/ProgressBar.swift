import Foundation

/// A one-line progress bar on standard error, shown only when it is a terminal (never in CI logs).
final class ProgressBar {
    private var shown = -1

    /// A bar when standard error is a terminal, else nil.
    static func onTerminal() -> ProgressBar? { isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil }

    /// Shows the share of simulated time done (0 ... 1).
    func show(_ done: Double) {
        let percent = Int((min(max(done, 0), 1) * 100).rounded(.down))
        guard percent != shown else { return }
        shown = percent
        let filled = percent * 30 / 100
        printRaw("\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled) + "] \(percent)% of simulated time")
    }

    /// Clears the line.
    func finish() { printRaw("\r" + String(repeating: " ", count: 60) + "\r") }

    private func printRaw(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
