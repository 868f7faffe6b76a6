import Hummingbird
import HummingbirdTesting
import Testing

@testable import PlateServer

/// Every action is a post answered by a redirect to the session's page, with an action token: a refresh only
/// reloads the page, and a form of an earlier page (Back, then submit) does nothing.
@Suite("Practice site: post/redirect/get")
struct PostRedirectGetTests {
    @Test(
        "an action answers 303 to the session's page; the page shows what came of it once, and a refresh repeats nothing"
    )
    func redirectAfterPost() async throws {
        let (site, clock) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client)
            _ = try await trainee.confirmIdentity(try await trainee.throughPhaseOne(), clock: clock)
            var page = try await trainee.post("mode", [("mode", "random")]).body
            let token = try #require(Trainee.token(in: page))
            let posted = try await trainee.postRaw("draw", [("token", token)])
            #expect(posted.status == 303 && posted.location == trainee.base)
            page = try await trainee.get().body
            #expect(page.contains("class=\"remaining-draws\">4<") && Trainee.candidates(in: page).count == 10)
            // A refresh is a GET of the same page: the draw is not spent again, and the batch is the same.
            let refreshed = try await trainee.get().body
            #expect(refreshed.contains("class=\"remaining-draws\">4<"))
            #expect(Trainee.candidates(in: refreshed) == Trainee.candidates(in: page))
        }
    }

    @Test("a form of an earlier page posted again (Back, then submit) is ignored and says so")
    func backThenSubmit() async throws {
        let (site, clock) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client)
            _ = try await trainee.confirmIdentity(try await trainee.throughPhaseOne(), clock: clock)
            let random = try await trainee.post("mode", [("mode", "random")]).body
            let old = try #require(Trainee.token(in: random))
            #expect(try await trainee.postRaw("draw", [("token", old)]).status == 303)
            // The browser went Back to the page before the draw and submits its "draw" form again.
            #expect(try await trainee.postRaw("draw", [("token", old)]).status == 303)
            let page = try await trainee.get().body
            #expect(Trainee.reason(in: page) == "repeated_step" && page.contains("刚才的操作未执行"))
            #expect(page.contains("class=\"remaining-draws\">4<"), "the second post spent no draw")
            // The message is shown once; the next view is the plain page.
            #expect(Trainee.reason(in: try await trainee.get().body) == nil)
        }
    }

    @Test("every form of a session page carries the current action token, the language toggle included")
    func everyFormHasTheToken() async throws {
        let (site, clock) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client)
            let pages = [
                try await trainee.get().body, try await trainee.throughPhaseOne(),
                try await trainee.confirmIdentity(try await trainee.get().body, clock: clock),
            ]
            for page in pages {
                let forms = page.matches(of: /<form method="post" action="\/s\//).count
                let tokens = page.matches(
                    of: /<form method="post" action="\/s\/[^"]+"[^>]*><input type="hidden" name="token" value="\d+">/
                ).count
                #expect(forms > 0 && forms == tokens, "\(forms) forms, \(tokens) with a token")
            }
        }
    }
}
