import Hummingbird
import HummingbirdTesting
import PlateEngine
import PlateRules
import Testing

@testable import PlateServer

/// Others select in each trainee's world: popular numbers go, "all N numbers already pre-selected" happens, and
/// the move to random is shown as it happens.
@Suite("Practice site: others selecting")
struct CrowdTests {
    @Test("applicants like lucky digits and repeats and avoid 4")
    func appeal() {
        #expect(PracticeCrowd.appeal("88888") > PracticeCrowd.appeal("68168"))
        #expect(PracticeCrowd.appeal("68168") > PracticeCrowd.appeal("12357"))
        #expect(PracticeCrowd.appeal("12357") > PracticeCrowd.appeal("14443") || PracticeCrowd.appeal("14443") < 0)
    }

    @Test("others take numbers in a trainee's own world as the trainee's clock runs, and nowhere else")
    func ownWorld() async throws {
        let (site, clock) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let a = try await Trainee.start(client)
            let b = try await Trainee.start(client)
            #expect(await !site.shareWorld(a.id, b.id), "each trainee has a world of its own")
            let before = try #require(
                await site.reservedCount(session: a.id, office: "chengde-main", pool: "small-car"))
            let other = try #require(await site.reservedCount(session: b.id, office: "chengde-main", pool: "small-car"))
            clock.advance(seconds: 600)
            _ = try await a.get()
            let after = try #require(await site.reservedCount(session: a.id, office: "chengde-main", pool: "small-car"))
            // Two a minute in each pool: about 20 in ten minutes (a Poisson count; 5 to 40 leaves no room for chance).
            #expect((5...40).contains(after - before), "\(after - before) taken in 10 minutes")
            #expect(
                await site.reservedCount(session: b.id, office: "chengde-main", pool: "small-car") == other,
                "b has not looked since: its world waits for its own clock")
        }
    }

    @Test(
        "popular numbers going fast: typed numbers others took are all taken at confirm, the count drops by N, and the last chances move the trainee to random"
    )
    func allTaken() async throws {
        let (site, clock) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client, situation: "popular_going_fast")
            var page = try await trainee.confirmIdentity(try await trainee.throughPhaseOne(), clock: clock)
            // Numbers the rush took that the published-pool keyboard still lets the trainee type.
            let taken = await site.takenTypable(session: trainee.id).sorted {
                PracticeCrowd.appeal($0) > PracticeCrowd.appeal($1)
            }
            #expect(taken.count >= 10, "the rush took popular numbers: \(taken.count)")
            #expect(taken.prefix(10).allSatisfy { PracticeCrowd.appeal($0) >= 5 }, "\(taken.prefix(10))")
            var remaining = 10
            for round in 0..<2 {
                let five = Array(taken[(5 * round)..<(5 * round + 5)])
                for (n, serial) in five.enumerated() {
                    if n > 0 { page = try await trainee.post("add").body }
                    for key in serial { page = try await trainee.post("key", [("key", String(key))]).body }
                }
                clock.advance(seconds: 8)
                page = try await trainee.post("compose").body
                remaining -= 5
                #expect(
                    Trainee.reason(in: page) == "all_taken" && page.contains("剩余自编次数 \(remaining) 次"),
                    "\(Trainee.reason(in: page) ?? "")")
            }
            // 承德's 2027 rules give 10 chances: both rounds used them up, and the platform moved on by itself.
            #expect(page.contains("data-reason=\"moved_to_random\"") && page.contains("系统已自动转入随机选号"))
            #expect(page.contains("随机一次") && page.contains("class=\"remaining-self\">0<"))
        }
    }
}

@Suite("Practice site: the platform's practice page")
struct PlatformPracticeTests {
    @Test("the first confirm finds every entered number taken and lowers the count; the next reserves its first number")
    func allTakenOnce() async throws {
        let (site, clock) = SiteFixture.site()
        try await SiteFixture.app(site).test(.router) { client in
            let trainee = try await Trainee.start(client, situation: "platform_practice")
            var page = try await trainee.confirmIdentity(try await trainee.throughPhaseOne(), clock: clock)
            let free = await site.availableTypable(session: trainee.id)
            #expect(free.count >= 4, "free numbers to type: \(free.count)")
            func confirm(_ numbers: ArraySlice<String>) async throws {
                for (n, serial) in numbers.enumerated() {
                    if n > 0 { page = try await trainee.post("add").body }
                    for key in serial { page = try await trainee.post("key", [("key", String(key))]).body }
                }
                clock.advance(seconds: 8)
                page = try await trainee.post("compose").body
            }
            let remaining = { (page: String) in page.firstMatch(of: /class="remaining-self">(\d+)</).map { Int($0.1)! }
            }
            let before = try #require(remaining(page))
            try await confirm(free.prefix(2))
            #expect(Trainee.reason(in: page) == "all_taken", "free numbers, all taken at the first confirm")
            #expect(remaining(page) == before - 2, "the count drops by the numbers entered")
            try await confirm(free[2..<4])
            #expect(Trainee.reason(in: page) == nil && page.contains(free[2]), "the second confirm reserves its first")
        }
    }
}
