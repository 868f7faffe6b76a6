import Hummingbird
import HummingbirdTesting
import PlateRules
import Testing

@testable import PlateServer

/// What a probe got through once: guessed join codes and passwords, resets past the session bound, ended classes
/// coming back, classes without bound. Each closed, each kept closed here.
@Suite("Practice site: guards on classes and sign-in")
struct GuardTests {
    static func site(maxSessions: Int = 1000, guards: SiteGuards = SiteGuards()) -> (PracticeSite, ManualWallClock) {
        let clock = ManualWallClock(SiteFixture.morning)
        var configuration = SiteConfiguration(
            book: SiteFixture.book, maxSessions: maxSessions, sessionsPerClient: 1_000_000,
            trainerPassword: "a long trainer passphrase", seed: 7, wallClock: clock.read)
        configuration.guards = guards
        return (PracticeSite(configuration: configuration), clock)
    }

    static func newClass(_ site: PracticeSite, seats: Int = 30) async throws -> String {
        try await site.createClass(.normal, speed: 10, seats: seats, language: .zh).get()
    }

    @Test(
        "wrong join codes are limited per client: past ten in ten minutes even the right code waits; other clients are not held"
    )
    func guessedCodes() async throws {
        let (site, clock) = Self.site()
        let code = try await Self.newClass(site)
        let wrong = code == "AAAAAA" ? "BBBBBB" : "AAAAAA"
        for _ in 0..<10 {
            guard case .failure(let problem) = await site.join(code: wrong, client: "10.0.0.9") else {
                Issue.record("a wrong code joined")
                return
            }
            #expect(problem.status == 404)
        }
        guard case .failure(let held) = await site.join(code: code, client: "10.0.0.9") else {
            Issue.record("the 11th try was let through")
            return
        }
        #expect(held.status == 429 && held.message.zh.contains("班级代码错误次数过多"))
        #expect(try await site.join(code: code, client: "10.0.0.10").get().count > 0, "another machine joins")
        clock.advance(seconds: 601)
        #expect(
            try await site.join(code: code, client: "10.0.0.9").get().count > 0,
            "after the window the client may try again")
    }

    @Test("wrong trainer passwords are limited per client (429 in words), on the sign-in route too")
    func guessedPasswords() async throws {
        let (site, clock) = Self.site()
        for _ in 0..<5 {
            guard case .failure(let problem) = await site.signIn(password: "guess", client: "10.0.0.9") else {
                Issue.record("signed in")
                return
            }
            #expect(problem.status == 401)
        }
        guard case .failure(let held) = await site.signIn(password: "a long trainer passphrase", client: "10.0.0.9")
        else {
            Issue.record("the right password was compared after five wrong ones")
            return
        }
        #expect(held.status == 429 && held.message.en.contains("Too many wrong passwords; try again in 10 minutes"))
        clock.advance(seconds: 601)
        let token = try await site.signIn(password: "a long trainer passphrase", client: "10.0.0.9").get()
        #expect(!token.isEmpty)
        try await SiteFixture.app(site).test(.router) { client in
            var last = 0
            for _ in 0..<6 {
                let response = try await client.execute(
                    uri: "/trainer/login", method: .post, headers: Trainee.formHeaders,
                    body: SiteFixture.form([("password", "guess")]))
                last = Int(response.status.code)
            }
            #expect(last == 429)
        }
    }

    @Test("starting the whole class over keeps to --max-sessions: seats whose session was dropped stay empty")
    func resetKeepsTheBound() async throws {
        let (site, clock) = Self.site(maxSessions: 10)
        let code = try await Self.newClass(site)
        for n in 0..<30 {
            clock.advance(seconds: 1)  // the earliest joined is the one unused the longest
            _ = try await site.join(code: code, client: "10.0.0.\(n)").get()
        }
        #expect(await site.sessionCount() == 10)
        #expect(await site.resetClass(code) == nil)
        #expect(await site.sessionCount() == 10, "a reset makes no session past the bound")
        #expect(await site.resetTrainee(code: code, seat: 1)?.status == 409, "the first seat's session was evicted")
        #expect(await site.resetTrainee(code: code, seat: 30) == nil)
    }

    @Test("an ended class takes no action of any kind: a stale reset or end form, a join")
    func endedIsFinal() async throws {
        let (site, _) = Self.site()
        let code = try await Self.newClass(site)
        for n in 0..<3 { _ = try await site.join(code: code, client: "10.0.0.\(n)").get() }
        #expect(await site.endClass(code) == nil)
        #expect(await site.sessionCount() == 0)
        #expect(await site.resetClass(code)?.status == 409)
        #expect(await site.resetTrainee(code: code, seat: 1)?.status == 409)
        #expect(await site.endClass(code)?.status == 409)
        #expect(await site.sessionCount() == 0, "nobody came back")
        guard case .failure(let refused) = await site.join(code: code, client: "10.0.0.1") else {
            Issue.record("joined an ended class")
            return
        }
        #expect(refused.status == 404)
        #expect(await site.classSummary(code)?.ended == true)
    }

    @Test("classes are bounded: at most the open ones allowed, idle ones end, ended ones go, the panel pages them")
    func classesBounded() async throws {
        var guards = SiteGuards()
        guards.openClasses = 25
        let (site, clock) = Self.site(guards: guards)
        var codes: [String] = []
        for _ in 0..<25 { codes.append(try await Self.newClass(site)) }
        guard case .failure(let full) = await site.createClass(.normal, speed: 1, seats: 3, language: .zh) else {
            Issue.record("a 26th class")
            return
        }
        #expect(full.status == 429)
        // The panel: the newest twenty on page 1, the rest on page 2.
        let page1 = LandingPage.trainer(
            language: .zh, sessions: 0, capacity: 10, maxSpeed: 10, classes: await site.classCodes(), page: 1)
        #expect(
            page1.contains(codes[24]) && page1.contains(codes[5]) && !page1.contains(codes[4])
                && page1.contains("第 1 / 2 页") && page1.contains("page=2"))
        let page2 = LandingPage.trainer(
            language: .zh, sessions: 0, capacity: 10, maxSpeed: 10, classes: await site.classCodes(), page: 2)
        #expect(page2.contains(codes[4]) && page2.contains(codes[0]) && !page2.contains(codes[5]))
        // One class stays in use; the others, idle four hours, end; an hour after ending they are gone.
        let busy = try await site.join(code: codes[0], client: "10.0.0.1").get()
        for _ in 0..<17 {  // a request every quarter of an hour keeps the trainee's session, and so the class, in use
            clock.advance(seconds: 900)
            _ = await site.show(session: busy)
        }
        let idle = await site.classSummary(codes[1])
        let used = await site.classSummary(codes[0])
        #expect(idle?.ended == true && used?.ended == false)
        #expect(try await Self.newClass(site).count == 6, "ended classes leave room")
        clock.advance(seconds: 3600 + 1)
        let kept = await site.classCodes()
        #expect(kept.count == 2 && kept.first == codes[0] && !kept.contains(codes[1]))
    }

    @Test("classes opened and ended at once do not pile up: at most the ended ones allowed stay, the oldest go")
    func endedBounded() async throws {
        var guards = SiteGuards()
        guards.endedClasses = 5
        let (site, _) = Self.site(guards: guards)
        var codes: [String] = []
        for _ in 0..<40 {
            let code = try await Self.newClass(site, seats: 1)
            codes.append(code)
            #expect(await site.endClass(code) == nil)
        }
        #expect(await site.classCodes() == Array(codes.suffix(5)))
    }
}
