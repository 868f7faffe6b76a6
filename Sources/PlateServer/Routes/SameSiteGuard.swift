import Hummingbird

/// Keeps the practice site to its own pages: a request must name the site as its Host (a page of another site that
/// resolves its name to 127.0.0.1 — DNS rebinding — is refused), and a form may only be posted from the site's own
/// pages: its `Origin` must be the very origin (scheme, host and port) the request came to, so a page on another
/// port of this machine, or on another address, is refused, as are `Origin: null` and `Sec-Fetch-Site: cross-site`.
/// Clients that send neither header (scripts, tests) are not browsers acting for another site, and pass.
///
/// What the site answers to is `SiteOrigins`: loopback names, the bound address (every interface's address when
/// bound to 0.0.0.0 or ::), and the origins given with `serve --origin`.
public struct SameSiteGuard<Context: RequestContext>: RouterMiddleware {
    let origins: SiteOrigins
    /// The page a refusal is: the practice site's, or the workbench's.
    let refuse: @Sendable (HTTPResponse.Status, String, String) -> Response

    /// A guard answering to `origins` that refuses with `refuse` (status, Chinese, English).
    public init(
        origins: SiteOrigins,
        refuse: @escaping @Sendable (HTTPResponse.Status, String, String) -> Response
    ) {
        self.origins = origins
        self.refuse = refuse
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws
        -> Response
    {
        if let host = request.head.authority, !origins.allows(host: host) {
            return refusal(.misdirectedRequest, "此地址不受本站服务。", "This site does not answer to that host name.")
        }
        if request.method == .post {
            if let name = HTTPFields.Element.Name("Sec-Fetch-Site"), let site = request.headers[name],
                !["same-origin", "none"].contains(site)
            {
                return refusal(.forbidden, "只能从本站页面提交。", "Forms may only be sent from this site's own pages.")
            }
            if let origin = request.headers[.origin], !origins.allows(origin: origin, host: request.head.authority) {
                return refusal(.forbidden, "只能从本站页面提交。", "Forms may only be sent from this site's own pages.")
            }
        }
        return try await next(request, context)
    }

    /// The site's own page with the refusal in both languages (and the site's headers: nosniff, no caching, its CSP).
    func refusal(_ status: HTTPResponse.Status, _ chinese: String, _ english: String) -> Response {
        refuse(status, chinese, english)
    }
}
