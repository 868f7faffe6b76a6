import Foundation

/// Runs the `platelab` executable built beside the tests.
struct CLIRunner {
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
        /// False when the process died of a signal (a trap, or killed after its time ran out).
        var exited = true
    }

    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// This target's own copies of the sample rule sets, by path from the repository root: the tests of what the
    /// commands say of a rule set's contents read these, so that editing a bundled region breaks none of them (the
    /// tests that run bundled scenarios pin those, as their golden reports do).
    static let chengdeRules = "Tests/PlateLabCLITests/Fixtures/regions/hebei-chengde.yaml"
    static let shenzhenRules = "Tests/PlateLabCLITests/Fixtures/regions/guangdong-shenzhen.yaml"

    /// The products folder: where the test bundle and `platelab` are built.
    static var executable: URL {
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("platelab")
    }

    /// Runs `platelab` with `arguments` in the repository root.
    static func run(_ arguments: String...) throws -> Outcome { try run(arguments) }

    /// Runs `platelab` with an argument list in the repository root (or `folder`); after `timeout` seconds it is
    /// killed (a hang shows as a signal, not as a test that never ends).
    static func run(
        _ arguments: [String], timeout: Int? = nil, in folder: URL? = nil, environment extra: [String: String] = [:]
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder ?? repository
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        if let timeout {
            DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(timeout)) { [process] in
                if process.isRunning { process.terminate() }
            }
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self), exited: process.terminationReason == .exit)
    }

    /// A temporary copy of a bundled file with one text replaced.
    static func mutatedCopy(of path: String, replacing old: String, with new: String, name: String) throws -> String {
        let text = try String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8)
        precondition(text.contains(old), "\(path) no longer contains \(old)")
        return try temporaryFile(name: name, contents: text.replacingOccurrences(of: old, with: new))
    }

    /// A new file in a fresh temporary folder.
    static func temporaryFile(name: String, contents: String) throws -> String {
        let folder = Scratch.path("input")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try contents.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }
}
