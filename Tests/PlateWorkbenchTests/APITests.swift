import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import PlateWorkbench

@Suite("Workbench HTTP API")
struct APITests {
    static func request(_ token: String, _ body: String) -> (HTTPFields, ByteBuffer) {
        ([.authorization: "Bearer \(token)", .contentType: "application/json"], ByteBuffer(string: body))
    }

    @Test("submit a study, poll it, fetch its summary JSON; a bad one gets every problem; no token, no answer")
    func studyThroughAPI() async throws {
        let workbench = try WorkbenchFixture.workbench()
        _ = try workbench.accounts.add(name: "alice", password: "correct horse", at: 1)
        let token = try #require(try workbench.accounts.newToken(for: "alice", at: 2))
        try await workbench.start()
        try await WorkbenchFixture.app(workbench).test(.live) { client in
            let document = try await client.execute(uri: "/api/openapi.json", method: .get)
            let spec = try #require(
                try JSONSerialization.jsonObject(with: Data(buffer: document.body)) as? [String: Any])
            #expect(spec["openapi"] as? String == "3.1.0")
            #expect(try await client.execute(uri: "/api/studies", method: .get).status == .unauthorized)
            let body = """
                {"scenario": "\(WorkbenchFixture.smoke)", "replications": 2,
                 "variants": [{"name": "per-confirm-1", "set": {"self_compose.per_confirm": 1}}]}
                """
            let (headers, buffer) = Self.request(token, body)
            let created = try await client.execute(uri: "/api/studies", method: .post, headers: headers, body: buffer)
            #expect(created.status == .created, "\(String(buffer: created.body))")
            let study = try #require(
                try JSONSerialization.jsonObject(with: Data(buffer: created.body)) as? [String: Any])
            let id = try #require(study["id"] as? String)
            #expect(created.headers[.location] == "/api/studies/\(id)")
            await workbench.queue.idle()
            let auth: HTTPFields = [.authorization: "Bearer \(token)"]
            let polled = try await client.execute(uri: "/api/studies/\(id)", method: .get, headers: auth)
            #expect(String(buffer: polled.body).contains(#""status": "done""#))
            let summary = try await client.execute(uri: "/api/studies/\(id)/summary", method: .get, headers: auth)
            let parsed = try #require(
                try JSONSerialization.jsonObject(with: Data(buffer: summary.body)) as? [String: Any])
            let runs = try #require(parsed["runs"] as? [String: Any])
            #expect(Set(runs.keys) == ["Baseline", "per-confirm-1"])
            let differences = try #require(
                (parsed["differences"] as? [String: Any])?["per-confirm-1"] as? [[String: Any]])
            #expect(differences.contains { $0["figure"] as? String == "reserved" && $0["verdict"] != nil })

            let bad = """
                {"scenario": "\(WorkbenchFixture.smoke)", "replications": 2,
                 "variants": [{"name": "x", "set": {"self_compose.per_confirm": 0, "self_compose.totl": 3}}]}
                """
            let (badHeaders, badBuffer) = Self.request(token, bad)
            let refused = try await client.execute(
                uri: "/api/studies", method: .post, headers: badHeaders, body: badBuffer)
            #expect(refused.status == .badRequest)
            let text = String(buffer: refused.body)
            #expect(text.contains("expected a whole number from 1 to 100, found 0"), "\(text)")
            #expect(text.contains("did you mean 'total'"), "a misspelt path gets check's did-you-mean: \(text)")
            let (_, notJSON) = Self.request(token, "scenario=x")
            let wrongType = try await client.execute(
                uri: "/api/studies", method: .post,
                headers: [.authorization: "Bearer \(token)", .contentType: "text/plain"],
                body: notJSON)
            #expect(wrongType.status == .unsupportedMediaType)
            let missing = try await client.execute(uri: "/api/studies/nope/summary", method: .get, headers: auth)
            #expect(missing.status == .notFound)
        }
    }
}

@Suite("Workbench under load")
struct LoadTests {
    @Test("twenty users submitting at once: every study completes, none lost or run twice, one per user first")
    func twentyUsers() async throws {
        let workbench = try WorkbenchFixture.workbench()
        var tokens: [String] = []
        for user in 0..<20 {
            _ = try workbench.accounts.add(name: "user\(user)", password: "password-\(user)", at: 1)
            tokens.append(try #require(try workbench.accounts.newToken(for: "user\(user)", at: 2)))
        }
        try await workbench.start()
        let users = tokens
        try await WorkbenchFixture.app(workbench).test(.live) { client in
            try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for (user, token) in users.enumerated() {
                    for value in ["1", "2"] {
                        group.addTask {
                            let body = """
                                {"scenario": "\(WorkbenchFixture.smoke)", "replications": 1,
                                 "variants": [{"name": "u\(user)", "set": {"self_compose.per_confirm": \(value)}}]}
                                """
                            let (headers, buffer) = APITests.request(token, body)
                            return try await client.execute(
                                uri: "/api/studies", method: .post, headers: headers, body: buffer
                            ).status
                        }
                    }
                }
                for try await status in group { #expect(status == .created) }
            }
        }
        await workbench.queue.idle()
        let studies = try workbench.studies.list(limit: 100)
        #expect(studies.count == 40 && studies.allSatisfy { $0.status == .done })
        // Fair: the first twenty to finish are one of each user's.
        let order = studies.sorted { $0.finishedAt! < $1.finishedAt! }
        #expect(Set(order.prefix(20).map(\.author)).count == 20)
    }

    @Test("a method an API route does not take is answered 405 with Allow")
    func methodNotAllowed() async throws {
        let workbench = try WorkbenchFixture.workbench()
        try await WorkbenchFixture.app(workbench).test(.live) { client in
            let response = try await client.execute(uri: "/api/studies/abc/summary", method: .delete)
            #expect(response.status == .methodNotAllowed && response.headers[.allow] == "GET, HEAD")
        }
    }
}
