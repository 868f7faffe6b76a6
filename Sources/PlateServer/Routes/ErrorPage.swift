import Hummingbird

/// Answers what no route takes (an unknown address, a wrong method) and Hummingbird's own refusals with the site's
/// page and headers (`nosniff`, no caching, the CSP), instead of an empty or plain-text body.
struct ErrorPage<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as HTTPResponseError {
            let status = error.status
            let (zh, en) =
                status == .notFound ? ("没有这个页面。", "No such page.") : ("无法处理此请求。", "This request cannot be handled.")
            return PracticeRoutes.refusal(status, zh, en)
        }
    }
}
