import HummingbirdTesting
import Testing

@testable import PlateServer

/// From the service description to a practice reservation, through each mode, over HTTP.
@Suite("Practice site: the whole flow")
struct FlowTests {
    @Test("service description, office with its pool, notice, VIN, SMS, notes, identity, keyboard, done")
    func selfComposeFlow() async throws {
        let (site, clock) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let start = try await client.execute(uri: "/", method: .get)
            #expect(String(buffer: start.body).contains("开始模拟选号"))
            let trainee = try await Trainee.start(client)
            let description = try await trainee.get()
            #expect(description.body.contains("服务说明") && description.body.contains("08:00"))
            _ = try await trainee.post("enter")
            let pool = try await trainee.get("/pool?office=chengde-main&vehicle=small_car")
            #expect(pool.status == 200 && pool.body.contains("号池公示") && pool.body.contains("DDDDD"))
            let identity = try await trainee.throughPhaseOne()
            #expect(identity.contains("data-enables=\"confirm\""))
            var page = try await trainee.confirmIdentity(identity, clock: clock)
            #expect(page.contains("自编选号") && page.contains("class=\"remaining-self\">10<"))
            // Nothing is fetched from outside: no links or images, and the one script is the site's own file.
            #expect(!page.contains("http://") && !page.contains("https://") && !page.contains("<link"))
            #expect(
                page.components(separatedBy: "src=").count == 2
                    && page.contains("<script src=\"/countdown.js\"></script>"))
            #expect(!page.contains("<script>"), "no inline script")
            page = try await trainee.typeFirstAvailableNumber(page)
            // The minimum interval between confirmations first.
            let early = try await trainee.post("compose")
            #expect(Trainee.reason(in: early.body) == "countdown_running")
            clock.advance(seconds: 8)
            let done = try await trainee.post("compose")
            #expect(done.body.contains("完成号牌预选") && done.body.contains("号牌无效") && done.body.contains("冀H"))
        }
    }

    @Test("random: draw, another batch without 4, keep a backup, confirm it; English toggle")
    func randomFlow() async throws {
        let (site, clock) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client)
            let identity = try await trainee.throughPhaseOne()
            _ = try await trainee.confirmIdentity(identity, clock: clock)
            var page = try await trainee.post("mode", [("mode", "random")]).body
            #expect(page.contains("随机一次") && page.contains("class=\"remaining-draws\">5<"))
            page = try await trainee.post("draw").body
            #expect(Trainee.candidates(in: page).count == 10)
            #expect(page.contains("换一批"))
            page = try await trainee.post("draw", [("without_four", "1")]).body
            let batch = Trainee.candidates(in: page)
            #expect(batch.count == 10 && batch.allSatisfy { !$0.contains("4") })
            #expect(page.contains("class=\"remaining-draws\">3<"))
            page = try await trainee.post("keep", [("serial", batch[2])]).body
            #expect(page.contains("确认选用"))
            let twice = try await trainee.post("keep", [("serial", batch[3])])
            #expect(Trainee.reason(in: twice.body) == "backup_already_kept")
            page = try await trainee.post("lang", [("lang", "en")]).body
            #expect(page.contains("Pre-select: random") && page.contains("Confirm this number"))
            let done = try await trainee.post("confirm-backup", [("serial", batch[2])])
            #expect(done.body.contains("PRACTICE · NUMBER INVALID") && done.body.contains(batch[2]))
        }
    }

    @Test("N numbers at once: entries are added up to N, checked in the order entered")
    func severalNumbers() async throws {
        let (site, clock) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client)
            var page = try await trainee.confirmIdentity(try await trainee.throughPhaseOne(), clock: clock)
            for _ in 1..<5 { page = try await trainee.post("add").body }
            #expect(!page.contains("再输入一个号码"))
            let sixth = try await trainee.post("add")
            #expect(Trainee.reason(in: sixth.body) == "too_many_numbers")
        }
    }
}
