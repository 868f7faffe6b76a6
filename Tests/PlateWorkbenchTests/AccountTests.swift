import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import PlateWorkbench

@Suite("Workbench accounts")
struct AccountTests {
    @Test("an account stores a bcrypt hash, not the password; a name is taken once; a short password is refused")
    func accounts() throws {
        let workbench = try WorkbenchFixture.workbench()
        let alice = try workbench.accounts.add(name: "alice", password: "correct horse", at: 1)
        #expect(throws: Accounts.AccountProblem.taken("alice")) {
            try workbench.accounts.add(name: "alice", password: "another one", at: 2)
        }
        #expect(throws: Accounts.AccountProblem.shortPassword) {
            try workbench.accounts.add(name: "bob", password: "short", at: 3)
        }
        #expect(throws: Accounts.AccountProblem.badName) {
            try workbench.accounts.add(name: "bob smith", password: "long enough", at: 4)
        }
        #expect(try workbench.accounts.verify(name: "alice", password: "correct horse") == alice)
        #expect(try workbench.accounts.verify(name: "alice", password: "wrong horse") == nil)
        #expect(try workbench.accounts.verify(name: "nobody", password: "correct horse") == nil)
        let hash = try workbench.database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT passwordHash FROM user WHERE name = 'alice'")
        }
        #expect(hash?.hasPrefix("$2b$") == true && hash?.contains("correct") == false)
    }

    @Test("sign-in sets an HttpOnly, SameSite=Strict cookie; pages need it; sign-out ends the session")
    func signInAndOut() async throws {
        let workbench = try WorkbenchFixture.workbench()
        _ = try workbench.accounts.add(name: "alice", password: "correct horse", at: 1)
        try await WorkbenchFixture.app(workbench).test(.live) { client in
            var browser = Browser(client)
            let away = try await browser.get("/")
            #expect(away.status == .seeOther && away.location == "/sign-in")
            let page = try await browser.get("/sign-in")
            let raw = try await client.execute(
                uri: "/sign-in", method: .post,
                headers: [
                    .cookie: browser.cookieHeader, .contentType: "application/x-www-form-urlencoded",
                ],
                body: ByteBuffer(
                    string: "csrf=\(Browser.token(page.body)!)&name=alice&password=correct+horse"))
            let cookie = try #require(
                raw.headers[values: .setCookie].first { $0.hasPrefix(WorkbenchRoutes.sessionCookie + "=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
            let csrf = try await browser.signIn("alice", "correct horse")
            let list = try await browser.get("/")
            #expect(list.status == .ok && list.body.contains("alice"))
            let forged = try await browser.post("/sign-out", [("csrf", "not-the-token")])
            #expect(forged.status == .forbidden)
            let out = try await browser.post("/sign-out", [("csrf", csrf)])
            #expect(out.status == .seeOther && out.location == "/sign-in")
            #expect(try await browser.get("/").status == .seeOther)
        }
    }

    @Test("a sign-in without its page's token is refused; ten wrong passwords from one client stop the eleventh")
    func signInGuards() async throws {
        let workbench = try WorkbenchFixture.workbench()
        _ = try workbench.accounts.add(name: "alice", password: "correct horse", at: 1)
        try await WorkbenchFixture.app(workbench).test(.live) { client in
            var browser = Browser(client)
            let bare = try await browser.post("/sign-in", [("name", "alice"), ("password", "correct horse")])
            #expect(bare.status == .forbidden)
            for _ in 0..<10 {
                let page = try await browser.get("/sign-in")
                let wrong = try await browser.post(
                    "/sign-in", [("csrf", Browser.token(page.body)!), ("name", "alice"), ("password", "guess")])
                #expect(wrong.status == .unauthorized && wrong.body.contains("用户名或密码不正确"))
            }
            let page = try await browser.get("/sign-in")
            let blocked = try await browser.post(
                "/sign-in", [("csrf", Browser.token(page.body)!), ("name", "alice"), ("password", "correct horse")])
            #expect(blocked.status == .tooManyRequests && blocked.body.contains("Too many failed sign-ins"))
        }
    }
}
