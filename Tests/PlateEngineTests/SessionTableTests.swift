import Testing

@testable import PlateEngine

/// The engine's session table: lookups by id, in-place changes, trimming of closed sessions.
@Suite("Session table")
struct SessionTableTests {
    func session(_ id: Int) -> Application {
        Application(
            id: ApplicationID(id),
            user: UserAccount(subject: Subject(0), id: "u\(id)", kind: .newVehicleOwner, home: "r", phone: "p"),
            region: "r", regionSlot: 0, practice: false)
    }

    @Test("finds open sessions by id, skips gaps and closed ones")
    func lookups() {
        var table = SessionTable()
        table.insert(session(3))
        table.insert(session(5))
        #expect(table[ApplicationID(3)]?.id == ApplicationID(3))
        #expect(table[ApplicationID(4)] == nil)
        #expect(table[ApplicationID(5)]?.user.id == "u5")
        #expect(table[ApplicationID(2)] == nil)
        #expect(table[ApplicationID(6)] == nil)
        table.remove(ApplicationID(3))
        #expect(table[ApplicationID(3)] == nil)
        #expect(table[ApplicationID(5)]?.id == ApplicationID(5))
        #expect(table.count == 1)
        #expect(Set(table.all.keys) == [ApplicationID(5)])
    }

    @Test("changes a session in place")
    func modify() {
        var table = SessionTable()
        table.insert(session(1))
        let slot = table.slot(of: ApplicationID(1))!
        table[slot: slot].progress = .readingNotice(Choice(office: "o", vehicle: .smallCar, poolSlot: 0))
        #expect(table[ApplicationID(1)]?.stage == .readingNotice)
    }

    @Test("many sessions opened and closed in any order stay findable")
    func churn() {
        var table = SessionTable()
        var open: Set<Int> = []
        var rng = Xoshiro256(seed: 7)
        for id in 1...2_000 {
            table.insert(session(id))
            open.insert(id)
            // Close a random open session about as often as one opens, sometimes an old one.
            if let victim = open.sorted().dropFirst(Int(rng.next() % UInt64(open.count))).first, rng.next() % 4 != 0 {
                table.remove(ApplicationID(victim))
                open.remove(victim)
            }
        }
        #expect(table.count == open.count)
        for id in 1...2_000 {
            #expect((table[ApplicationID(id)] != nil) == open.contains(id))
        }
    }
}
