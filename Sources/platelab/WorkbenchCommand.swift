import ArgumentParser
import Foundation
import Hummingbird
import PlateServer
import PlateWorkbench

#if canImport(Glibc)
    import Glibc
#endif

/// `platelab workbench`: the policy workbench (政策工作台) in the browser, on 127.0.0.1:8090 unless told otherwise.
struct WorkbenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workbench",
        abstract:
            "Serve the policy workbench (政策工作台): rule-change studies in the browser, run in the background, stored and shared.",
        discussion: """
            Everything is kept in the data folder: workbench.sqlite (SQLite, WAL), each study's report in studies/ID/, and the \
            results store in store/ (the same store `platelab compare --store DATA/store` uses). Make an account first with \
            --add-user NAME (the password is asked for, or read from standard input); --new-token NAME prints a token for the \
            HTTP API (/api/openapi.json). A study running when the workbench \
            stopped is marked interrupted and can be resumed. \
            Exit status: 0 stopped or user added, 2 the data folder cannot be opened or the user not added, 64 wrong usage.
            """
    )

    @Option(help: "The data folder (made if new).")
    var data: String = "platelab-data"

    @Option(parsing: .unconditional, help: "Port (0: any free port, printed on start).")
    var port: Int = 8090

    @Option(help: "Address to listen on: 127.0.0.1 (this machine only) unless an office's PCs must reach it.")
    var host: String = "127.0.0.1"

    @Option(
        name: .customLong("origin"),
        help: "Another origin the workbench answers to and accepts forms from, e.g. http://policy.lan:8090; repeatable."
    )
    var origins: [String] = []

    @Option(
        name: .customLong("add-user"), help: "Make an account NAME (the password from the terminal or stdin) and exit.")
    var addUser: String?

    @Option(name: .customLong("new-token"), help: "Make an API token for user NAME, print it once, and exit.")
    var newToken: String?

    @Option(help: "Studies run at once (each on its share of the cores).")
    var slots: Int = 1

    @Option(help: "Threads a study runs its replications on (default: the machine's cores divided by --slots).")
    var jobs: Int?

    @Option(
        name: .customLong("store-max-gb"),
        help: "Keep the results store within this many gigabytes (default: no bound).")
    var storeMaxGB: Double?

    @Option(help: "The folder of the scenarios a study may start from.")
    var scenarios: String = "Scenarios"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0...65535, found \(port)") }
        guard PracticeServer.isIPAddress(host) else {
            throw ValidationError("--host must be an IP address such as 127.0.0.1 or 0.0.0.0, found \(host)")
        }
        for origin in origins where SiteOrigins.parse(origin) == nil {
            throw ValidationError("--origin must be http://NAME or http://NAME:PORT, found \(origin)")
        }
        guard (1...64).contains(slots) else { throw ValidationError("--slots must be from 1 to 64, found \(slots)") }
        if let jobs, !(1...1024).contains(jobs) {
            throw ValidationError("--jobs must be from 1 to 1024, found \(jobs)")
        }
        if let storeMaxGB, !(storeMaxGB > 0 && storeMaxGB < 1_000_000) {
            throw ValidationError("--store-max-gb must be more than 0, found \(storeMaxGB)")
        }
    }

    func run() async throws {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let workbench: Workbench
        do {
            workbench = try Workbench(
                data: data, scenariosFolder: scenarios, slots: slots, threads: jobs ?? max(1, cores / slots),
                storeMaxBytes: storeMaxGB.map { Int64($0 * 1_000_000_000) },
                log: { line in FileHandle.standardOutput.write(Data("platelab workbench: \(line)\n".utf8)) })
        } catch {
            printError("platelab workbench: the data folder \(data) cannot be opened: \(error)")
            throw ExitCode(2)
        }
        if let addUser {
            let password = Self.readPassword(for: addUser)
            do {
                let user = try workbench.accounts.add(
                    name: addUser, password: password, at: Int64(Date().timeIntervalSince1970))
                print("platelab workbench: user \(user.name) added to \(data)")
                return
            } catch {
                printError("platelab workbench: user \(addUser) not added: \(error)")
                throw ExitCode(2)
            }
        }
        if let newToken {
            guard let token = try? workbench.accounts.newToken(for: newToken, at: Int64(Date().timeIntervalSince1970))
            else {
                printError("platelab workbench: there is no user \(newToken) in \(data); add one with --add-user")
                throw ExitCode(2)
            }
            print(token)
            return
        }
        if workbench.bundled.isEmpty {
            printError(
                "platelab workbench: no scenario in \(scenarios); run it in the PlateLab folder or give --scenarios")
            throw ExitCode(2)
        }
        // One workbench per data folder: a second would mark the first's running studies interrupted.
        guard Self.lockDataFolder(data) else {
            printError("platelab workbench: another platelab workbench is serving \(data); one per data folder")
            throw ExitCode(2)
        }
        try await workbench.start()
        let users = (try? workbench.accounts.count()) ?? 0
        let shown = ["0.0.0.0", "::"].contains(host) ? "127.0.0.1" : host
        let app = WorkbenchServer.application(workbench, host: host, port: port, origins: origins) { port in
            var lines = ["platelab workbench: http://\(shown):\(port)/ (data in \(data))"]
            if users == 0 {
                lines.append(
                    "platelab workbench: no account yet: run `platelab workbench --add-user NAME --data \(data)`")
            }
            FileHandle.standardOutput.write(Data(lines.map { $0 + "\n" }.joined().utf8))
        }
        try await app.runService()
    }

    /// Holds `DATA/workbench.lock` (an advisory lock, released when the process ends however it ends); false when
    /// another process holds it.
    static func lockDataFolder(_ data: String) -> Bool {
        #if canImport(Glibc)
            let descriptor = open(data + "/workbench.lock", O_CREAT | O_RDWR, 0o644)
            guard descriptor >= 0 else { return true }
            // Never closed: the lock lasts as long as the server.
            return flock(descriptor, LOCK_EX | LOCK_NB) == 0
        #else
            return true
        #endif
    }

    /// The password: asked for without echo on a terminal, else the first line of standard input.
    static func readPassword(for name: String) -> String {
        #if canImport(Glibc)
            if isatty(0) == 1 {
                FileHandle.standardError.write(Data("password for \(name): ".utf8))
                var original = termios()
                tcgetattr(0, &original)
                var silent = original
                silent.c_lflag &= ~tcflag_t(ECHO)
                tcsetattr(0, TCSANOW, &silent)
                defer {
                    tcsetattr(0, TCSANOW, &original)
                    FileHandle.standardError.write(Data("\n".utf8))
                }
                return readLine(strippingNewline: true) ?? ""
            }
        #endif
        return readLine(strippingNewline: true) ?? ""
    }
}
