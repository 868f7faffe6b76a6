import Foundation
import Hummingbird
import HummingbirdTesting
import PlateRules
import Synchronization
import Testing

@testable import PlateServer

/// A wall clock the tests move by hand.
final class ManualWallClock: Sendable {
    private let milliseconds: Mutex<Int64>

    init(_ instant: Instant) { milliseconds = Mutex(instant.secondsSinceEpoch * 1000) }

    func advance(seconds: Int64) { milliseconds.withLock { $0 += seconds * 1000 } }

    var read: WallClock { { [self] in milliseconds.withLock { $0 } } }
}

enum SiteFixture {
    /// This target's own copy of the 承德 rules (`Fixtures/`), so that editing the bundled sample breaks no test here.
    static let chengdeFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hebei-chengde.yaml").path

    /// The 承德 rules (a keyboard of the published pool).
    static let book: RuleBook = RuleSetLoader.load(
        text: try! String(contentsOfFile: chengdeFile, encoding: .utf8), file: chengdeFile
    ).book!

    /// The same rules with a live keyboard (`self_compose.keyboard: available`).
    static let availableKeyboardBook: RuleBook = {
        let text = try! String(contentsOfFile: chengdeFile, encoding: .utf8)
        precondition(text.contains("  keyboard: published"), "the fixture rules no longer name their keyboard")
        return RuleSetLoader.load(
            text: text.replacingOccurrences(of: "  keyboard: published", with: "  keyboard: available"),
            file: chengdeFile
        ).book!
    }()

    /// A Tuesday morning in 承德, inside the service hours (the 2027-03-01 rules: 10 self-compose chances).
    static let morning = Instant(iso8601: "2027-03-02T10:00:00+08:00")!

    static func site(
        at instant: Instant = morning, maxSessions: Int = 1000, idleTimeout: Int = 1800, sessionsPerClient: Int = 1000,
        clientWindow: Int = 600, book: RuleBook = book
    ) -> (PracticeSite, ManualWallClock) {
        let clock = ManualWallClock(instant)
        let site = PracticeSite(
            configuration: SiteConfiguration(
                book: book, maxSessions: maxSessions, idleTimeout: idleTimeout,
                sessionsPerClient: sessionsPerClient, clientWindow: clientWindow,
                seed: 7, wallClock: clock.read))
        return (site, clock)
    }

    static func app(_ site: PracticeSite, limits: ConnectionLimits = ConnectionLimits()) -> some ApplicationProtocol {
        PracticeServer.application(site: site, regionName: "承德市", port: 0, limits: limits)
    }

    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        let encoded = fields.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value)"
        }.joined(separator: "&")
        return ByteBuffer(string: encoded)
    }

    /// A well-formed VIN (check digit right).
    static let vin = VIN.withCheckDigit("LFV3A23C0K0000042")!
}

/// One trainee driving the site through a test client.
struct Trainee {
    let client: any TestClientProtocol
    let id: String
    var base: String { "/s/\(id)" }

