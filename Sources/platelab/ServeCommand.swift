import ArgumentParser
import Foundation
import Hummingbird
import PlateRules
import PlateServer

/// `platelab serve`: the practice site (模拟选号) for trainees, on 127.0.0.1.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract:
            "Serve the practice selection site (模拟选号) from the real engine in practice mode, on 127.0.0.1 unless --host says otherwise.",
        discussion: """
            Pages in Chinese with an English toggle; the trainer panel is at /trainer. Nothing is saved: \
            sessions live in memory, expire after --idle-minutes and are at most --max-sessions (the idlest makes room \
            for a new one); one client starts at most --sessions-per-client in 10 minutes. \
            Exit status: 0 stopped, 2 unreadable or invalid rules, 64 wrong command-line usage.
            """
    )

    @Option(help: "A rule-set file (default: the bundled 承德 rules, Scenarios/regions/hebei-chengde.yaml).")
    var rules: String = "Scenarios/regions/hebei-chengde.yaml"

    @Option(parsing: .unconditional, help: "Port (0: any free port, printed on start).")
    var port: Int = 8080

    @Option(
        help:
            "Address to listen on: 127.0.0.1 (this machine only) unless a classroom's PCs must reach the site, e.g. the machine's LAN address, or 0.0.0.0 for every interface."
    )
    var host: String = "127.0.0.1"

    @Option(
        name: .customLong("origin"),
        help:
            "Another origin the site answers to and accepts forms from, e.g. http://classroom.lan:8080 (a name the classroom's PCs use for this machine); repeatable."
    )
    var origins: [String] = []

    @Option(help: "The trainer password (default: a new one, printed on start).")
    var trainerPassword: String?

    @Option(parsing: .unconditional, help: "Most practice sessions kept in memory (1 to 1,000,000).")
    var maxSessions: Int = 1000

    @Option(
        parsing: .unconditional,
        help: "Minutes after which an unused practice session is dropped (1 to 10,080, a week).")
    var idleMinutes: Int = 30

    @Option(
        parsing: .unconditional,
        help: "Most practice sessions one client (IP address) may start in 10 minutes (1 to 1,000,000).")
    var sessionsPerClient: Int = 60

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0...65535, found \(port)") }
        guard (1...1_000_000).contains(maxSessions) else {
            throw ValidationError("--max-sessions must be from 1 to 1000000, found \(maxSessions)")
        }
        // Minutes become seconds and instants: a week keeps every sum far from Int's end.
        // Addresses only: a name could resolve elsewhere.
        guard PracticeServer.isIPAddress(host) else {
            throw ValidationError(
                "--host must be an IP address such as 127.0.0.1, 192.168.1.20 or 0.0.0.0, found \(host)")
        }
        for origin in origins where SiteOrigins.parse(origin) == nil {
            throw ValidationError(
                "--origin must be http://NAME or http://NAME:PORT, such as http://classroom.lan:8080, found \(origin)")
        }
        if let trainerPassword, !(SiteConfiguration.shortestTrainerPassword...128).contains(trainerPassword.count) {
            throw ValidationError(
                "--trainer-password must have \(SiteConfiguration.shortestTrainerPassword) to 128 characters (a passphrase of "
                    + "several words is good), found \(trainerPassword.count)")
        }
        guard (1...1_000_000).contains(sessionsPerClient) else {
            throw ValidationError("--sessions-per-client must be from 1 to 1000000, found \(sessionsPerClient)")
        }
        guard (1...10_080).contains(idleMinutes) else {
            throw ValidationError("--idle-minutes must be from 1 to 10080 (a week), found \(idleMinutes)")
        }
    }

    func run() async throws {
        let result: RuleSetLoader.Result
        do {
            result = try RuleSetLoader.load(file: rules)
        } catch {
            print(error.description)
            throw ExitCode(2)
        }
        guard let book = result.book, !result.diagnostics.hasErrors else {
            for item in result.diagnostics.normalized() { print(item) }
            throw ExitCode(2)
        }
        let password = trainerPassword ?? SiteConfiguration.makeTrainerPassword()
        let site = PracticeSite(
            configuration: SiteConfiguration(
                book: book, maxSessions: maxSessions, idleTimeout: idleMinutes * 60,
                sessionsPerClient: sessionsPerClient, trainerPassword: password))
        let shown = ["0.0.0.0", "::"].contains(host) ? "127.0.0.1" : host
        // Every trainee practises in a world of its own: say what one costs, so --max-sessions can be sized.
        let worldKB = await site.worldBytes() / 1024
        let app = PracticeServer.application(
            site: site, regionName: book.base.region.name, host: host, port: port, origins: origins
        ) { port in
            // Unbuffered, so a script reading the pipe sees the address at once.
            var lines = [
                "platelab serve: practice site on http://\(shown):\(port)/ (trainer panel: /trainer, classes join at /join)",
                "platelab serve: trainer password: \(password)",
                "platelab serve: each trainee's world takes about \(worldKB) KB; at most \(maxSessions) sessions",
            ]
            if host != "127.0.0.1" {
                var reach = "platelab serve: listening on \(host): other machines of the network can reach the site"
                if ["0.0.0.0", "::"].contains(host) {
                    let addresses = SiteOrigins.interfaceAddresses(of: host).map { address in
                        "http://\(SiteOrigins.bracketed(address)):\(port)/"
                    }
                    reach += " at " + addresses.joined(separator: ", ")
                }
                lines.append(reach)
            }
            FileHandle.standardOutput.write(Data(lines.map { $0 + "\n" }.joined().utf8))
        }
        try await app.runService()
    }
}
