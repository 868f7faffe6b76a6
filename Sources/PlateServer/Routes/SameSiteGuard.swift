import Hummingbird

/// Keeps the practice site to its own pages: a request must name this machine as its Host (a page of another site
/// that resolves its name to 127.0.0.1 — DNS rebinding — is refused), and a form may only be posted from the
/// site's own pages (a cross-site `Origin`, `Origin: null` or `Sec-Fetch-Site: cross-site` is refused). Clients
/// that send neither header (scripts, tests) are not browsers acting for another site, and pass.
///
/// Bound to a classroom address (`serve --host`), the site also answers to that address; bound to every interface
/// (0.0.0.0 or ::), to any IP address written as such — a rebinding attack needs a host *name*, never an address.
struct SameSiteGuard<Context: RequestContext>: RouterMiddleware {
    /// Host names the site always answers to: the loopback names.
    static var allowedHosts: [String] { ["127.0.0.1", "localhost", "[::1]"] }

    /// The address the site is bound to.
    var boundAddress = "127.0.0.1"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let host = request.head.authority, !Self.isAllowed(host: host, bound: boundAddress) {
            return Self.refusal(.misdirectedRequest, "此地址不受本站服务。", "This site does not answer to that host name.")
        }
        if request.method == .post {
            if let name = HTTPFields.Element.Name("Sec-Fetch-Site"), let site = request.headers[name], !["same-origin", "none"].contains(site) {
                return Self.refusal(.forbidden, "只能从本站页面提交。", "Forms may only be sent from this site's own pages.")
            }
            if let origin = request.headers[.origin], !Self.isAllowed(origin: origin, bound: boundAddress) {
                return Self.refusal(.forbidden, "只能从本站页面提交。", "Forms may only be sent from this site's own pages.")
            }
        }
        return try await next(request, context)
    }

    /// `127.0.0.1:8080`, `localhost`, `[::1]:8080`: a loopback name with any port; the bound address; any IP address
    /// when bound to every interface.
    static func isAllowed(host: String, bound: String = "127.0.0.1") -> Bool {
        let name: Substring
        if host.hasPrefix("[") { name = host.prefix(through: host.firstIndex(of: "]") ?? host.endIndex) } else {
            name = host.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        }
        let lowered = name.lowercased()
        if allowedHosts.contains(lowered) || lowered == bound.lowercased() || "[\(bound.lowercased())]" == lowered { return true }
        return ["0.0.0.0", "::"].contains(bound) && PracticeServer.isIPAddress(lowered)
    }

    /// `http://127.0.0.1:8080`: the site itself; `null` and every other origin are not.
    static func isAllowed(origin: String, bound: String = "127.0.0.1") -> Bool {
        guard origin.hasPrefix("http://") else { return false }
        let host = origin.dropFirst("http://".count).split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        return isAllowed(host: host, bound: bound)
    }

    static func refusal(_ status: HTTPResponse.Status, _ chinese: String, _ english: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: chinese + "\n" + english + "\n")))
    }
}
