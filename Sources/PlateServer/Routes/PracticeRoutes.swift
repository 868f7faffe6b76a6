import Hummingbird
import PlateRules

/// The practice site's routes: HTML forms posted to `/s/{session}/{action}`, pages by GET.
public enum PracticeRoutes {
    /// Largest form body a form route reads (4 KB; a longer one gets the form page's 400); every route refuses past the
    /// connection's bound.
    static let maxForm = 4096

    /// The routes of `site`; a request body over `maxBody` bytes is refused on every route.
    public static func router(
        site: PracticeSite, regionName: String, maxBody: Int = ConnectionLimits().bodyBytes,
        origins: SiteOrigins = SiteOrigins(bound: "127.0.0.1")
    ) -> Router<PracticeRequestContext> {
        let router = Router(context: PracticeRequestContext.self)
        router.add(middleware: ErrorPage())
        router.add(middleware: SameSiteGuard(origins: origins, refuse: PracticeRoutes.refusal))
        router.add(middleware: BodyLimit(maxBody: maxBody, refuse: PracticeRoutes.refusal))
        router.get(RouterPath(Layout.scriptPath)) { _, _ in
            Response(
                status: .ok,
                headers: [
                    .contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store",
                    .xContentTypeOptions: "nosniff",
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(string: Layout.script)))
        }
        router.get("/") { request, _ in
            html(.page(LandingPage.render(language: language(request), regionName: regionName)))
        }
        router.post("/start") { request, context in
            // An oversized or malformed body is refused, as on every other form route, not ignored.
            guard let form = try await readForm(request) else { return invalidForm() }
            return await start(
                site, situation: .normal, speed: 1, language: form["lang"].flatMap(Language.init) ?? .zh,
                client: context.client)
        }
        router.get("/trainer") { request, _ in
            if let refusal = await trainerOnly(request, site) { return refusal }
            let count = await site.sessionCount()
            let maxSpeed = await site.maxSpeed()
            let classes = await site.classCodes()
            let page = request.uri.queryParameters.get("page").flatMap { $0.count <= 6 ? Int($0) : nil } ?? 1
            return html(
                .page(
                    LandingPage.trainer(
                        language: language(request), sessions: count, capacity: site.configuration.maxSessions,
                        maxSpeed: maxSpeed, classes: classes, page: page)))
        }
        router.get("/trainer/login") { request, _ in html(.page(ClassPages.signIn(language: language(request)))) }
        router.post("/trainer/login") { request, context in
            guard let form = try await readForm(request) else { return invalidForm() }
            let language = form["lang"].flatMap(Language.init) ?? .zh
            let token: String
            switch await site.signIn(password: form["password"] ?? "", client: context.client) {
            case .success(let signedIn): token = signedIn
            case .failure(let problem):
                return html(
                    .page(ClassPages.signIn(language: language, problem: problem.message), status: problem.status))
            }
            var response = html(.redirect("/trainer?lang=\(language.rawValue)"))
            response.headers[.setCookie] = "\(trainerCookie)=\(token); Path=/; HttpOnly; SameSite=Strict"
            return response
        }
        router.post("/trainer/classes") { request, _ in
            if let refusal = await trainerOnly(request, site) { return refusal }
            guard let form = try await readForm(request) else { return invalidForm() }
            let language = form["lang"].flatMap(Language.init) ?? .zh
            guard let situation = Situation(name: form["situation"] ?? "", kind: form["kind"]),
                let speed = form["speed"].flatMap({ $0.count <= 3 ? Int($0) : nil }),
                let seats = form["seats"].flatMap({ $0.count <= 4 ? Int($0) : nil })
            else {
                return html(
                    .page(
                        Pages.message(
                            Text("请选择情景、倍速和学员人数。", "Pick a situation, a speed and the number of seats."),
                            language: language), status: 400))
            }
            switch await site.createClass(situation, speed: speed, seats: seats, language: language) {
            case .success(let code): return html(.redirect("/trainer/classes/\(code)?lang=\(language.rawValue)"))
            case .failure(let problem):
                return html(.page(Pages.message(problem.message, language: language), status: problem.status))
            }
        }
        router.get("/trainer/classes/:code") { request, context in
            if let refusal = await trainerOnly(request, site) { return refusal }
            guard let summary = await site.classSummary(context.parameters.get("code") ?? "") else {
                return noClass(request)
            }
            return html(.page(ClassPages.classPage(summary, language: language(request))))
        }
        router.get("/trainer/classes/:code/print") { request, context in
            if let refusal = await trainerOnly(request, site) { return refusal }
            guard let summary = await site.classSummary(context.parameters.get("code") ?? "") else {
                return noClass(request)
            }
            let address = "http://" + (request.head.authority ?? "127.0.0.1")
            return html(.page(ClassPages.printSheet(summary, address: address, language: language(request))))
        }
        router.post("/trainer/classes/:code/reset") { request, context in
            if let refusal = await trainerOnly(request, site) { return refusal }
            guard let form = try await readForm(request) else { return invalidForm() }
            let code = context.parameters.get("code") ?? ""
            let refused =
                if let seat = form["seat"].flatMap({ $0.count <= 4 ? Int($0) : nil }) {
                    await site.resetTrainee(code: code, seat: seat)
                } else {
                    await site.resetClass(code)
                }
            return classAction(refused, code: code, request)
        }
        router.post("/trainer/classes/:code/end") { request, context in
            if let refusal = await trainerOnly(request, site) { return refusal }
            let code = context.parameters.get("code") ?? ""
            return classAction(await site.endClass(code), code: code, request)
        }
        router.get("/join") { request, _ in html(.page(ClassPages.join(language: language(request)))) }
        router.post("/join") { request, context in
            guard let form = try await readForm(request) else { return invalidForm() }
            let language = form["lang"].flatMap(Language.init) ?? .zh
            switch await site.join(code: form["code"] ?? "", client: context.client) {
            case .success(let id): return html(.redirect("/s/\(id)"))
            case .failure(let problem):
                return html(
                    .page(ClassPages.join(language: language, problem: problem.message), status: problem.status))
            }
        }
        router.post("/trainer/start") { request, context in
            if let refusal = await trainerOnly(request, site) { return refusal }
            guard let form = try await readForm(request) else { return invalidForm() }
            let language = form["lang"].flatMap(Language.init) ?? .zh
            guard let situation = Situation(name: form["situation"] ?? "", kind: form["kind"]) else {
                return html(
                    .page(
                        Pages.message(
                            Text("请选择一个情景（异地用户须选择用户类型）。", "Pick a situation (and a user kind for another region)."),
                            language: language), status: 400))
            }
            guard let text = form["speed"], text.count <= 3, let speed = Int(text) else {
                return html(
                    .page(
                        Pages.message(
                            Text("倒计时倍速须为整数。", "The speed factor must be a whole number."), language: language),
                        status: 400))
            }
            return await start(site, situation: situation, speed: speed, language: language, client: context.client)
        }
        router.get("/s/:session") { _, context in
            html(await site.show(session: context.parameters.get("session") ?? ""))
        }
        router.get("/s/:session/pool") { request, context in
            let query = request.uri.queryParameters
            return html(
                await site.pool(
                    session: context.parameters.get("session") ?? "",
                    office: query.get("office"), vehicle: query.get("vehicle")))
        }
        router.post("/s/:session/:action") { request, context in
            guard let form = try await readForm(request) else { return invalidForm() }
            return html(
                await site.perform(
                    session: context.parameters.get("session") ?? "",
                    action: context.parameters.get("action") ?? "", form: form))
        }
        return router
    }

