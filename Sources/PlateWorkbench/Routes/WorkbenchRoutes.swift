import Foundation
import Hummingbird
import PlateRules
import PlateServer

/// The workbench's routes: pages by GET, forms posted with the session's CSRF token, and the study's files.
public enum WorkbenchRoutes {
    /// The sign-in session's cookie (HttpOnly, SameSite=Strict).
    static let sessionCookie = "platelab_workbench"
    /// The sign-in form's own token, before there is a session (the form carries it too).
    static let signInCookie = "platelab_workbench_sign_in"
    /// Largest form a route reads: the study form with six variants of every rule value fits well within.
    static let maxForm = 256 << 10
    static let maxFields = 2000

    /// The routes of `workbench`, answering to `origins`.
    public static func router(_ workbench: Workbench, origins: SiteOrigins) -> Router<PracticeRequestContext> {
        let router = Router(context: PracticeRequestContext.self)
        router.add(middleware: SameSiteGuard(origins: origins, refuse: refusal))
        router.add(middleware: BodyLimit(maxBody: maxForm, refuse: refusal))
        router.add(middleware: APIRoutes.MethodGuard())
        router.get("/workbench.css") { _, _ in asset(WorkbenchAssets.css, type: "text/css; charset=utf-8") }
        router.get("/workbench.js") { _, _ in asset(WorkbenchAssets.script, type: "text/javascript; charset=utf-8") }
        SignInRoutes.add(to: router, workbench)
        StudyRoutes.add(to: router, workbench)
        APIRoutes.add(to: router, workbench)
        return router
    }

    /// The open session a request's cookie names, if any.
    static func session(_ request: Request, _ workbench: Workbench) -> Accounts.Session? {
        guard let token = request.cookies[sessionCookie]?.value, token.count == 64 else { return nil }
        return try? workbench.accounts.session(token, at: workbench.wall())
    }

    /// The fields of a posted form; nil when it is too long or not a form.
    static func form(_ request: Request) async -> [String: String]? {
        var request = request
        guard let buffer = try? await request.collectBody(upTo: maxForm) else { return nil }
        return FormDecoding.decode(String(buffer: buffer), maxFields: maxFields)
    }

    /// Whether a posted form carries the session's token.
    static func tokenMatches(_ form: [String: String], _ session: Accounts.Session) -> Bool {
        constantTimeEqual(form["csrf"] ?? "", session.csrf)
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// Pages may load only the workbench's stylesheet and script, fetch from it, post to it, and frame its reports.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; img-src 'self' data:; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    /// A page of HTML with the workbench's headers.
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
            .contentSecurityPolicy: contentSecurityPolicy, .xContentTypeOptions: "nosniff",
        ]
        if let referrer = HTTPFields.Element.Name("Referrer-Policy") { headers[referrer] = "same-origin" }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// A 303 to `location`: after a form, the browser asks for the page by GET.
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
    }

    /// A file's bytes, to save (`download`) or to show.
    static func file(_ data: Data, type: String, download name: String? = nil) -> Response {
        var headers: HTTPFields = [
            .contentType: type, .cacheControl: "no-store", .xContentTypeOptions: "nosniff",
            .contentSecurityPolicy:
                "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'",
        ]
        if let name { headers[.contentDisposition] = "attachment; filename=\"\(name)\"" }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "no-cache", .xContentTypeOptions: "nosniff"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// A page that only says something, in both languages.
    static func message(
        _ zh: String, _ en: String, status: HTTPResponse.Status, session: Accounts.Session? = nil
    ) -> Response {
        let layout = WorkbenchLayout(title: "PlateLab", user: session?.user.name, csrf: session?.csrf ?? "")
        return html(WorkbenchPages.render(.message, MessagePage(layout: layout, zh: zh, en: en)), status: status)
    }

    /// A refusal before any route (another host or site, a body too long).
    @Sendable static func refusal(_ status: HTTPResponse.Status, _ zh: String, _ en: String) -> Response {
        message(zh, en, status: status)
    }
}
