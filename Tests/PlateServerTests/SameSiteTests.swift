import Hummingbird
import HummingbirdTesting
import Testing
@testable import PlateServer

@Suite("Practice site: only its own pages")
struct SameSiteTests {
    static func headers(_ pairs: [(String, String)]) -> HTTPFields {
        var fields = HTTPFields()
        for (name, value) in pairs { fields[HTTPFields.Element.Name(name)!] = value }
        return fields
    }

    @Test("a form posted from another site is refused: cross-site Origin, Origin null, Sec-Fetch-Site cross-site")
    func crossSitePosts() async throws {
        let (site, _) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            for pairs in [[("Origin", "http://evil.example")], [("Origin", "null")], [("Sec-Fetch-Site", "cross-site")],
                          [("Origin", "https://127.0.0.1.evil.example")]] {
                let response = try await client.execute(uri: "/start", method: .post, headers: Self.headers(pairs), body: ByteBuffer(string: "lang=zh"))
                #expect(response.status == .forbidden, "\(pairs)")
                #expect(String(buffer: response.body).contains("Forms may only be sent from this site's own pages."))
            }
            #expect(await site.sessionCount() == 0, "no session was started")
            // The site's own pages post with their own origin, and pass.
            let own = try await client.execute(uri: "/start", method: .post,
                                               headers: Self.headers([("Origin", "http://127.0.0.1:8080"), ("Sec-Fetch-Site", "same-origin")]),
                                               body: ByteBuffer(string: "lang=zh"))
            #expect(own.status == .seeOther || own.status == .found || own.status.code == 303, "\(own.status)")
            #expect(await site.sessionCount() == 1)
        }
    }

    /// The test client sets its own Host header, so the wiring for Host was checked against `platelab serve` with curl
    /// (`-H "Host: evil.example"` → 421); the rule itself is tested here.
    @Test("the Host must be this machine: another name (DNS rebinding) is refused, loopback names with any port pass")
    func hostNames() {
        #expect(SameSiteGuard<BasicRequestContext>.isAllowed(host: "127.0.0.1:8080"))
        #expect(SameSiteGuard<BasicRequestContext>.isAllowed(host: "localhost"))
        #expect(SameSiteGuard<BasicRequestContext>.isAllowed(host: "[::1]:9000"))
        #expect(!SameSiteGuard<BasicRequestContext>.isAllowed(host: "evil.example"))
        #expect(!SameSiteGuard<BasicRequestContext>.isAllowed(host: "127.0.0.1.evil.example:8080"))
        #expect(SameSiteGuard<BasicRequestContext>.isAllowed(origin: "http://localhost:8080"))
        #expect(!SameSiteGuard<BasicRequestContext>.isAllowed(origin: "null"))
    }
}
