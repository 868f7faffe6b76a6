import Foundation
import Hummingbird
import PlateServer

/// Sign-in and sign-out: a session cookie (HttpOnly, SameSite=Strict) after a good password, failed attempts
/// limited per client.
enum SignInRoutes {
    static func add(to router: Router<PracticeRequestContext>, _ workbench: Workbench) {
        router.get("/sign-in") { _, _ in page(workbench, name: "", problem: nil, status: .ok) }
        router.post("/sign-in") { request, context in
            guard let form = await WorkbenchRoutes.form(request) else {
                return WorkbenchRoutes.message(
                    "表单内容过长或格式不正确。", "The form is too long or not well formed.", status: .badRequest)
            }
            let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
            // The form's token must be the one its page set: a page elsewhere cannot sign a visitor in.
            guard let expected = request.cookies[WorkbenchRoutes.signInCookie]?.value,
                WorkbenchRoutes.constantTimeEqual(form["csrf"] ?? "", expected)
            else {
                return page(
                    workbench, name: name, problem: ("页面已过期，请重新登录。", "The page had expired; sign in again."),
                    status: .forbidden)
            }
            let now = workbench.wall() * 1000
            let client = context.client
            if workbench.signIns.withLock({ $0.isBlocked(client, at: now) }) {
                let minutes = workbench.signIns.withLock { $0.minutesLeft(client, at: now) }
                return page(
                    workbench, name: name,
                    problem: (
                        "登录失败次数过多，请 \(minutes) 分钟后再试。",
                        "Too many failed sign-ins; try again in \(minutes) minute\(minutes == 1 ? "" : "s")."
                    ), status: .tooManyRequests)
            }
            guard let user = try workbench.accounts.verify(name: name, password: form["password"] ?? "") else {
                workbench.signIns.withLock { $0.fail(client, at: now) }
                return page(
                    workbench, name: name, problem: ("用户名或密码不正确。", "The user name or password is wrong."),
                    status: .unauthorized)
            }
            let session = try workbench.accounts.openSession(for: user, at: workbench.wall())
            var response = WorkbenchRoutes.redirect("/")
            response.setCookie(
                Cookie(
                    name: WorkbenchRoutes.sessionCookie, value: session.token, maxAge: Int(Accounts.sessionSeconds),
                    path: "/",
                    httpOnly: true, sameSite: .strict))
            response.setCookie(
                Cookie(name: WorkbenchRoutes.signInCookie, value: "", maxAge: 0, path: "/sign-in", sameSite: .strict))
            return response
        }
        router.post("/sign-out") { request, _ in
            guard let session = WorkbenchRoutes.session(request, workbench) else {
                return WorkbenchRoutes.redirect("/sign-in")
            }
            guard let form = await WorkbenchRoutes.form(request), WorkbenchRoutes.tokenMatches(form, session) else {
                return WorkbenchRoutes.message(
                    "页面已过期，请重试。", "The page had expired; try again.", status: .forbidden, session: session)
            }
            try workbench.accounts.closeSession(session.token)
            var response = WorkbenchRoutes.redirect("/sign-in")
            response.setCookie(
                Cookie(name: WorkbenchRoutes.sessionCookie, value: "", maxAge: 0, path: "/", sameSite: .strict))
            return response
        }
    }

    /// The sign-in page, with a fresh form token in its cookie and its form.
    static func page(
        _ workbench: Workbench, name: String, problem: (zh: String, en: String)?, status: HTTPResponse.Status
    ) -> Response {
        let token = Accounts.randomToken()
        let layout = WorkbenchLayout(title: "登录 Sign in", user: nil, csrf: token)
        var response = WorkbenchRoutes.html(
            WorkbenchPages.render(.signIn, SignInPage(layout: layout, name: name, problem: problem)), status: status)
        response.setCookie(
            Cookie(
                name: WorkbenchRoutes.signInCookie, value: token, maxAge: 3600, path: "/sign-in", httpOnly: true,
                sameSite: .strict))
        return response
    }
}
