import Hummingbird
import HummingbirdTesting
import NIOCore
import PlateRules
import Testing

@testable import PlateServer

/// 200 trainees at once on loopback, each through the random flow on its own connection.
@Suite("Practice site: load")
struct LoadTests {
    @Test("200 concurrent practice sessions on loopback: no error, no cross-session leak")
    func concurrentSessions() async throws {
        // The system's wall clock: trainee time runs by itself here.
        let site = PracticeSite(
            configuration: SiteConfiguration(book: SiteFixture.book, sessionsPerClient: 1000, seed: 7))
        try await SiteFixture.app(site).test(.live) { client in
            let port = try #require(client.port)
            let results = try await withThrowingTaskGroup(of: LoadResult.self) { group in
                for n in 0..<200 {
                    group.addTask { try await LoadTests.session(n, port: port) }
                }
                var results: [LoadResult] = []
                for try await result in group { results.append(result) }
                return results
            }
            #expect(results.count == 200)
            #expect(results.allSatisfy { $0.ok }, "\(results.filter { !$0.ok }.prefix(3).map(\.failures))")
            #expect(Set(results.map(\.id)).count == 200)
            // Each session saw only its own VIN and code.
            #expect(results.allSatisfy { !$0.leak })
        }
    }

    struct LoadResult: Sendable {
        let id: String
        let ok: Bool
        let leak: Bool
        var failures: [String] = []
    }

    static func session(_ n: Int, port: Int) async throws -> LoadResult {
        // 60 s a request, not 15: on two busy cores (a CI build beside) 200 trainees queue; the test is of errors and
        // leaks, not speed.
        try await TestClient.withClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(60))) {
            client in
            // As a browser does: post the form, then follow the redirect to the session's page.
            func post(_ path: String, _ fields: [(String, String)]) async throws -> (Int, String) {
                let response = try await client.post(path, headers: Trainee.formHeaders, body: SiteFixture.form(fields))
                if response.status == .seeOther, let location = response.headers[.location], location.hasPrefix("/s/") {
                    let page = try await client.get(location)
                    return (Int(page.status.code), page.body.map { String(buffer: $0) } ?? "")
                }
                return (Int(response.status.code), response.body.map { String(buffer: $0) } ?? "")
            }
            let response = try await client.post(
                "/trainer/start", headers: Trainee.formHeaders,
                body: SiteFixture.form([("situation", "normal"), ("speed", "5")]))
            guard response.status == .seeOther, let location = response.headers[.location] else {
                return LoadResult(id: "failed-\(n)", ok: false, leak: false)
            }
            let base = location
            // A VIN of its own, to find in its own pages and nowhere else.
            let own = String(n).count < 7 ? String(repeating: "0", count: 7 - String(n).count) + String(n) : String(n)
            let vin = VIN.withCheckDigit("LFV3A23C0K" + own)!
            var ok = true
            var leak = false
            var failures: [String] = []
            func step(_ action: String, _ fields: [(String, String)] = []) async throws -> String {
                let (status, body) = try await post("\(base)/\(action)", fields)
                if status != 200 || body.contains("class=\"message invalid\"")
                    || body.contains("class=\"message rejection\"")
                {
                    ok = false
                    failures.append("\(action): \(status) \(Trainee.reason(in: body) ?? "")")
                }
                for other in body.matches(of: /LFV3A23C.K\d{7}/) where String(other.0) != vin { leak = true }
                return body
            }
            _ = try await step("enter")
            _ = try await step("office", [("office", "chengde-main"), ("vehicle", "small_car")])
            _ = try await step("agree")
            _ = try await step(
                "vehicle", [("vin", vin), ("credential_kind", "certificate"), ("credential", "LOAD00000000001")])
            let sent = try await step("getcode")
            guard let code = Trainee.code(in: sent) else { return LoadResult(id: base, ok: false, leak: leak) }
            _ = try await step("code", [("code", code)])
            _ = try await step("begin")
            let identity = try await step("getcode")
            guard let identityCode = Trainee.code(in: identity) else {
                return LoadResult(id: base, ok: false, leak: leak)
            }
            // ×5: the 10 s countdown is 2 s of wall time (a retry may still be early under load), and the
            // 90 s batch lasts 18 s, well beyond the queueing of 200 trainees on two cores.
            var selection = ""
            for _ in 0..<40 {
                try await Task.sleep(for: .milliseconds(300))
                let (status, body) = try await post("\(base)/identity", [("code", identityCode)])
                selection = body
                if status != 200 {
                    ok = false
                    failures.append("identity: \(status)")
                }
                if Trainee.reason(in: body) != "countdown_running" { break }
            }
            if !selection.contains("自编选号") {
                ok = false
                failures.append("identity: no selection screen (\(Trainee.reason(in: selection) ?? "no reason"))")
            }
            // The self-compose keyboard: the first enabled key at each position, until the number is complete.
            var keyboard = selection
            for _ in 0..<8 where !keyboard.contains("✓") {
                guard let key = keyboard.firstMatch(of: /name="key" value="(.)"><button type="submit" class="key">/)?.1
                else {
                    ok = false
                    failures.append("key: no enabled key")
                    break
                }
                keyboard = try await step("key", [("key", String(key))])
            }
            if !keyboard.contains("✓") {
                ok = false
                failures.append("key: no complete number")
            }
            _ = try await step("mode", [("mode", "random")])
            let batch = Trainee.candidates(in: try await step("draw"))
            guard let pick = batch.first else { return LoadResult(id: base, ok: false, leak: leak) }
            _ = try await step("keep", [("serial", pick)])
            let done = try await step("confirm-backup", [("serial", pick)])
            if !done.contains("号牌无效") || !done.contains(pick) {
                ok = false
                failures.append("confirm-backup: no practice reservation of \(pick)")
            }
            return LoadResult(id: base, ok: ok, leak: leak, failures: failures)
        }
    }
}
