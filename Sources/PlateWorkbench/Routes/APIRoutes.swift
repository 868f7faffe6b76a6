import Foundation
import Hummingbird
import PlateRules
import PlateServer

/// The HTTP API (`/api/…`): the workbench's operations for a bureau's own tools or a notebook, with an API token
/// (`Authorization: Bearer plw_…`, made by `platelab workbench --new-token NAME`), JSON in and out, described by
/// `/api/openapi.json` (`OpenAPIDocument`).
enum APIRoutes {
    /// Largest JSON body read.
    static let maxBody = 64 << 10

    /// Every route of the API and its methods: another method on one of them is answered 405 with `Allow`.
    static let methods: [(path: [String], allowed: [HTTPRequest.Method])] = [
        (["api", "openapi.json"], [.get]), (["api", "scenarios"], [.get]), (["api", "rules"], [.get]),
        (["api", "studies"], [.get, .post]), (["api", "studies", "*"], [.get]),
        (["api", "studies", "*", "summary"], [.get]), (["api", "studies", "*", "cancel"], [.post]),
        (["api", "studies", "*", "resume"], [.post]),
    ]

    static func add(to router: Router<PracticeRequestContext>, _ workbench: Workbench) {
        router.get("/api/openapi.json") { _, _ in json(OpenAPIDocument.document(workbench).rendered() + "\n") }
        router.get("/api/scenarios") { request, _ in
            guard (try? user(request, workbench)) ?? nil != nil else { return unauthorized() }
            return json(JSONValue.object([("scenarios", .array(workbench.scenarios.map(JSONValue.string)))]).rendered())
        }
        router.get("/api/rules") { request, _ in
            guard (try? user(request, workbench)) ?? nil != nil else { return unauthorized() }
            let fields = RuleFields.all.map { field in
                JSONValue.object([
                    ("path", .string(field.path)), ("summary", .string(field.summary)),
                    ("expects", .string(field.expectation)),
                ])
            }
            return json(JSONValue.object([("fields", .array(fields))]).rendered())
        }
        router.post("/api/studies") { request, _ in
            guard let user = try user(request, workbench) else { return unauthorized() }
            guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
                return error(.unsupportedMediaType, "send the study as application/json")
            }
            var request = request
            guard let buffer = try? await request.collectBody(upTo: maxBody) else {
                return error(.contentTooLarge, "the body is longer than \(maxBody) bytes")
            }
            let form: StudyForm
            switch StudyRequestJSON.decode(Data(buffer: buffer)) {
            case .failure(let why): return error(.badRequest, why.message)
            case .success(let decoded): form = decoded
            }
            switch try await StudySubmission.submit(form, by: user, to: workbench) {
            case .queued(let study):
                var response = json(StudyJSON.value(study, workbench: workbench).rendered(), status: .created)
                response.headers[.location] = "/api/studies/\(study.id)"
                return response
            case .refused(let problems, let findings):
                return json(StudyJSON.refusal(problems, findings).rendered(), status: .badRequest)
            case .busy:
                return error(
                    .tooManyRequests, "you have \(StudySubmission.maxPending) studies queued or running; wait for them")
            }
        }
        router.get("/api/studies") { request, _ in
            guard try user(request, workbench) != nil else { return unauthorized() }
            let query = request.uri.queryParameters
            let path = query.get("path")
            if let path, path.unicodeScalars.count > 200 { return error(.badRequest, "path: at most 200 characters") }
            var limit = 100
            if let text = query.get("limit") {
                guard let number = Int(text), (1...1000).contains(number) else {
                    return error(.badRequest, "limit: expected a whole number from 1 to 1000")
                }
                limit = number
            }
            let studies = try workbench.studies.list(changing: path, limit: limit)
            return json(
                JSONValue.object([("studies", .array(studies.map { StudyJSON.value($0, workbench: workbench) }))])
                    .rendered())
        }
        router.get("/api/studies/:id") { request, context in
            guard try user(request, workbench) != nil else { return unauthorized() }
            guard let study = try StudyRoutes.find(context, workbench) else { return error(.notFound, "no such study") }
            let progress = await workbench.queue.progress(study.id)
            return json(StudyJSON.value(study, workbench: workbench, progress: progress).rendered())
        }
        router.get("/api/studies/:id/summary") { request, context in
            guard try user(request, workbench) != nil else { return unauthorized() }
            guard let study = try StudyRoutes.find(context, workbench) else { return error(.notFound, "no such study") }
            guard study.status == .done else {
                return error(.conflict, "the study is \(study.status.rawValue); its summary comes when it is done")
            }
            return json(StudyJSON.summary(study, workbench: workbench))
        }
        router.post("/api/studies/:id/cancel") { request, context in
            guard let user = try user(request, workbench) else { return unauthorized() }
            guard let study = try StudyRoutes.find(context, workbench) else { return error(.notFound, "no such study") }
            guard study.authorId == user.id else { return error(.forbidden, "only its author can cancel a study") }
            guard try await workbench.queue.cancel(study.id) else {
                return error(
                    .conflict, "the study is \(study.status.rawValue); only a queued or running one can be cancelled")
            }
            return json(StudyJSON.value(try workbench.studies.find(study.id) ?? study, workbench: workbench).rendered())
        }
        router.post("/api/studies/:id/resume") { request, context in
            guard let user = try user(request, workbench) else { return unauthorized() }
            guard let study = try StudyRoutes.find(context, workbench) else { return error(.notFound, "no such study") }
            guard study.authorId == user.id else { return error(.forbidden, "only its author can resume a study") }
            guard try await workbench.queue.resume(study.id) else {
                return error(
                    .conflict,
                    "the study is \(study.status.rawValue); only an interrupted, cancelled or failed one can be resumed"
                )
            }
            return json(StudyJSON.value(try workbench.studies.find(study.id) ?? study, workbench: workbench).rendered())
        }
    }

    /// Answers 405 (with `Allow`) to a method an API route does not take, instead of the router's 404.
    struct MethodGuard: RouterMiddleware {
        func handle(
            _ request: Request, context: PracticeRequestContext,
            next: (Request, PracticeRequestContext) async throws -> Response
        ) async throws -> Response {
            let parts = request.uri.path.split(separator: "/").map(String.init)
            guard parts.first == "api",
                let route = APIRoutes.methods.first(where: { route in
                    route.path.count == parts.count && zip(route.path, parts).allSatisfy { $0 == "*" || $0 == $1 }
                })
            else { return try await next(request, context) }
            let allowed = route.allowed + (route.allowed.contains(.get) ? [.head] : [])
            guard allowed.contains(request.method) else {
                var response = APIRoutes.error(
                    .methodNotAllowed, "\(request.method) is not one of this route's methods")
                response.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
                return response
            }
            return try await next(request, context)
        }
    }

    /// The user whose token the request carries.
    static func user(_ request: Request, _ workbench: Workbench) throws -> Accounts.User? {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else { return nil }
        return try workbench.accounts.user(forToken: String(header.dropFirst("Bearer ".count)))
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json", .cacheControl: "no-store", .xContentTypeOptions: "nosniff"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
        json(JSONValue.object([("error", .string(message))]).rendered(), status: status)
    }

    static func unauthorized() -> Response {
        var response = error(.unauthorized, "send an API token: Authorization: Bearer plw_…")
        response.headers[.wwwAuthenticate] = "Bearer"
        return response
    }
}
