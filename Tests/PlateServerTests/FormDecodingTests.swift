import Hummingbird
import HummingbirdTesting
import Testing

@testable import PlateServer

@Suite("Practice site: forms and headers")
struct FormDecodingTests {
    @Test("form bodies: percent escapes and '+', bad escapes, invalid UTF-8 and too many fields are refused")
    func decoding() {
        #expect(FormDecoding.decode("vin=LFV3A&code=12%2034+5") == ["vin": "LFV3A", "code": "12 34 5"])
        #expect(FormDecoding.decode("a=%E5%86%80") == ["a": "冀"])
        #expect(FormDecoding.decode("a=%zz") == nil)
        #expect(FormDecoding.decode("a=%FF") == nil)
        #expect(FormDecoding.decode((0..<17).map { "f\($0)=1" }.joined(separator: "&")) == nil)
        #expect(FormDecoding.decode("") == [:])
    }

    @Test("pages forbid loading anything from outside and are never cached")
    func headers() async throws {
        let (site, _) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'none'") == true)
            #expect(response.headers[.cacheControl] == "no-store")
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'unsafe-inline'") == false)
            // Not no-referrer: under it a browser posts forms with `Origin: null`, which the same-site guard refuses.
            #expect(response.headers[HTTPFields.Element.Name("Referrer-Policy")!] == "same-origin")
            let script = try await client.execute(uri: "/countdown.js", method: .get)
            #expect(script.status == .ok && script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(String(buffer: script.body).contains("querySelectorAll('[data-ms]')"), "the countdown script")
        }
    }

    @Test("an oversized body to /start is refused, not ignored")
    func oversizedStart() async throws {
        let (site, _) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let response = try await client.execute(
                uri: "/start", method: .post,
                body: ByteBuffer(string: "lang=zh&x=" + String(repeating: "a", count: 10_000)))
            #expect(response.status == .badRequest)
            #expect(await site.sessionCount() == 0)
        }
    }
}
