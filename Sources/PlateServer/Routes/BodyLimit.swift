import Hummingbird

/// Refuses, unread, a request that announces a body longer than the site takes on any route (413); a body
/// without a length is bounded as it arrives (`RequestDeadline`).
public struct BodyLimit<Context: RequestContext>: RouterMiddleware {
    let maxBody: Int
    let refuse: @Sendable (HTTPResponse.Status, String, String) -> Response

    /// Refuses bodies announced longer than `maxBody` with `refuse` (status, Chinese, English).
    public init(
        maxBody: Int,
        refuse: @escaping @Sendable (HTTPResponse.Status, String, String) -> Response
    ) {
        self.maxBody = maxBody
        self.refuse = refuse
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws
        -> Response
    {
        if let text = request.headers[.contentLength], Int(text).map({ $0 > maxBody }) ?? true {
            var response = refuse(.contentTooLarge, "请求内容过长。", "The request is too long.")
            response.headers[.connection] = "close"
            return response
        }
        return try await next(request, context)
    }
}
