import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

@testable import PlateWorkbench

/// A workbench on a fresh data folder with this target's own scenarios, and a client that signs in like a browser.
enum WorkbenchFixture {
    static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Scenarios").path
    static var smoke: String { scenarios + "/smoke.yaml" }

    static func folder() -> String {
        NSTemporaryDirectory() + "platelab-workbench-\(UUID().uuidString)"
    }

    /// A clock that moves one second each time it is read, so every instant the workbench notes is distinct.
    final class Ticks: Sendable {
        let now = Atomic<Int64>(1_800_000_000)
        func read() -> Int64 { now.add(1, ordering: .relaxed).newValue }
    }

    static func workbench(
        data: String = folder(), slots: Int = 1, storeMaxBytes: Int64? = nil,
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) throws -> Workbench {
        let ticks = Ticks()
        return try Workbench(
            data: data, scenariosFolder: scenarios, slots: slots, threads: 2, storeMaxBytes: storeMaxBytes,
            bcryptCost: 4, wall: { ticks.read() }, log: log)
    }

    static func app(_ workbench: Workbench) -> some ApplicationProtocol {
        WorkbenchServer.application(workbench, port: 0)
    }
}

/// A browser's cookies and the page's form token, over the test client.
struct Browser {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]

    init(_ client: any TestClientProtocol) { self.client = client }

    var cookieHeader: String {
        cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }

    /// A GET (following no redirect), keeping the cookies it sets.
    mutating func get(_ path: String) async throws -> (status: HTTPResponse.Status, body: String, location: String?) {
        try await send(.get, path, body: nil)
    }

    /// A form POST of `fields` (percent-encoded), keeping the cookies it sets.
    mutating func post(_ path: String, _ fields: [(String, String)]) async throws -> (
        status: HTTPResponse.Status, body: String, location: String?
    ) {
        try await send(.post, path, body: Self.encode(fields))
    }

    mutating func send(_ method: HTTPRequest.Method, _ path: String, body: String?) async throws -> (
        status: HTTPResponse.Status, body: String, location: String?
    ) {
        var headers: HTTPFields = [:]
        if !cookies.isEmpty { headers[.cookie] = cookieHeader }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let response = try await client.execute(
            uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        for field in response.headers[values: .setCookie] {
            let pair = field.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            let (name, value) = (String(pair[0]), pair.count > 1 ? String(pair[1]) : "")
            if value.isEmpty || field.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        return (response.status, String(buffer: response.body), response.headers[.location])
    }

    static func encode(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map {
            $0.0.addingPercentEncoding(withAllowedCharacters: allowed)! + "="
                + $0.1.addingPercentEncoding(withAllowedCharacters: allowed)!
        }.joined(separator: "&")
    }

    /// The form token a page carries.
    static func token(_ page: String) -> String? {
        guard let range = page.range(of: #"name="csrf" value=""#) else { return nil }
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }

    /// Signs in as `name`; the session's form token.
    mutating func signIn(_ name: String, _ password: String) async throws -> String {
        let page = try await get("/sign-in")
        let response = try await post(
            "/sign-in", [("csrf", Self.token(page.body) ?? ""), ("name", name), ("password", password)])
        #expect(response.status == .seeOther && response.location == "/", "\(response.body)")
        let list = try await get("/")
        return try #require(Self.token(list.body))
    }
}
