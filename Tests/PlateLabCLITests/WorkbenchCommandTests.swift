import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `platelab workbench` as a process: accounts from the command line, one server per data folder, and a study that
/// survives the server being killed (SIGKILL) mid-run.
@Suite("platelab workbench")
struct WorkbenchCommandTests {
    /// A running `platelab workbench` and where it listens.
    final class Server {
        let process = Process()
        let site: String

        init(data: String) throws {
            process.executableURL = CLIRunner.executable
            process.arguments = ["workbench", "--data", data, "--port", "0", "--jobs", "1"]
            process.currentDirectoryURL = CLIRunner.repository
            process.environment = ProcessInfo.processInfo.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            var seen = ""
            while !seen.contains("\n") {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen += String(decoding: chunk, as: UTF8.self)
            }
            guard let range = seen.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) else {
                throw CocoaError(.fileReadUnknown)
            }
            site = String(seen[range])
        }

        func kill() {
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// Runs `platelab ARGUMENTS` with `input` on standard input.
    static func run(_ arguments: [String], input: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = CLIRunner.repository
        let (stdin, stdout) = (Pipe(), Pipe())
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    static func request(_ url: String, token: String, method: String = "GET", body: String? = nil) async throws
        -> [String: Any]
    {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = method
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        if let body {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(body.utf8)
        }
        let (data, _) = try await URLSession.shared.data(for: request)
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }

    @Test("a study killed with its server is interrupted at the next start, shows no result, and can be resumed")
    func killedMidStudy() async throws {
        let data = RunCommandTests.temporaryFolder()
        let added = try Self.run(["workbench", "--data", data, "--add-user", "ops"], input: "ops-password\n")
        #expect(added.status == 0 && added.output.contains("user ops added"))
        let again = try Self.run(["workbench", "--data", data, "--add-user", "ops"], input: "ops-password\n")
        #expect(again.status == 2 && again.output.contains("there is already a user named ops"))
        let token = try Self.run(["workbench", "--data", data, "--new-token", "ops"], input: "").output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(token.hasPrefix("plw_"))

        let first = try Server(data: data)
        let second = try Self.run(["workbench", "--data", data, "--port", "0"], input: "")
        #expect(second.status == 2 && second.output.contains("another platelab workbench is serving"))
        let study = try await Self.request(
            first.site + "/api/studies", token: token, method: "POST",
            body: """
                {"scenario": "Scenarios/chengde-year-end-rush.yaml", "replications": 200,
                 "variants": [{"name": "quota-10", "set": {"self_compose.total": 10}}]}
                """)
        let id = try #require(study["id"] as? String)
        // Killed while it runs: 400 runs take minutes, so however slowly a busy machine polls, it is still running.
        var status: [String: Any] = [:]
        for _ in 0..<600 {
            status = try await Self.request(first.site + "/api/studies/\(id)", token: token)
            if status["status"] as? String != "queued" { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(status["status"] as? String == "running", "\(status)")
        first.kill()

        let restarted = try Server(data: data)
        defer { restarted.kill() }
        let interrupted = try await Self.request(restarted.site + "/api/studies/\(id)", token: token)
        #expect(interrupted["status"] as? String == "interrupted")
        let unfinished = try await Self.request(restarted.site + "/api/studies/\(id)/summary", token: token)
        #expect(unfinished["error"] != nil, "no half-written result is shown")
        // Resumed, it runs again (to the end: the in-process tests wait for that); cancelled here, to keep the test short.
        let resumed = try await Self.request(restarted.site + "/api/studies/\(id)/resume", token: token, method: "POST")
        #expect(["queued", "running"].contains(resumed["status"] as? String ?? ""), "\(resumed)")
        let cancelled = try await Self.request(
            restarted.site + "/api/studies/\(id)/cancel", token: token, method: "POST")
        #expect(cancelled["id"] as? String == id)
        var settled: [String: Any] = [:]
        for _ in 0..<600 {
            settled = try await Self.request(restarted.site + "/api/studies/\(id)", token: token)
            if settled["status"] as? String == "cancelled" { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(settled["status"] as? String == "cancelled", "\(settled)")
        let studies = try await Self.request(restarted.site + "/api/studies", token: token)
        #expect((studies["studies"] as? [Any])?.count == 1, "none lost, none duplicated")
    }
}