    /// Starts a trainee: from the start page, or in a trainer situation.
    static func start(
        _ client: some TestClientProtocol, situation: String? = nil, kind: String = "new_vehicle_owner",
        speed: Int = 1, lang: String = "zh"
    ) async throws -> Trainee {
        let response: TestResponse
        if let situation {
            response = try await client.execute(
                uri: "/trainer/start", method: .post, headers: formHeaders,
                body: SiteFixture.form([
                    ("situation", situation), ("kind", kind), ("speed", "\(speed)"), ("lang", lang),
                ]))
        } else {
            response = try await client.execute(
                uri: "/start", method: .post, headers: formHeaders, body: SiteFixture.form([("lang", lang)]))
        }
        #expect(response.status == .seeOther)
        let location = try #require(response.headers[.location])
        #expect(location.hasPrefix("/s/"))
        return Trainee(client: client, id: String(location.dropFirst(3)))
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    func get(_ path: String = "") async throws -> (status: Int, body: String) {
        let response = try await client.execute(uri: base + path, method: .get, headers: [:], body: nil)
        return (response.status.code, String(buffer: response.body))
    }

    /// Posts `action` as the page's form would (with the page's action token), follows the redirect, and returns the
    /// page it leads to; an unknown session's answer comes back as it is.
    @discardableResult
    func post(_ action: String, _ fields: [(String, String)] = []) async throws -> (status: Int, body: String) {
        let current = try await get()
        guard current.status < 400 || current.status == 422 || current.status == 400 else { return current }
        let token = Self.token(in: current.body).map { [("token", $0)] } ?? []
        let response = try await client.execute(
            uri: "\(base)/\(action)", method: .post, headers: Self.formHeaders,
            body: SiteFixture.form(token + fields))
        guard response.status == .seeOther else { return (response.status.code, String(buffer: response.body)) }
        #expect(response.headers[.location] == base, "an action leads back to the session's page")
        return try await get()
    }

    /// Posts `fields` exactly as given (no token added), returning the answer without following it.
    func postRaw(_ action: String, _ fields: [(String, String)] = []) async throws -> (status: Int, location: String?) {
        let response = try await client.execute(
            uri: "\(base)/\(action)", method: .post, headers: Self.formHeaders, body: SiteFixture.form(fields))
        return (response.status.code, response.headers[.location])
    }

    static func token(in page: String) -> String? {
        page.firstMatch(of: /name="token" value="(\d+)"/).map { String($0.1) }
    }

    static func code(in page: String) -> String? {
        page.firstMatch(of: /class="sms-code">(\d+)<\/strong>/).map { String($0.1) }
    }

    static func reason(in page: String) -> String? {
        page.firstMatch(of: /data-reason="([a-z_]+)"/).map { String($0.1) }
    }

    /// Past the service description, the office (a small car at the main office) and the notice: returns the VIN page.
    @discardableResult
    func toVehicleStep(office: String = "chengde-main", vehicle: String = "small_car") async throws -> String {
        var page = try await post("enter")
        #expect(page.body.contains("基本信息"))
        page = try await post("office", [("office", office), ("vehicle", vehicle)])
        #expect(page.body.contains("阅读并同意"))
        page = try await post("agree")
        #expect(page.body.contains("车辆识别代号"))
        return page.body
    }

    /// Phase 1 through the service notes, then "start selection": returns the identity page.
    func throughPhaseOne(office: String = "chengde-main", vehicle: String = "small_car") async throws -> String {
        try await toVehicleStep(office: office, vehicle: vehicle)
        var page: (status: Int, body: String)
        page = try await post(
            "vehicle",
            [("vin", SiteFixture.vin), ("credential_kind", "certificate"), ("credential", "ABCDE1234567890")])
        #expect(page.body.contains("获取验证码") && Self.code(in: page.body) == nil, "the code comes when asked for")
        page = try await post("getcode")
        let code = try #require(Self.code(in: page.body))
        page = try await post("code", [("code", code)])
        #expect(page.body.contains("选号服务说明"))
        page = try await post("begin")
        #expect(page.body.contains("本人选号手机验证") && Self.code(in: page.body) == nil)
        page = try await post("getcode")
        return page.body
    }

    /// The identity check once its countdown has ended: returns the selection page.
    func confirmIdentity(_ identityPage: String, clock: ManualWallClock) async throws -> String {
        let code = try #require(Self.code(in: identityPage))
        clock.advance(seconds: 10)
        let page = try await post("identity", [("code", code)])
        #expect(page.status == 200)
        return page.body
    }

    /// Types a number on the virtual keyboard, always the first enabled key, until the entry is complete.
    func typeFirstAvailableNumber(_ page: String) async throws -> String {
        var page = page
        for _ in 0..<8 where !page.contains("✓") {
            let key = try #require(page.firstMatch(of: /name="key" value="(.)"><button type="submit" class="key">/)).1
            page = try await post("key", [("key", String(key))]).body
        }
        #expect(page.contains("✓"))
        return page
    }

    static func candidates(in page: String) -> [String] {
        guard let list = page.firstMatch(of: /<ol class="batch">(.*?)<\/ol>/) else { return [] }
        return list.1.matches(of: /name="serial" value="([0-9A-Z]+)"/).map { String($0.1) }
    }
}
