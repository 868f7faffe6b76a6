import Hummingbird

/// Refuses, unread, a request that announces a body longer than the site takes on any route (413); a body
/// without a length is bounded as it arrives (`RequestDeadline`).
struct BodyLimit<Context: RequestContext>: RouterMiddleware {
    let maxBody: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        if let text = request.headers[.contentLength], Int(text).map({ $0 > maxBody }) ?? true {
            var response = PracticeRoutes.refusal(.contentTooLarge, "请求内容过长。", "The request is too long.")
            response.headers[.connection] = "close"
            return response
        }
        return try await next(request, context)
    }
}
