import HummingbirdTesting
import PlateEngine
import PlateRules
import PlateTestSupport
import Testing

@testable import PlateServer

/// Each rejection reaches the trainee as a clear message in both languages.
@Suite("Practice site: rejections and trainer situations")
struct RejectionTests {
    @Test("invalid VIN, credential format and wrong SMS code")
    func phaseOneRejections() async throws {
        let (site, _) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client)
            _ = try await trainee.toVehicleStep()
            let short = try await trainee.post(
                "vehicle", [("vin", "LFV3A23"), ("credential_kind", "certificate"), ("credential", "ABCDE1234567890")])
            #expect(Trainee.reason(in: short.body) == "invalid_vin" && short.body.contains("车辆识别代号应为17位"))
            var wrongCheck = Array(SiteFixture.vin)
            wrongCheck[8] = wrongCheck[8] == "1" ? "2" : "1"
            let check = try await trainee.post(
                "vehicle",
                [("vin", String(wrongCheck)), ("credential_kind", "certificate"), ("credential", "ABCDE1234567890")])
            #expect(Trainee.reason(in: check.body) == "invalid_vin" && check.body.contains("校验位"))
            let credential = try await trainee.post(
                "vehicle", [("vin", SiteFixture.vin), ("credential_kind", "certificate"), ("credential", "ABC")])
            #expect(Trainee.reason(in: credential.body) == "credential_format")
            _ = try await trainee.post(
                "vehicle",
                [("vin", SiteFixture.vin), ("credential_kind", "certificate"), ("credential", "ABCDE1234567890")])
            let sent = try await trainee.post("getcode")
            let code = try #require(Trainee.code(in: sent.body))
            let wrong = try await trainee.post("code", [("code", code == "111111" ? "222222" : "111111")])
            #expect(Trainee.reason(in: wrong.body) == "sms_code_wrong" && wrong.body.contains("短信验证码错误，还可尝试 4 次"))
            let resend = try await trainee.post("resend")
            #expect(Trainee.reason(in: resend.body) == "sms_resend_too_soon")
        }
    }

    @Test("the identity countdown is running; all entered numbers taken")
    func phaseTwoRejections() async throws {
        let (site, clock) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client)
            let identity = try await trainee.throughPhaseOne()
            let code = try #require(Trainee.code(in: identity))
            let early = try await trainee.post("identity", [("code", code)])
            #expect(Trainee.reason(in: early.body) == "countdown_running" && early.body.contains("倒计时未结束"))
            var page = try await trainee.confirmIdentity(identity, clock: clock)
            page = try await trainee.typeFirstAvailableNumber(page)
            let typed = try #require(page.firstMatch(of: /class="plate active">冀H·([0-9A-Z]+)</)).1
            // Someone else takes the number while the trainee types.
            #expect(await site.takeNumberFromOutside(String(typed), pooledFor: trainee.id))
            clock.advance(seconds: 8)
            let taken = try await trainee.post("compose")
            #expect(Trainee.reason(in: taken.body) == "all_taken" && taken.body.contains("剩余自编次数 9 次"))
            #expect(taken.body.contains("class=\"remaining-self\">9<"))
        }
    }

    @Test(
        "the keyboard follows the rule set: on the published pool a number someone else took is typed in full and refused at confirm"
    )
    func publishedKeyboard() async throws {
        let (site, clock) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client)
            var page = try await trainee.confirmIdentity(try await trainee.throughPhaseOne(), clock: clock)
            #expect(page.contains("已被他人预选的号码也能输入"))
            page = try await trainee.typeFirstAvailableNumber(page)
            let typed = String(try #require(page.firstMatch(of: /class="plate active">冀H·([0-9A-Z]+)</)).1)
            #expect(await site.takeNumberFromOutside(typed, pooledFor: trainee.id))
            page = try await trainee.post("clear").body
            for key in typed { page = try await trainee.post("key", [("key", String(key))]).body }
            #expect(page.contains("冀H·\(typed)") && page.contains("✓"), "the taken number types in full")
            clock.advance(seconds: 8)
            let refused = try await trainee.post("compose")
            #expect(Trainee.reason(in: refused.body) == "all_taken" && refused.body.contains("剩余自编次数 9 次"))
        }
    }

    @Test(
        "the keyboard follows the rule set: on a live keyboard (available) a number someone else took cannot be typed")
    func availableKeyboard() async throws {
        let (site, clock) = SiteFixture.site(book: SiteFixture.availableKeyboardBook)
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client)
            var page = try await trainee.confirmIdentity(try await trainee.throughPhaseOne(), clock: clock)
            #expect(page.contains("当前无法组成可预选号码的键不可用") && !page.contains("已被他人预选的号码也能输入"))
            page = try await trainee.typeFirstAvailableNumber(page)
            let typed = String(try #require(page.firstMatch(of: /class="plate active">冀H·([0-9A-Z]+)</)).1)
            #expect(await site.takeNumberFromOutside(typed, pooledFor: trainee.id))
            page = try await trainee.post("clear").body
            for key in typed.dropLast() { page = try await trainee.post("key", [("key", String(key))]).body }
            let last = try await trainee.post("key", [("key", String(typed.last!))])
            #expect(
                last.body.contains("当前不可用") && !last.body.contains("冀H·\(typed)<"),
                "the taken number's last key is disabled")
        }
    }

    @Test("trainer: another region refuses new-vehicle owners and organisations, admits the other kinds")
    func locality() async throws {
        let (site, _) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            for kind in UserKind.allCases {
                let trainee = try await Trainee.start(client, situation: "other_region", kind: kind.rawValue)
                let page = try await trainee.post("enter")
                switch kind {
                case .newVehicleOwner, .organisation:
                    #expect(Trainee.reason(in: page.body) == "locality_not_allowed")
                    #expect(page.body.contains(kind.chineseName) && page.body.contains("异地预选"))
                case .ownerDriver, .counterRegistered:
                    #expect(page.body.contains("基本信息"))
                }
            }
        }
    }

    @Test("trainer: a blacklisted user is refused at entry, in English too")
    func blacklisted() async throws {
        let (site, _) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client, situation: "blacklisted", lang: "en")
            let page = try await trainee.post("enter")
            #expect(Trainee.reason(in: page.body) == "blacklisted_until" && page.body.contains("You are blacklisted"))
        }
    }

    @Test("trainer: outside service hours, phase 1 works and selection is refused with the next opening")
    func outsideServiceHours() async throws {
        let (site, _) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client, situation: "outside_service_hours")
            _ = try await trainee.toVehicleStep()
            _ = try await trainee.post(
                "vehicle",
                [("vin", SiteFixture.vin), ("credential_kind", "certificate"), ("credential", "ABCDE1234567890")])
            let sent = try await trainee.post("getcode")
            _ = try await trainee.post("code", [("code", try #require(Trainee.code(in: sent.body)))])
            let refused = try await trainee.post("begin")
            #expect(Trainee.reason(in: refused.body) == "outside_service_hours" && refused.body.contains("08:00"))
        }
    }

    @Test("trainer: self-compose used up moves the trainee to random; the self-compose tab refuses")
    func selfComposeUsedUp() async throws {
        let (site, _) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client, situation: "self_compose_used_up")
            _ = try await trainee.post("enter")
            let page = try await trainee.get()
            #expect(
                page.body.contains("随机选号") && page.body.contains("class=\"remaining-self\">0<"),
                "\(page.body.suffix(2500))")
            let refused = try await trainee.post("mode", [("mode", "self_compose")])
            #expect(Trainee.reason(in: refused.body) == "self_compose_used_up")
        }
    }

    @Test("trainer: pool nearly exhausted shows a few numbers left and short batches")
    func poolNearlyExhausted() async throws {
        let (site, clock) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client, situation: "pool_nearly_exhausted", speed: 10)
            _ = try await trainee.post("enter")
            let pool = try await trainee.get("/pool?office=chengde-main&vehicle=small_car")
            #expect(pool.body.contains("class=\"available-random\">3<"))
            let identity = try await trainee.throughPhaseOne()
            _ = try await trainee.confirmIdentity(identity, clock: clock)
            _ = try await trainee.post("mode", [("mode", "random")])
            let page = try await trainee.post("draw")
            #expect(Trainee.candidates(in: page.body).count <= 3)
        }
    }

    @Test("every rejection has a Chinese and an English message")
    func everyRejectionHasAMessage() {
        let zone = UTCOffset(seconds: 8 * 3600)
        let at = SiteFixture.morning
        let date = at.date(in: zone)
        // Every reason, and the one with a variant worded apart (no opening within the calendar).
        let all = Rejection.examples(day: date, instant: at) + [.outsideServiceHours(opensAt: nil)]
        var names = Set<String>()
        for rejection in all {
            let text = RejectionMessages.text(rejection, zone: zone)
            #expect(!text.zh.isEmpty && !text.en.isEmpty && text.zh != text.en, "\(rejection.name)")
            #expect(text.zh.unicodeScalars.contains { $0.value > 0x4E00 }, "\(rejection.name) has Chinese")
            names.insert(rejection.name)
        }
        #expect(names == Set(RejectionReason.names))
    }
}

