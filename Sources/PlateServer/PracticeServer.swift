import Hummingbird
import HummingbirdCore
import NIOCore
import PlateRules

/// `platelab serve`: the practice site, on 127.0.0.1 unless told otherwise.
public enum PracticeServer {
    /// The application serving `site` on `host` (127.0.0.1 unless a classroom needs another address); `port` 0 picks a
    /// free port.
    /// `origins` are the `--origin` values, names the site also answers to.
    public static func application(
        site: PracticeSite, regionName: String, host: String = "127.0.0.1", port: Int, origins: [String] = [],
        limits: ConnectionLimits = ConnectionLimits(),
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let http = httpConfiguration(limits)
        return Application(
            router: PracticeRoutes.router(
                site: site, regionName: regionName, maxBody: limits.bodyBytes,
                origins: SiteOrigins(bound: host, extra: origins)),
            server: .http1(configuration: http),
            configuration: .init(address: .hostname(host, port: port), serverName: "platelab-practice"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) })
    }

    /// HTTP/1 with the limits of `limits`: a request read whole within its deadline, bounded head and body (the
    /// practice site's, and the workbench's).
    public static func httpConfiguration(_ limits: ConnectionLimits) -> HTTP1Channel.Configuration {
        HTTP1Channel.Configuration(
            additionalChannelHandlers: [RequestDeadline(limits)], idleTimeout: .seconds(Int64(limits.idleSeconds)),
            httpDecoderConfiguration: .init(
                maxHeaderFieldSize: limits.headerBytes, maxHeaderListSize: limits.headerBytes, maxHeaderFieldCount: 100)
        )
    }

    /// Whether `text` is an IP address written as one — dotted IPv4, or IPv6 (bare, or bracketed as in a Host
    /// header) — never a name: the site binds to addresses only, and answers only addresses as hosts beyond loopback.
    public static func isIPAddress(_ text: String) -> Bool {
        if text.hasPrefix("[") {
            return text.hasSuffix("]") && text.contains(":") && isIPAddress(String(text.dropFirst().dropLast()))
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 4 {
            return parts.allSatisfy { $0.count <= 3 && Int($0).map { (0...255).contains($0) } == true }
        }
        return text.contains(":") && text.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
    }
}