    private static func start(
        _ site: PracticeSite, situation: Situation, speed: Int, language: Language, client: String
    ) async -> Response {
        switch await site.startTrainee(situation, speed: speed, language: language, client: client) {
        case .success(let id): return html(.redirect("/s/\(id)"))
        case .failure(let problem):
            return html(.page(Pages.message(problem.message, language: language), status: problem.status))
        }
    }

    /// The cookie a signed-in trainer's browser sends back.
    static let trainerCookie = "platelab_trainer"

    /// Nil when the request comes from a signed-in trainer (or the site has no password); else the sign-in page (401).
    private static func trainerOnly(_ request: Request, _ site: PracticeSite) async -> Response? {
        guard await !site.isTrainer(token: cookie(trainerCookie, in: request)) else { return nil }
        return html(.page(ClassPages.signIn(language: language(request)), status: 401))
    }

    /// The value of cookie `name` the request carries.
    static func cookie(_ name: String, in request: Request) -> String? {
        guard let header = request.headers[.cookie] else { return nil }
        let prefix = name + "="
        for part in header.split(separator: ";") {
            let pair: Substring = part.drop { $0 == " " }
            if pair.hasPrefix(prefix) { return String(pair.dropFirst(prefix.count)) }
        }
        return nil
    }

    /// The class page after a trainer's action, or why the action was refused (no such class, ended, seat gone).
    private static func classAction(_ refused: InputProblemText?, code: String, _ request: Request) -> Response {
        guard let refused else { return html(.redirect("/trainer/classes/\(code)")) }
        return html(.page(Pages.message(refused.message, language: language(request)), status: refused.status))
    }

    private static func noClass(_ request: Request) -> Response {
        html(.page(Pages.message(Text("没有这个班级。", "No such class."), language: language(request)), status: 404))
    }

    private static func language(_ request: Request) -> Language {
        request.uri.queryParameters.get("lang").flatMap(Language.init) ?? .zh
    }

    /// The form fields of a POST body, or nil when it is too long or not a form.
    private static func readForm(_ request: Request) async throws -> [String: String]? {
        var request = request
        guard let buffer = try? await request.collectBody(upTo: maxForm) else { return nil }
        return FormDecoding.decode(String(buffer: buffer))
    }

    private static func invalidForm() -> Response {
        html(
            .page(
                Pages.message(Text("表单内容过长或格式不正确。", "The form is too long or not well formed."), language: .zh),
                status: 400))
    }

    /// The browser may load nothing from anywhere: only the page's own inline style, the site's script (served as a
    /// file: no inline script runs), its key presses fetched from this site, forms to this site.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    /// A refusal before any route (another host or site, a body too long): the site's own page, both languages.
    static func refusal(_ status: HTTPResponse.Status, _ chinese: String, _ english: String) -> Response {
        html(
            .page(
                Pages.message(Text(chinese + " " + english, chinese + " " + english), language: .zh),
                status: Int(status.code)))
    }

    static func html(_ response: SiteResponse) -> Response {
        var headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
            .contentSecurityPolicy: contentSecurityPolicy, .xContentTypeOptions: "nosniff",
        ]
        // same-origin, not no-referrer: under no-referrer a browser posts forms with `Origin: null`, which the
        // same-site
        // guard must refuse (found by the browser test); nothing leaves for another site either way.
        if let referrerPolicy = HTTPFields.Element.Name("Referrer-Policy") { headers[referrerPolicy] = "same-origin" }
        if let location = response.location { headers[.location] = location }
        return Response(
            status: .init(code: response.status), headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(string: response.html)))
    }
}
