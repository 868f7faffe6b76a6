import PlateEngine
import PlateRules
import Testing

@testable import PlateServer

/// Messages speak of places and steps by their names, never by the identifiers of the rules or the engine.
@Suite("Practice site: names in messages")
struct MessageNamesTests {
    static let day = CivilDate(year: 2027, month: 1, day: 4)!
    static let instant = Instant(iso8601: "2027-01-04T10:00:00+08:00")!

    /// Every rejection that carries a region, office or step, with ids of the bundled rules.
    static let rejections: [Rejection] = [
        .unknownRegion("hebei-baoding"),
        .localityNotAllowed(kind: .newVehicleOwner, home: "other-region", region: "hebei-chengde"),
        .wrongStep(expected: [.readingNotice, .selfCompose], current: .identityCheck), .unknownOffice("chengde-main"),
        .unknownOffice("nowhere-office"), .vehicleKindNotOffered(.largeNEV, office: "chengde-main"), .goToOffice,
    ]

    @Test("no identifier (hebei-chengde, reading_notice, self_compose) appears in a message, in either language")
    func noIdentifiers() {
        let names = ["hebei-chengde": "承德市", "chengde-main": "承德市车管所"]
        for rejection in Self.rejections {
            let text = RejectionMessages.text(rejection, zone: UTCOffset(seconds: 8 * 3600), names: names)
            let identifiers =
                ["hebei-chengde", "hebei-baoding", "other-region", "chengde-main", "nowhere-office"]
                + Application.Stage.Name.allCases.map(\.rawValue).filter { $0.contains("_") }
            for message in [text.zh, text.en] {
                #expect(!identifiers.contains { message.contains($0) }, "\(rejection.name): \(message)")
                #expect(message.firstMatch(of: /[a-z]+_[a-z]+/) == nil, "\(rejection.name): \(message)")
            }
            #expect(text.zh.firstMatch(of: /[a-z]+-[a-z]+/) == nil, "\(rejection.name): \(text.zh)")
        }
        let locality = RejectionMessages.text(Self.rejections[1], zone: UTCOffset(seconds: 8 * 3600), names: names)
        #expect(locality.zh.contains("用户注册地（外地）") && locality.zh.contains("不能在承德市异地预选"), "\(locality.zh)")
        let step = RejectionMessages.text(Self.rejections[2], zone: UTCOffset(seconds: 8 * 3600), names: names)
        #expect(step.zh.contains("阅读业务须知或自编选号") && step.zh.contains("当前：身份验证"), "\(step.zh)")
    }
}
