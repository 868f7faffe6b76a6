import Hummingbird
import HummingbirdTesting
import Testing

@testable import PlateServer

/// Practice guarantees: validated input, isolated sessions, expiry, a bound on memory.
@Suite("Practice site: input validation, isolation, expiry")
struct GuaranteeTests {
    @Test("input is checked for length and character set, with a clear message, and never echoed unescaped")
    func validation() async throws {
        let (site, clock) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client)
            _ = try await trainee.post("enter")
            let office = try await trainee.post(
                "office", [("office", "<script>alert(1)</script>"), ("vehicle", "small_car")])
            #expect(office.status == 400 && office.body.contains("请选择车管所") && !office.body.contains("<script>alert"))
            let vehicle = try await trainee.post("office", [("office", "chengde-main"), ("vehicle", "tank")])
            #expect(vehicle.status == 400 && vehicle.body.contains("请选择车辆类型"))
            _ = try await trainee.post("office", [("office", "chengde-main"), ("vehicle", "small_car")])
            _ = try await trainee.post("agree")
            let longVIN = try await trainee.post(
                "vehicle",
                [("vin", String(repeating: "A", count: 40)), ("credential_kind", "certificate"), ("credential", "X")])
            #expect(longVIN.status == 400 && longVIN.body.contains("17位"))
            let badChars = try await trainee.post(
                "vehicle", [("vin", "LFV3A23C0K00000;1"), ("credential_kind", "certificate"), ("credential", "X")])
            #expect(badChars.status == 400 && Trainee.reason(in: badChars.body) == "invalid_input")
            let code = try await trainee.post("code", [("code", "12ab")])
            #expect(code.status == 400 && code.body.contains("验证码须为数字"))
            let key = try await trainee.post("key", [("key", "AB")])
            #expect(key.status == 400)
            let unknown = try await trainee.post("delete-everything")
            #expect(unknown.status == 404)
            let huge = try await client.execute(
                uri: "\(trainee.base)/code", method: .post, headers: Trainee.formHeaders,
                body: ByteBuffer(string: "code=" + String(repeating: "1", count: 10_000)))
            #expect(huge.status == .badRequest)
            let speed = try await client.execute(
                uri: "/trainer/start", method: .post, headers: Trainee.formHeaders,
                body: SiteFixture.form([("situation", "normal"), ("speed", "1000")]))
            #expect(speed.status == .badRequest)
            // ×30 would let a 5-minute code expire in 10 s: the rules' SMS validity caps the speed at ×10.
            let fast = try await client.execute(
                uri: "/trainer/start", method: .post, headers: Trainee.formHeaders,
                body: SiteFixture.form([("situation", "normal"), ("speed", "30")]))
            #expect(fast.status == .badRequest && String(buffer: fast.body).contains("倒计时倍速须为1至10"))
            let panel = String(buffer: try await client.execute(uri: "/trainer", method: .get).body)
            #expect(
                panel.contains("<option value=\"10\">×10</option>") && !panel.contains("×30")
                    && panel.contains("最高 ×10"))
            let situation = try await client.execute(
                uri: "/trainer/start", method: .post, headers: Trainee.formHeaders,
                body: SiteFixture.form([("situation", "hacked"), ("speed", "1")]))
            #expect(situation.status == .badRequest)
            let badID = try await client.execute(uri: "/s/../../etc/passwd", method: .get)
            #expect(badID.status != .ok)
            let shortID = try await client.execute(uri: "/s/abc", method: .get)
            #expect(shortID.status == .badRequest)
            _ = clock
        }
    }

    @Test("sessions are isolated: unguessable ids, one id reaches only its own state")
    func isolation() async throws {
        let (site, clock) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let a = try await Trainee.start(client)
            let b = try await Trainee.start(client)
            #expect(a.id != b.id && a.id.count == 32 && b.id.count == 32)
            let identity = try await a.throughPhaseOne()
            let codeA = try #require(Trainee.code(in: identity))
            // B is still on the service description; nothing of A shows there.
            let pageB = try await b.get()
            #expect(pageB.body.contains("服务说明") && !pageB.body.contains(codeA) && !pageB.body.contains(SiteFixture.vin))
            // B's steps do not move A.
            _ = try await b.post("enter")
            let pageA = try await a.get()
            #expect(pageA.body.contains("本人选号手机验证"))
            // A neighbouring id is not A.
            var other = Array(a.id)
            other[0] = other[0] == "0" ? "1" : "0"
            let guess = Trainee(client: client, id: String(other))
            #expect(try await guess.get().status == 404)
            #expect(try await guess.post("identity", [("code", codeA)]).status == 404)
            _ = clock
        }
    }

    @Test(
        "past the session bound the idlest session makes room, and its trainee is told why; sessions expire after the idle timeout"
    )
    func expiryAndBound() async throws {
        let (site, clock) = SiteFixture.site(maxSessions: 3, idleTimeout: 60)
        try await SiteFixture.app(site).test(.router) { client in
            let first = try await Trainee.start(client)
            clock.advance(seconds: 10)
            let second = try await Trainee.start(client)
            clock.advance(seconds: 10)
            let third = try await Trainee.start(client)
            clock.advance(seconds: 10)
            #expect(try await first.get().status == 200)
            // Full: the newcomer is let in, and the second (unused for 20 s, the longest) makes room.
            let fourth = try await Trainee.start(client)
            let ended = try await second.get()
            #expect(ended.status == 404 && ended.body.contains("练习人数已满"), "\(ended.body)")
            #expect(await site.sessionCount() == 3)
            for trainee in [third, fourth, first] { #expect(try await trainee.get().status == 200) }
            clock.advance(seconds: 30)
            #expect(try await first.get().status == 200)
            clock.advance(seconds: 45)
            // The first was used 45 s ago and lives; the other two idled 75 s and are gone.
            #expect(await site.sessionCount() == 1)
            clock.advance(seconds: 61)
            let expired = try await first.get()
            #expect(expired.status == 404 && expired.body.contains("已过期"))
            #expect(await site.sessionCount() == 0)
            _ = try await Trainee.start(client)
        }
    }

    @Test("one client starts at most its share of sessions in the window; other clients are not held back")
    func perClientCap() async throws {
        let (site, clock) = SiteFixture.site(sessionsPerClient: 3, clientWindow: 600)
        func starts(_ client: String) async -> Bool {
            if case .success = await site.startTrainee(.normal, speed: 1, language: .zh, client: client) { return true }
            return false
        }
        for _ in 0..<3 { #expect(await starts("10.0.0.1")) }
        guard case .failure(let refusal) = await site.startTrainee(.normal, speed: 1, language: .zh, client: "10.0.0.1")
        else {
            Issue.record("a fourth session from the same client should be refused")
            return
        }
        #expect(refusal.status == 429 && refusal.message.zh.contains("本机开始的练习过多"))
        #expect(await starts("10.0.0.2"))
        clock.advance(seconds: 601)
        #expect(await starts("10.0.0.1"))
        // Through the routes: the fourth start from one client is answered 429 in words.
        let (routed, _) = SiteFixture.site(sessionsPerClient: 3)
        try await SiteFixture.app(routed).test(.router) { client in
            for _ in 0..<3 { _ = try await Trainee.start(client) }
            let refused = try await client.execute(
                uri: "/start", method: .post, headers: Trainee.formHeaders, body: SiteFixture.form([]))
            #expect(refused.status == .tooManyRequests && String(buffer: refused.body).contains("本机开始的练习过多"))
        }
    }

    @Test("the speed factor runs trainee time faster: a 10 s countdown takes 1 s at ×10")
    func speedFactor() async throws {
        let (site, clock) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client, situation: "normal", speed: 10)
            let identity = try await trainee.throughPhaseOne()
            #expect(identity.contains("data-ms=\"1000\" data-speed=\"10\""))
            clock.advance(seconds: 1)
            let page = try await trainee.post("identity", [("code", try #require(Trainee.code(in: identity)))])
            #expect(page.body.contains("自编选号"))
        }
    }
}
