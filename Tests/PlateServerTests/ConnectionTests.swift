import Hummingbird
import HummingbirdTesting
import Testing

@testable import PlateServer

/// Half-sent, trickled and oversized requests cannot hold the site's connections: each probe on a real socket.
@Suite("Practice site: connection limits")
struct ConnectionTests {
    /// Short limits, so a probe ends in seconds; the waits below are bounds, not timing goals.
    static let limits = ConnectionLimits(idleSeconds: 1, readSeconds: 1, bodyBytes: 8192, headerBytes: 2048)

    func withSite(limits: ConnectionLimits = Self.limits, _ body: @escaping @Sendable (Int) async throws -> Void)
        async throws
    {
        let (site, _) = SiteFixture.site()
        try await SiteFixture.app(site, limits: limits).test(.live) { client in
            try await body(try #require(client.port))
        }
    }

    @Test("a request whose head never ends is closed after the idle timeout (the header timeout)")
    func halfSentHead() async throws {
        try await withSite { port in
            let connection = try RawConnection(port: port)
            connection.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            let (text, closed) = await connection.readUntilClosed(seconds: 10)
            #expect(closed && text.isEmpty, "\(text)")
        }
    }

    @Test("an idle keep-alive connection is closed after the idle timeout")
    func idleConnection() async throws {
        try await withSite { port in
            let connection = try RawConnection(port: port)
            connection.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let (text, closed) = await connection.readUntilClosed(seconds: 10)
            #expect(closed && text.hasPrefix("HTTP/1.1 200"), "\(text.prefix(200))")
        }
    }

    @Test("a body trickled slower than the read timeout is cut off")
    func trickledBody() async throws {
        try await withSite { port in
            let connection = try RawConnection(port: port)
            connection.send(
                "POST /start HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nlang="
            )
            let (text, closed) = await connection.readUntilClosed(seconds: 10)
            #expect(closed && !text.contains("303"), "\(text.prefix(200))")
        }
    }

    @Test("a body announced longer than the bound is refused unread (413), on any route")
    func announcedOversizedBody() async throws {
        // A read timeout long enough that a busy machine answers before it (this probe is of the 413, not the timeout).
        try await withSite(
            limits: ConnectionLimits(idleSeconds: 30, readSeconds: 30, bodyBytes: 8192, headerBytes: 2048)
        ) { port in
            for path in ["/start", "/", "/s/abc/identity"] {
                let connection = try RawConnection(port: port)
                let method = path == "/" ? "GET" : "POST"
                connection.send("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000000\r\n\r\n")
                let (text, _) = await connection.readUntilClosed(seconds: 20, orUntil: "The request is too long.")
                #expect(text.hasPrefix("HTTP/1.1 413") && text.contains("请求内容过长"), "\(path): [\(text.prefix(300))]")
            }
        }
    }

    @Test(
        "a body past the bound sent at once with its head, as browsers send it, gets the site's 413 page, not a reset")
    func oversizedBodyWithHead() async throws {
        try await withSite(
            limits: ConnectionLimits(idleSeconds: 30, readSeconds: 30, bodyBytes: 8192, headerBytes: 2048)
        ) { port in
            for path in ["/start", "/s/abc/identity"] {
                let connection = try RawConnection(port: port)
                let body = "lang=zh&x=" + String(repeating: "a", count: 20_000)
                connection.send(
                    "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: \(body.utf8.count)\r\n\r\n" + body)
                let (text, _) = await connection.readUntilClosed(seconds: 20, orUntil: "</html>")
                #expect(text.hasPrefix("HTTP/1.1 413"), "\(path): [\(text.prefix(300))]")
                let lowered = text.lowercased()
                #expect(
                    lowered.contains("x-content-type-options: nosniff") && lowered.contains("content-type: text/html"),
                    "the site's own page: \(text.prefix(400))")
                #expect(
                    text.contains("请求内容过长。 The request is too long.") && text.contains("</html>"), "\(text.suffix(300))"
                )
            }
        }
    }

    @Test("a chunked body that outgrows the bound closes the connection")
    func chunkedOversizedBody() async throws {
        try await withSite { port in
            let connection = try RawConnection(port: port)
            connection.send("POST /start HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n")
            let chunk = String(repeating: "a", count: 4000)
            var sent = 0
            for _ in 0..<20 where connection.send(String(chunk.count, radix: 16) + "\r\n" + chunk + "\r\n") {
                sent += 1
            }
            let (text, closed) = await connection.readUntilClosed(seconds: 10)
            #expect(closed && !text.contains("303"), "\(text.prefix(200))")
            #expect(sent < 20 || text.isEmpty || text.hasPrefix("HTTP/1.1 400"), "\(sent) chunks: \(text.prefix(200))")
        }
    }

    @Test("header fields beyond the bound are refused")
    func oversizedHeaders() async throws {
        try await withSite { port in
            let connection = try RawConnection(port: port)
            connection.send(
                "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + String(repeating: "b", count: 4096) + "\r\n\r\n")
            let (text, closed) = await connection.readUntilClosed(seconds: 10)
            #expect(closed && !text.hasPrefix("HTTP/1.1 200"), "\(text.prefix(200))")
        }
    }
}
