import Foundation

/// One folder per test process for every file the command-line tests write, removed when the process exits:
/// a test run left hundreds of report folders (25 MB) behind in the system's temporary folder.
enum Scratch {
    static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "platelab-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Scratch.root) }
        return root
    }()

    /// A new, not yet created path under the root, named `prefix` and a unique suffix.
    static func path(_ prefix: String) -> URL { root.appendingPathComponent("\(prefix)-\(UUID().uuidString)") }
}
