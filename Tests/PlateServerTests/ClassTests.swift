import Hummingbird
import HummingbirdTesting
import PlateRules
import Testing

@testable import PlateServer

/// Classes: a trainer opens one, trainees join by code, the trainer's page follows them, resets and ends it.
@Suite("Practice site: classes and the trainer password")
struct ClassTests {
    static func site(password: String? = "teach-me") -> (PracticeSite, ManualWallClock) {
        let clock = ManualWallClock(SiteFixture.morning)
        let site = PracticeSite(
            configuration: SiteConfiguration(
                book: SiteFixture.book, sessionsPerClient: 1000, trainerPassword: password,
                seed: 7, wallClock: clock.read))
        return (site, clock)
    }

    /// Signs in and returns the cookie header the trainer's browser sends back.
    static func signIn(_ client: some TestClientProtocol, password: String = "teach-me") async throws -> HTTPFields {
        let response = try await client.execute(
            uri: "/trainer/login", method: .post, headers: Trainee.formHeaders,
            body: SiteFixture.form([("password", password)]))
        #expect(response.status == .seeOther)
        let cookie = try #require(response.headers[.setCookie])
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
        return [.cookie: String(cookie.prefix { $0 != ";" })]
    }

    @Test("trainer pages need the password; a wrong one is refused, the right one opens them")
    func password() async throws {
        let (site, _) = Self.site()
        try await SiteFixture.app(site).test(.router) { client in
            let closed = try await client.execute(uri: "/trainer", method: .get)
            #expect(closed.status == .unauthorized && String(buffer: closed.body).contains("培训老师密码"))
            let start = try await client.execute(
                uri: "/trainer/start", method: .post, headers: Trainee.formHeaders,
                body: SiteFixture.form([("situation", "normal"), ("speed", "1")]))
            #expect(start.status == .unauthorized)
            let wrong = try await client.execute(
                uri: "/trainer/login", method: .post, headers: Trainee.formHeaders,
                body: SiteFixture.form([("password", "guess")]))
            #expect(wrong.status == .unauthorized && String(buffer: wrong.body).contains("密码不正确"))
            let cookie = try await Self.signIn(client)
            #expect(try await client.execute(uri: "/trainer", method: .get, headers: cookie).status == .ok)
            // A made-up cookie opens nothing.
            #expect(
                try await client.execute(uri: "/trainer", method: .get, headers: [.cookie: "platelab_trainer=0123"])
                    .status == .unauthorized)
        }
    }

    @Test(
        "a class of three: trainees join by code, the trainer's page follows each, a fourth is turned away; reset and end"
    )
    func classOfThree() async throws {
        let (site, clock) = Self.site()
        try await SiteFixture.app(site).test(.router) { client in
            let cookie = try await Self.signIn(client)
            let created = try await client.execute(
                uri: "/trainer/classes", method: .post, headers: Trainee.formHeaders.merging(cookie),
                body: SiteFixture.form([("situation", "normal"), ("speed", "10"), ("seats", "3")]))
            #expect(created.status == .seeOther)
            let location = try #require(created.headers[.location])
            let code = String(try #require(location.firstMatch(of: /\/trainer\/classes\/([A-Z0-9]{6})/)).1)
            var trainees: [Trainee] = []
            for n in 0..<3 {
                // Typed loosely, as a classroom does: lower case, with a space.
                let typed =
                    n == 1 ? code.lowercased().prefix(3) + " " + code.lowercased().dropFirst(3) : Substring(code)
                let joined = try await client.execute(
                    uri: "/join", method: .post, headers: Trainee.formHeaders,
                    body: SiteFixture.form([("code", String(typed))]))
                #expect(joined.status == .seeOther)
                let id = try #require(joined.headers[.location]?.dropFirst(3))
                trainees.append(Trainee(client: client, id: String(id)))
            }
            let full = try await client.execute(
                uri: "/join", method: .post, headers: Trainee.formHeaders, body: SiteFixture.form([("code", code)]))
            #expect(full.status == .conflict && String(buffer: full.body).contains("该班级已满"))
            let wrong = try await client.execute(
                uri: "/join", method: .post, headers: Trainee.formHeaders, body: SiteFixture.form([("code", "ZZZZZZ")]))
            #expect(wrong.status == .notFound && String(buffer: wrong.body).contains("没有这个班级代码"))

            _ = try await trainees[0].confirmIdentity(try await trainees[0].throughPhaseOne(), clock: clock)
            _ = try await trainees[1].post("enter")
            var page = String(
                buffer: try await client.execute(uri: "/trainer/classes/\(code)", method: .get, headers: cookie).body)
            #expect(
                page.contains("<meta http-equiv=\"refresh\" content=\"5\">")
                    && page.contains("class=\"class-code\">\(code)<"))
            #expect(page.matches(of: /<tr data-seat=/).count == 3)
            #expect(
                page.contains("<tr data-seat=\"1\"><td>1</td><td class=\"stage\">自编选号</td><td>10</td><td>5</td>"),
                "seat 1 at the keyboard")
            #expect(
                page.contains("<tr data-seat=\"2\"><td>2</td><td class=\"stage\">选择车管所</td>"),
                "seat 2 choosing the office")

            // Start seat 1 over: same address, the service description again.
            let reset = try await client.execute(
                uri: "/trainer/classes/\(code)/reset", method: .post, headers: Trainee.formHeaders.merging(cookie),
                body: SiteFixture.form([("seat", "1")]))
            #expect(reset.status == .seeOther)
            #expect(try await trainees[0].get().body.contains("服务说明"))
            page = String(
                buffer: try await client.execute(uri: "/trainer/classes/\(code)", method: .get, headers: cookie).body)
            #expect(page.contains("<tr data-seat=\"1\"><td>1</td><td class=\"stage\">服务说明</td>"))

            let print = String(
                buffer: try await client.execute(uri: "/trainer/classes/\(code)/print", method: .get, headers: cookie)
                    .body)
            #expect(print.contains("/join") && print.contains("class=\"class-code big\">\(code)<"))

            #expect(
                try await client.execute(
                    uri: "/trainer/classes/\(code)/end", method: .post, headers: Trainee.formHeaders.merging(cookie),
                    body: SiteFixture.form([])
                ).status == .seeOther)
            #expect(try await trainees[2].get().status == 404)
            let late = try await client.execute(
                uri: "/join", method: .post, headers: Trainee.formHeaders, body: SiteFixture.form([("code", code)]))
            #expect(late.status == .notFound)
        }
    }

    @Test(
        "bound to a classroom address the site answers to it; bound to every interface, to this machine's addresses and --origin names only"
    )
    func classroomHosts() {
        let classroom = SiteOrigins(bound: "192.168.1.20")
        #expect(classroom.allows(host: "192.168.1.20:8080") && !classroom.allows(host: "192.168.1.21:8080"))
        let every = SiteOrigins(bound: "::", extra: ["http://classroom.lan:8080"], interfaces: ["10.0.0.7", "fe80::1"])
        #expect(
            !SiteOrigins(bound: "0.0.0.0", interfaces: ["10.0.0.7", "fe80::1"]).allows(host: "[fe80::1]:8080"),
            "0.0.0.0 listens on IPv4 only")
        #expect(
            every.allows(host: "10.0.0.7:8080") && every.allows(host: "[fe80::1]:8080")
                && every.allows(host: "localhost:8080"))
        #expect(
            !every.allows(host: "203.0.113.7:8080") && !every.allows(host: "192.168.1.99"),
            "an address of another machine is another site")
        #expect(
            every.allows(host: "classroom.lan:8080") && !every.allows(host: "classroom.lan:9090")
                && !every.allows(host: "classroom.evil.example:8080"))
        #expect(!SiteOrigins(bound: "127.0.0.1").allows(host: "10.0.0.7:8080"), "on 127.0.0.1 only the loopback names")
        // A form's Origin must be the very origin the request came to.
        #expect(every.allows(origin: "http://10.0.0.7:8080", host: "10.0.0.7:8080"))
        #expect(every.allows(origin: "http://classroom.lan:8080", host: "classroom.lan:8080"))
        for origin in [
            "http://203.0.113.7", "http://192.168.1.99", "http://10.0.0.7:9999", "http://10.0.0.7",
            "http://localhost:8080",
        ] {
            #expect(!every.allows(origin: origin, host: "10.0.0.7:8080"), "\(origin)")
        }
    }
}

extension HTTPFields {
    /// These fields with `other`'s added.
    func merging(_ other: HTTPFields) -> HTTPFields {
        var fields = self
        for field in other { fields.append(field) }
        return fields
    }
}
