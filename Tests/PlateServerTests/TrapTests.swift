import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import PlateServer

/// The traps a trainee fell into, each closed: what the page offers matches what the platform would accept.
@Suite("Practice site: traps")
struct TrapTests {
    @Test("typed VIN and credential come back after an error; the code appears only after 获取验证码")
    func fieldsKept() async throws {
        let (site, _) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client)
            _ = try await trainee.toVehicleStep()
            let refused = try await trainee.post(
                "vehicle", [("vin", SiteFixture.vin), ("credential_kind", "import_certificate"), ("credential", "ABC")])
            #expect(Trainee.reason(in: refused.body) == "credential_format")
            #expect(refused.body.contains("value=\"\(SiteFixture.vin)\"") && refused.body.contains("value=\"ABC\""))
            #expect(refused.body.contains("<option value=\"import_certificate\" selected>"))
            #expect(refused.body.contains("<label for=\"credential\">"), "the credential number has a label of its own")
            // The "?" shows both papers with the VIN marked, drawn inline (no image is fetched).
            #expect(
                refused.body.contains("<svg class=\"vin-help\" role=\"img\"") && refused.body.contains("机动车整车出厂合格证")
                    && refused.body.contains("货物进口证明书") && refused.body.contains("车辆识别代号/车架号"))
            let sent = try await trainee.post(
                "vehicle",
                [("vin", SiteFixture.vin), ("credential_kind", "certificate"), ("credential", "ABCDE1234567890")])
            #expect(sent.body.contains("获取验证码") && Trainee.code(in: sent.body) == nil)
            let code = try #require(Trainee.code(in: try await trainee.post("getcode").body))
            let wrong = try await trainee.post("code", [("code", "99999")])
            #expect(
                Trainee.reason(in: wrong.body) != nil && wrong.body.contains("value=\"99999\""), "the typed code stays")
            let notes = try await trainee.post("code", [("code", code)])
            #expect(notes.body.contains("选号服务说明"))
        }
    }

    @Test("another batch is disabled with no draw left, and pressing it anyway keeps a live backup; 不含4 stays ticked")
    func lastDraw() async throws {
        let (site, _) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client, situation: "self_compose_used_up")
            _ = try await trainee.post("enter")
            var page = try await trainee.post("draw", [("without_four", "1")]).body
            #expect(page.contains("name=\"without_four\" value=\"1\" checked"))
            for _ in 0..<4 { page = try await trainee.post("draw", [("without_four", "1")]).body }
            let last = Trainee.candidates(in: page)
            page = try await trainee.post("keep", [("serial", last[0])]).body
            #expect(page.contains("id=\"draw\" disabled") && page.contains("备选号码在有效期内仍可确认选用"))
            let pressed = try await trainee.post("draw")
            #expect(Trainee.reason(in: pressed.body) == "draws_used_up" && !pressed.body.contains("请到车管所办理"))
            let done = try await trainee.post("confirm-backup", [("serial", last[0])])
            #expect(done.body.contains("号牌无效") && done.body.contains(last[0]))
        }
    }

    @Test("leaving mid-selection and coming back goes through 选号服务说明 and a new identity check, as the seed says")
    func reentry() async throws {
        let (site, clock) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client)
            _ = try await trainee.confirmIdentity(try await trainee.throughPhaseOne(), clock: clock)
            _ = try await trainee.post("mode", [("mode", "random")])
            _ = try await trainee.post("draw")
            let away = try await trainee.post("leave")
            #expect(away.body.contains("再次进入预选号牌业务"))
            clock.advance(seconds: 60)
            let notes = try await trainee.post("reenter")
            #expect(
                notes.body.contains("选号服务说明") && notes.body.contains("class=\"remaining-draws\">4<"),
                "the draw used is kept")
            let identity = try await trainee.post("begin")
            #expect(identity.body.contains("本人选号手机验证") && identity.body.contains("获取验证码"))
        }
    }

    @Test("countdown ends disable keep and confirm in the page, announce themselves, and read at 4.5:1 or more")
    func countdownEnds() async throws {
        let (site, clock) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client)
            _ = try await trainee.confirmIdentity(try await trainee.throughPhaseOne(), clock: clock)
            _ = try await trainee.post("mode", [("mode", "random")])
            let batch = Trainee.candidates(in: try await trainee.post("draw").body)
            let page = try await trainee.post("keep", [("serial", batch[0])]).body
            #expect(page.contains("data-disables=\"button.keep\"") && page.contains("class=\"secondary keep\""))
            #expect(page.contains("data-disables=\"#backup-0\"") && page.contains("id=\"backup-0\""))
            #expect(page.contains("aria-live=\"polite\"") && page.contains("role=\"timer\""))
            let script = String(buffer: try await client.execute(uri: Layout.scriptPath, method: .get).body)
            #expect(script.contains("dataset.disables") && script.contains("live.dataset.ended"))
            // Keys without a page load: the script posts keyboard forms with fetch, which the policy allows to this
            // site only.
            #expect(
                script.contains("fetch(f.action") && PracticeRoutes.contentSecurityPolicy.contains("connect-src 'self'")
            )
        }
        // White on the countdown's red: the WCAG contrast ratio from relative luminance.
        func luminance(_ hex: String) -> Double {
            let value = Int(hex, radix: 16)!
            func linear(_ byte: Int) -> Double {
                let c = Double(byte) / 255
                return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
            }
            let r: Double = linear(value >> 16)
            let g: Double = linear((value >> 8) & 0xFF)
            let b: Double = linear(value & 0xFF)
            return 0.2126 * r + 0.7152 * g + 0.0722 * b
        }
        let red = try #require(Layout.template.firstMatch(of: /\.countdown\{[^}]*background:#([0-9a-f]{6})/)).1
        #expect((luminance("ffffff") + 0.05) / (luminance(String(red)) + 0.05) >= 4.5)
    }

    @Test("a number typed twice is marked as it is typed, and confirm refuses it before checking anything, at no cost")
    func repeatedEntry() async throws {
        let (site, clock) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client)
            var page = try await trainee.confirmIdentity(try await trainee.throughPhaseOne(), clock: clock)
            page = try await trainee.typeFirstAvailableNumber(page)
            let typed = String(try #require(page.firstMatch(of: /class="plate active">冀H·([0-9A-Z]+)</)).1)
            let left = String(try #require(page.firstMatch(of: /class="remaining-self">(\d+)</)).1)
            #expect(!page.contains("data-reason=\"repeated_number\""))
            page = try await trainee.post("add").body
            for key in typed { page = try await trainee.post("key", [("key", String(key))]).body }
            #expect(
                page.contains("<span class=\"repeat\" data-reason=\"repeated_number\">与第 1 个号码重复</span>"),
                "the page says which entry repeats")
            clock.advance(seconds: 8)
            let refused = try await trainee.post("compose").body
            #expect(refused.contains("第 2 个号码与第 1 个相同（\(typed)），请修改后再确认；未扣减自编次数。"), "\(refused)")
            #expect(refused.contains("class=\"remaining-self\">\(left)<"), "no chance used")
            // Changed, it is judged: the first number is reserved at once (no countdown was restarted).
            page = try await trainee.post("erase").body
            let keys = page.matches(of: /name="key" value="(.)"><button type="submit" class="key">/).map {
                String($0.1)
            }
            let other = try #require(keys.first { $0 != String(typed.last!) })
            page = try await trainee.post("key", [("key", String(other))]).body
            let done = try await trainee.post("compose").body
            #expect(done.contains("号牌无效") && done.contains(typed), "\(done)")
        }
    }

    @Test("a keyboard with every key off says why")
    func emptyKeyboard() async throws {
        let (site, clock) = SiteFixture.site(book: SiteFixture.availableKeyboardBook)
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client, situation: "pool_nearly_exhausted", speed: 10)
            let page = try await trainee.confirmIdentity(try await trainee.throughPhaseOne(), clock: clock)
            // Three numbers are left, none of them open to self-compose on a live keyboard: every key is off.
            #expect(page.matches(of: /name="key" value="(.)"><button type="submit" class="key">/).isEmpty)
            #expect(page.contains("data-reason=\"keyboard_empty\"") && page.contains("号池中已没有可自编的号码"))
        }
    }
}
