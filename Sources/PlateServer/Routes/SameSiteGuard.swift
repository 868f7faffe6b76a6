import Hummingbird

/// Keeps the practice site to its own pages: a request must name this machine as its Host (a page of another site
/// that resolves its name to 127.0.0.1 — DNS rebinding — is refused), and a form may only be posted from the
/// site's own pages (a cross-site `Origin`, `Origin: null` or `Sec-Fetch-Site: cross-site` is refused). Clients
/// that send neither header (scripts, tests) are not browsers acting for another site, and pass.
struct SameSiteGuard<Context: RequestContext>: RouterMiddleware {
    /// Host names the site answers to: the address it is bound to and the loopback names.
    static var allowedHosts: [String] { ["127.0.0.1", "localhost", "[::1]"] }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let host = request.head.authority, !Self.isAllowed(host: host) {
            return Self.refusal(.misdirectedRequest, "此地址不受本站服务。", "This site does not answer to that host name.")
        }
        if request.method == .post {
            if let name = HTTPFields.Element.Name("Sec-Fetch-Site"), let site = request.headers[name], !["same-origin", "none"].contains(site) {
                return Self.refusal(.forbidden, "只能从本站页面提交。", "Forms may only be sent from this site's own pages.")
            }
            if let origin = request.headers[.origin], !Self.isAllowed(origin: origin) {
                return Self.refusal(.forbidden, "只能从本站页面提交。", "Forms may only be sent from this site's own pages.")
            }
        }
        return try await next(request, context)
    }

    /// `127.0.0.1:8080`, `localhost`, `[::1]:8080`: a loopback name with any port.
    static func isAllowed(host: String) -> Bool {
        let name: Substring
        if host.hasPrefix("[") { name = host.prefix(through: host.firstIndex(of: "]") ?? host.endIndex) } else {
            name = host.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        }
        return allowedHosts.contains(name.lowercased())
    }

    /// `http://127.0.0.1:8080`: the site itself; `null` and every other origin are not.
    static func isAllowed(origin: String) -> Bool {
        guard origin.hasPrefix("http://") else { return false }
        let host = origin.dropFirst("http://".count).split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        return isAllowed(host: host)
    }

    static func refusal(_ status: HTTPResponse.Status, _ chinese: String, _ english: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: chinese + "\n" + english + "\n")))
    }
}
