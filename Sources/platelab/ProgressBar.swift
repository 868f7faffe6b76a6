import Foundation

/// A one-line progress bar on standard error, shown only when it is a terminal (never in CI logs).
final class ProgressBar {
    private var shown = -1
    private let label: String

    private init(label: String) { self.label = label }

    /// A bar when standard error is a terminal, else nil; `label` follows the percentage ("of simulated time").
    static func onTerminal(_ label: String = "of simulated time") -> ProgressBar? {
        isatty(STDERR_FILENO) == 1 ? ProgressBar(label: label) : nil
    }

    /// Shows the share done (0 ... 1).
    func show(_ done: Double) {
        let percent = Int((min(max(done, 0), 1) * 100).rounded(.down))
        guard percent != shown else { return }
        shown = percent
        let filled = percent * 30 / 100
        printRaw(
            "\r[" + String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled)
                + "] \(percent)% \(label)")
    }

    /// Shows `done` of `total` pieces done.
    func show(_ done: Int, of total: Int) { show(total == 0 ? 1 : Double(done) / Double(total)) }

    /// Clears the line.
    func finish() { printRaw("\r" + String(repeating: " ", count: 60) + "\r") }

    private func printRaw(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
