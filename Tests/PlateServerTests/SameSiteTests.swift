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
            for pairs in [
                [("Origin", "http://evil.example")], [("Origin", "null")], [("Sec-Fetch-Site", "cross-site")],
                [("Origin", "https://127.0.0.1.evil.example")],
            ] {
                let response = try await client.execute(
                    uri: "/start", method: .post, headers: Self.headers(pairs), body: ByteBuffer(string: "lang=zh"))
                #expect(response.status == .forbidden, "\(pairs)")
                #expect(
                    String(buffer: response.body).contains(
                        "只能从本站页面提交。 Forms may only be sent from this site&#39;s own pages."))
                #expect(
                    response.headers[.xContentTypeOptions] == "nosniff"
                        && response.headers[.contentType] == "text/html; charset=utf-8")
            }
            #expect(await site.sessionCount() == 0, "no session was started")
            // The site's own pages post with their own origin, and pass.
            let own = try await client.execute(
                uri: "/start", method: .post,
                headers: Self.headers([("Origin", "http://localhost"), ("Sec-Fetch-Site", "same-origin")]),
                body: ByteBuffer(string: "lang=zh"))
            #expect(own.status == .seeOther || own.status == .found || own.status.code == 303, "\(own.status)")
            #expect(await site.sessionCount() == 1)
        }
    }

    @Test("an address no route takes gets the site's own 404 page, with nosniff")
    func unknownAddress() async throws {
        let (site, _) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let response = try await client.execute(uri: "/no/such/page", method: .get)
            #expect(response.status == .notFound && String(buffer: response.body).contains("没有这个页面。 No such page."))
            #expect(
                response.headers[.xContentTypeOptions] == "nosniff"
                    && response.headers[.contentType] == "text/html; charset=utf-8")
        }
    }

    /// The test client sets its own Host header, so the wiring for Host and Origin is probed on a real socket below;
    /// the rule itself is tested here.
    @Test("the Host must be this machine: another name (DNS rebinding) is refused, loopback names with any port pass")
    func hostNames() {
        let site = SiteOrigins(bound: "127.0.0.1")
        #expect(
            site.allows(host: "127.0.0.1:8080") && site.allows(host: "localhost") && site.allows(host: "[::1]:9000"))
        #expect(
            !site.allows(host: "evil.example") && !site.allows(host: "127.0.0.1.evil.example:8080")
                && !site.allows(host: "127.0.0.1:99999"))
        #expect(site.allows(origin: "http://localhost:8080", host: "localhost:8080"))
        #expect(site.allows(origin: "http://localhost", host: "localhost:80"), "port 80 is the default")
        #expect(
            !site.allows(origin: "null", host: "localhost:8080")
                && !site.allows(origin: "https://localhost:8080", host: "localhost:8080"))
        #expect(!site.allows(origin: "http://localhost:8080", host: nil))
    }

    @Test(
        "on a real socket: a form from another port of this machine, or from another address, is refused; from the site itself it passes"
    )
    func otherPortsAndAddresses() async throws {
        let (site, _) = SiteFixture.site()
        try await SiteFixture.app(site).test(.live) { client in
            let port = try #require(client.port)
            func post(host: String, origin: String) async -> String {
                guard let connection = try? RawConnection(port: port) else { return "" }
                connection.send(
                    "POST /start HTTP/1.1\r\nHost: \(host)\r\nOrigin: \(origin)\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 7\r\nConnection: close\r\n\r\nlang=zh")
                return await connection.readUntilClosed(seconds: 20).text
            }
            for (host, origin) in [
                ("127.0.0.1:\(port)", "http://127.0.0.1:\(port + 1)"),
                ("localhost:\(port)", "http://localhost:\(port == 8080 ? 8081 : 8080)"),
                ("127.0.0.1:\(port)", "http://localhost:\(port)"), ("127.0.0.1:\(port)", "http://203.0.113.7"),
            ] {
                let answer = await post(host: host, origin: origin)
                #expect(answer.hasPrefix("HTTP/1.1 403"), "\(host) from \(origin): \(answer.prefix(120))")
            }
            #expect(await site.sessionCount() == 0, "no session was started")
            let own = await post(host: "127.0.0.1:\(port)", origin: "http://127.0.0.1:\(port)")
            #expect(own.hasPrefix("HTTP/1.1 303"), "\(own.prefix(120))")
            #expect(await site.sessionCount() == 1)
        }
    }
}