/// The random tab's timed and counted refusals.
@Suite("Practice site: random draws run out and expire")
struct RandomLimitTests {
    @Test("a batch expires after its countdown; a backup outlives it; draws run out, then the office")
    func expiryAndUsedUp() async throws {
        let (site, clock) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client, situation: "self_compose_used_up")
            _ = try await trainee.post("enter")
            var page = try await trainee.post("draw").body
            let first = Trainee.candidates(in: page)
            page = try await trainee.post("keep", [("serial", first[0])]).body
            clock.advance(seconds: 91)
            page = try await trainee.get().body
            #expect(page.contains("本批已过期"))
            let late = try await trainee.post("keep", [("serial", first[1])])
            #expect(
                Trainee.reason(in: late.body) == "batch_expired"
                    || Trainee.reason(in: late.body) == "backup_already_kept")
            for _ in 0..<4 { page = try await trainee.post("draw").body }
            #expect(page.contains("class=\"remaining-draws\">0<"))
            clock.advance(seconds: 100)
            let expired = try await trainee.post("confirm-backup", [("serial", first[0])])
            #expect(Trainee.reason(in: expired.body) == "backup_expired")
            let more = try await trainee.post("draw")
            // Both quotas gone: the refusal, and the page that sends the trainee to the office.
            #expect(Trainee.reason(in: more.body) == "draws_used_up" && more.body.contains("请到车管所办理"))
        }
    }
}
