import Foundation
import Testing

@testable import PlateRules

@Suite("Rule-set loading")
struct RuleSetLoaderTests {
    static let samples = ["hebei-chengde.yaml", "guangdong-shenzhen.yaml"]

    func path(_ name: String) -> String {
        FixtureFiles.sample.appendingPathComponent("regions/\(name)").path
    }

    func minimal() throws -> String { try FixtureFiles.text("valid", "minimal.yaml") }

    @Test("the sample rule sets load with no finding at all", arguments: samples)
    func samplesAreClean(name: String) throws {
        let result = try RuleSetLoader.load(file: path(name))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let book = try #require(result.book)
        #expect(book.base.pools.count == 3)
        #expect(book.base.offices.count >= 2)
        #expect(Set(book.base.eligibleVehicles) == Set(VehicleKind.allCases))
    }

    @Test("承德 carries the common values of the domain brief")
    func chengdeValues() throws {
        let rules = try #require(try RuleSetLoader.load(file: path("hebei-chengde.yaml")).book).base
        #expect(rules.region.province == "冀" && rules.region.authority == "H")
        #expect(rules.selfCompose == SelfComposeRules(total: 20, perConfirm: 5, confirmInterval: 8))
        #expect(
            rules.random
                == RandomDrawRules(
                    draws: 5, candidates: 10, batchExpires: 90, backupExpires: 180, withoutFourOption: true))
        #expect(rules.reservation.validFor == .workingDays(5))
        #expect(rules.blacklist.lasts == .years(2))
        #expect(rules.verification.sms.validFor == 300)
        #expect(rules.serviceHours.open == TimeOfDay("08:00"))
    }

    @Test("Shenzhen differs in quota, interval, validity and has a local format rule")
    func shenzhenContrasts() throws {
        let sz = try #require(try RuleSetLoader.load(file: path("guangdong-shenzhen.yaml")).book).base
        let cd = try #require(try RuleSetLoader.load(file: path("hebei-chengde.yaml")).book).base
        #expect(sz.selfCompose != cd.selfCompose)
        #expect(sz.selfCompose.confirmInterval != cd.selfCompose.confirmInterval)
        #expect(sz.reservation.validFor != cd.reservation.validFor)
        let format = try #require(sz.pool("small-car")).format
        #expect(format.lettersInFirst == LettersInFirst(positions: 3, exactly: 2))
        #expect(format.check("AB123") == .member(shapeIndex: 0))
        #expect(format.check("A1234") == .rejected(.lettersInFirst(positions: 3, exactly: 2, found: 1)))
    }

    @Test("defaults fill absent optional keys")
    func defaults() throws {
        let rules = try #require(RuleSetLoader.load(text: try minimal(), file: "m.yaml").book).base
        #expect(rules.region.utcOffset == UTCOffset(seconds: 8 * 3600))
        #expect(rules.calendar.weekend == [.sat, .sun])
        #expect(rules.locality.counterSigning.isEmpty)
        #expect(rules.pools[0].format.digits.count == 10)
    }

    @Test("dated changes give the rules in force at each instant")
    func datedChanges() throws {
        let text =
            try minimal()
            + "changes:\n  - {from: 2027-03-01, set: {self_compose.total: 10}}\n  - {from: \"2027-04-01T12:00+08:00\", set: {random: {draws: 2}}}\n"
        let book = try #require(RuleSetLoader.load(text: text, file: "m.yaml").book)
        let cst = UTCOffset(seconds: 8 * 3600)
        let feb = Instant(date: CivilDate(year: 2027, month: 2, day: 28)!, time: TimeOfDay("23:59:59")!, offset: cst)
        #expect(book.rules(at: feb).selfCompose.total == 20)
        #expect(book.rules(at: feb.adding(seconds: 1)).selfCompose.total == 10)
        let april = Instant(date: CivilDate(year: 2027, month: 4, day: 1)!, time: TimeOfDay("12:00")!, offset: cst)
        #expect(book.rules(at: april.adding(seconds: -1)).random.draws == 5)
        #expect(book.rules(at: april).random.draws == 2)
        // A mapping merges: the untouched random keys stay.
        #expect(book.rules(at: april).random.candidates == 10)
        #expect(book.rules(at: april).selfCompose.total == 10)
    }

    @Test("an overlay merges over every epoch and its errors point into the overlay file")
    func overlays() throws {
        let overlayText =
            "schema: platelab/changes/v1\nname: quota 10\nset:\n  self_compose.total: 10\n  pools.small-car.segments: {size: 50}\n"
        let overlay = try #require(ChangesLoader.load(text: overlayText, file: "o.yaml").overlay)
        let book = try #require(RuleSetLoader.load(text: try minimal(), file: "m.yaml", overlays: [overlay]).book)
        #expect(book.base.selfCompose.total == 10)
        #expect(book.base.pools[0].segments.size == 50)
        #expect(book.base.pools[0].segments.randomOnlyFor == .days(7))

        // A path or value wrong in itself is found in the overlay alone; one that breaks the rules only when laid over
        // them.
        let alone = ChangesLoader.load(
            text: "schema: platelab/changes/v1\nset:\n  self_compose.per_confirm: 30\n  random.drawz: 1\n",
            file: "bad.yaml")
        #expect(alone.overlay == nil)
        #expect(
            alone.diagnostics.map(\.location.line) == [4]
                && alone.diagnostics[0].message.contains("did you mean 'draws'?"), "\(alone.diagnostics)")
        let bad = try #require(
            ChangesLoader.load(
                text: "schema: platelab/changes/v1\nset:\n  self_compose.per_confirm: 30\n", file: "bad.yaml"
            ).overlay)
        let result = RuleSetLoader.load(text: try minimal(), file: "m.yaml", overlays: [bad])
        #expect(result.book == nil)
        let files = Set(result.diagnostics.map(\.location.file))
        #expect(files == ["bad.yaml"])
        #expect(
            result.diagnostics.contains {
                $0.location.line == 3 && $0.message.contains("30 numbers per confirm exceed")
            })
    }

    @Test("overlay files are validated on their own")
    func overlayFileValidation() {
        let result = ChangesLoader.load(text: "schema: platelab/changes/v1\nsett: {a: 1}\n", file: "o.yaml")
        #expect(result.overlay == nil)
        #expect(
            result.diagnostics.map(\.description).contains {
                $0.contains("o.yaml:2:1: error: sett: unknown key 'sett'; did you mean 'set'?")
            })
    }

    @Test("findings are rendered in the compiler format")
    func compilerFormat() throws {
        let text = try minimal().replacingOccurrences(of: "  per_confirm: 5", with: "  per_confrm: 5")
        let result = RuleSetLoader.load(text: text, file: "dir/x.yaml")
        #expect(
            result.diagnostics.map(\.description).first
                == "dir/x.yaml:26:3: error: self_compose.per_confrm: unknown key 'per_confrm'; did you mean 'per_confirm'? Allowed here: total, per_confirm, confirm_interval, keyboard, reference."
        )
    }
}
