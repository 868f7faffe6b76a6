import PlateRules
import Testing

@testable import PlateEngine

/// Phase 2 (selection), one test per behaviour of the seed article. The fixture publishes A00–A09
/// (open to both modes) and A10–A19 (random-only for 7 days) at the start.
@Suite("Phase 2: selection")
struct PhaseTwoTests {
    @Test("phase 2 opens only inside the service hours, saying when it opens")
    func serviceHours() throws {
        let (engine, sms) = EngineFixture.engine()
        var driver = Driver(engine: engine, sms: sms)
        driver.time = EngineFixture.at("2026-12-01T22:59")
        let id = try driver.basicInfo()
        #expect(
            engine.startSelection(id, at: EngineFixture.at("2026-12-01T23:00"))
                == .failure(.outsideServiceHours(opensAt: EngineFixture.at("2026-12-02T08:00"))))
    }

    @Test("the identity confirm button counts down first")
    func identityCountdown() throws {
        let (engine, sms) = EngineFixture.engine()
        var driver = Driver(engine: engine, sms: sms)
        let id = try driver.basicInfo()
        let check = try engine.startSelection(id, at: driver.tick(1)).get()
        #expect(check.countdownEnds == driver.time.adding(seconds: 10))
        let code = sms.latestCode(for: driver.user.phone)!
        #expect(sms.delivered.last?.purpose == .identity)
        #expect(
            engine.confirmIdentity(id, code: code, at: driver.tick(4)) == .failure(.countdownRunning(secondsLeft: 6)))
        let screen = try engine.confirmIdentity(id, code: code, at: driver.tick(6)).get()
        #expect(
            screen
                == SelectionScreen(
                    mode: .selfCompose, selfComposeRemaining: 6, perConfirm: 3, drawsRemaining: 2,
                    confirmAllowedAt: driver.time.adding(seconds: 8)))
    }

    @Test("the keyboard enables only keys that lead to a number of a segment open to self-compose")
    func keyboard() throws {
        let (engine, sms) = EngineFixture.engine()
        var driver = Driver(engine: engine, sms: sms)
        let id = try driver.selection()
        // A00–A09 are open to self-compose; A10–A19 are random-only for 7 days.
        #expect(try engine.keyboard(id, prefix: "", at: driver.time).get().enabled == ["A"])
        #expect(try engine.keyboard(id, prefix: "A", at: driver.time).get().enabled == ["0"])
        #expect(try engine.keyboard(id, prefix: "A0", at: driver.time).get().enabled == Array("0123456789"))
        #expect(try engine.keyboard(id, prefix: "B", at: driver.time).get().enabled.isEmpty)
        // The cursor types the same prefix key by key.
        var cursor = try engine.keyboardCursor(id, at: driver.time).get()
        #expect(cursor.keys.enabled == ["A"])
        #expect(cursor.press(UInt8(ascii: "A")).enabled == ["0"])
        #expect(cursor.press(UInt8(ascii: "0")).enabled == Array("0123456789"))
        #expect(cursor.press(UInt8(ascii: "7")).isComplete && cursor.text == "A07")
    }

    @Test("the keyboard cursor is refused off the self-compose tab and for unknown sessions")
    func keyboardCursorNeedsTheSelfComposeTab() throws {
        let (engine, sms) = EngineFixture.engine()
        var driver = Driver(engine: engine, sms: sms)
        let id = try driver.selection()
        _ = try engine.switchMode(id, to: .random, at: driver.tick(1)).get()
        guard case .failure(.wrongStep(let expected, let current)) = engine.keyboardCursor(id, at: driver.time) else {
            Issue.record("a cursor on the random tab")
            return
        }
        #expect(expected == [.selfCompose] && current == .random)
        guard case .failure(.unknownApplication) = engine.keyboardCursor(ApplicationID(9999), at: driver.time) else {
            Issue.record("a cursor for no session")
            return
        }
    }

    @Test("a listener may call back into the engine: a step's events arrive after the step, in order")
    func listenersMayCallBack() throws {
        let (engine, sms) = EngineFixture.engine()
        var driver = Driver(engine: engine, sms: sms)
        let id = try driver.selection()
        var seen: [String] = []
        engine.onEvent = { event in
            switch event.kind {
            case .reserved(let reservation):
                // The step is over: its session shows the reservation, and closing it is allowed.
                if case .done(let done)? = engine.application(reservation.application)?.stage {
                    seen.append("reserved " + done.serial)
                }
                engine.close(reservation.application, at: reservation.reservedAt)
            case .pool: seen.append("pool")
            default: seen.append("other")
            }
        }
        _ = try engine.confirmSelfCompose(id, numbers: ["A05"], at: driver.tick(8)).get()
        #expect(seen.first == "reserved A05")
        #expect(engine.application(id) == nil)
        // Events of the step come in the order the log keeps.
        let logged = engine.events.suffix(seen.count).map { event -> String in
            if case .reserved(let r) = event.kind { return "reserved " + r.serial }
            if case .pool = event.kind { return "pool" }
            return "other"
        }
        #expect(logged == seen)
    }

    @Test("confirm waits for the interval and for complete numbers")
    func confirmNeedsIntervalAndCompleteNumbers() throws {
        let (engine, sms) = EngineFixture.engine()
        var driver = Driver(engine: engine, sms: sms)
        let id = try driver.selection()
        #expect(
            engine.confirmSelfCompose(id, numbers: ["A00"], at: driver.tick(3))
                == .failure(.countdownRunning(secondsLeft: 5)))
        #expect(
            engine.confirmSelfCompose(id, numbers: ["A00", "A0"], at: driver.tick(5))
                == .failure(.incompleteNumber(entry: 2)))
        #expect(
            engine.confirmSelfCompose(id, numbers: ["A00", "A01", "A02", "A03"], at: driver.time)
                == .failure(.tooManyNumbers(max: 3)))
        #expect(engine.file(vin: EngineFixture.vin(1))?.selfComposeUsed == 0)
    }

    @Test("numbers are checked in the order entered and the first available one is reserved")
    func firstAvailableInOrder() throws {
        let (engine, sms) = EngineFixture.engine()
        var first = Driver(engine: engine, sms: sms)
        var (b, second) = try first.rivalAfterReserving("A05")
        let reservation = try engine.confirmSelfCompose(b, numbers: ["A05", "A07", "A06"], at: second.tick(8)).get()
        #expect(reservation.serial == "A07")
        #expect(reservation.plate == "冀H·A07")
        #expect(reservation.mode == .selfCompose)
        #expect(engine.application(b)?.stage == .done(reservation))
        #expect(engine.pool(reservation.pool)?.availability(of: "A06") == .available(selfCompose: true, random: true))
    }

    @Test("a number the keyboard does not offer here (random-only, or not published) is refused and uses no chance")
    func notOfferedCostsNothing() throws {
        let (engine, sms) = EngineFixture.engine()
        var driver = Driver(engine: engine, sms: sms)
        let id = try driver.selection()
        // A00–A09 opened to both modes; A10–A19 are random-only for 7 days; B… is not published yet.
        #expect(
            engine.pool(PoolKey(region: "test", office: "main", pool: "car"))?.availability(of: "A15")
                == .available(selfCompose: false, random: true))
        #expect(
            engine.confirmSelfCompose(id, numbers: ["A15", "A01"], at: driver.tick(8))
                == .failure(.notOffered(serial: "A15")))
        #expect(
            engine.confirmSelfCompose(id, numbers: ["B50"], at: driver.tick(1)) == .failure(.notOffered(serial: "B50")))
        #expect(engine.screen(id, at: driver.time).map(\.selfComposeRemaining) == .success(6))
        #expect(
            try engine.confirmSelfCompose(id, numbers: ["A01"], at: driver.tick(1)).get().serial == "A01",
            "no countdown was restarted")
    }

    @Test("all taken costs the numbers tried and restarts the countdown")
    func allTakenCostsAndRestarts() throws {
        let (engine, sms) = EngineFixture.engine()
        var first = Driver(engine: engine, sms: sms)
        var (b, second) = try first.rivalAfterReserving("A01", "A02")
        #expect(
            engine.confirmSelfCompose(b, numbers: ["A01", "A02"], at: second.tick(8))
                == .failure(.allTaken(tried: ["A01", "A02"], remaining: 4)))
        #expect(
            engine.confirmSelfCompose(b, numbers: ["A02"], at: second.tick(7))
                == .failure(.countdownRunning(secondsLeft: 1)))
        #expect(engine.screen(b, at: second.time).map(\.selfComposeRemaining) == .success(4))
    }

    @Test(
        "a number entered twice in one confirm is refused before the check: no chance used, no countdown restarted, no event"
    )
    func repeatedEntryCostsNothing() throws {
        let (engine, sms) = EngineFixture.engine()
        var first = Driver(engine: engine, sms: sms)
        var (b, second) = try first.rivalAfterReserving("A01", "A02")
        let events = engine.events.count
        #expect(
            engine.confirmSelfCompose(b, numbers: ["A01", "A02", "A01"], at: second.tick(8))
                == .failure(.repeatedNumber(serial: "A01", entry: 3, repeats: 1)))
        #expect(
            engine.confirmSelfCompose(b, numbers: ["A03", "A02", "A02"], at: second.time)
                == .failure(.repeatedNumber(serial: "A02", entry: 3, repeats: 2)))
        #expect(engine.screen(b, at: second.time).map(\.selfComposeRemaining) == .success(6))
        #expect(!engine.events[events...].contains { if case .selfComposeConfirmed = $0.kind { true } else { false } })
        // Without the repeat, at once (no countdown was restarted): two taken, the third reserved.
        #expect(
            try engine.confirmSelfCompose(b, numbers: ["A01", "A02", "A03"], at: second.time).get().serial == "A03")
    }

    @Test(
        "on the published-pool keyboard a number someone reserved can still be typed in full, and fails only at confirm"
    )
    func publishedKeyboardOffersTakenNumbers() throws {
        let (engine, sms) = EngineFixture.engine()
        var first = Driver(engine: engine, sms: sms)
        var (b, second) = try first.rivalAfterReserving("A01", "A02")
        #expect(try engine.keyboard(b, prefix: "A0", at: second.time).get().enabled == Array("0123456789"))
        var cursor = try engine.keyboardCursor(b, at: second.time).get()
        for key in "A01".utf8 { cursor.press(key) }
        #expect(cursor.keys.isComplete && cursor.text == "A01")
        // Confirmed with another taken-looking entry after it: both are tried, both cost, the countdown restarts.
        let confirmed = second.tick(8)
        #expect(
            engine.confirmSelfCompose(b, numbers: ["A01", "A02"], at: confirmed)
                == .failure(.allTaken(tried: ["A01", "A02"], remaining: 4)))
        #expect(try engine.screen(b, at: second.time).get().confirmAllowedAt == confirmed.adding(seconds: 8))
        guard
            case .selfComposeConfirmed(b, let judged)? = engine.events.last(where: {
                if case .selfComposeConfirmed = $0.kind { true } else { false }
            })?.kind
        else {
            Issue.record("no confirm event")
            return
        }
        #expect(
            judged == SelfComposeConfirm(attempt: 1, entered: ["A01", "A02"], tried: 2, reserved: nil, remaining: 4))
    }

    @Test("on a keyboard of available numbers (keyboard: available) a reserved number cannot be typed")
    func availableKeyboardHidesTakenNumbers() throws {
        let (engine, sms) = EngineFixture.engine(
            "\nchanges:\n  - {from: 2026-12-01, set: {self_compose.keyboard: available}}\n")
        var first = Driver(engine: engine, sms: sms)
        var (b, second) = try first.rivalAfterReserving("A01")
        #expect(try engine.keyboard(b, prefix: "A0", at: second.time).get().enabled == Array("023456789"))
        var cursor = try engine.keyboardCursor(b, at: second.time).get()
        for key in "A0".utf8 { cursor.press(key) }
        #expect(!cursor.keys.allows("1"))
        #expect(!cursor.press(UInt8(ascii: "1")).isComplete)
        // At confirm the check is the same: a number taken since it was typed still costs its chance.
        #expect(
            engine.confirmSelfCompose(b, numbers: ["A01"], at: second.tick(8))
                == .failure(.allTaken(tried: ["A01"], remaining: 5)))
    }

    @Test("the confirm countdown starts whenever the self-compose page is entered, coming back from random too")
    func countdownRestartsOnReturnFromRandom() throws {
        let (engine, sms) = EngineFixture.engine()
        var driver = Driver(engine: engine, sms: sms)
        let id = try driver.selection()
        _ = try engine.switchMode(id, to: .random, at: driver.tick(30)).get()
        let back = driver.tick(5)
        let screen = try engine.switchMode(id, to: .selfCompose, at: back).get()
        #expect(screen.confirmAllowedAt == back.adding(seconds: 8))
        #expect(
            engine.confirmSelfCompose(id, numbers: ["A03"], at: driver.tick(3))
                == .failure(.countdownRunning(secondsLeft: 5)))
        // Pressing the tab already shown does not restart it.
        _ = try engine.switchMode(id, to: .selfCompose, at: driver.tick(1)).get()
        #expect(engine.confirmSelfCompose(id, numbers: ["A03"], at: driver.tick(4)).map(\.serial) == .success("A03"))
    }

    @Test("self-compose used up moves the user to random automatically; both used up sends them to the office")
    func quotasRunOut() throws {
        let (engine, sms) = EngineFixture.engine()
        var first = Driver(engine: engine, sms: sms)
        var (b, second) = try first.rivalAfterReserving("A01", "A02", "A03")
        _ = engine.confirmSelfCompose(b, numbers: ["A01", "A02", "A03"], at: second.tick(8))
        _ = engine.confirmSelfCompose(b, numbers: ["A01", "A02", "A03"], at: second.tick(8))
        #expect(engine.application(b)?.stage == .selecting(.random))
        #expect(engine.events.contains { $0.kind == .movedToRandom(b) })
        var generator = Xoshiro256(seed: 1)
        _ = try engine.draw(b, generator: &generator, at: second.tick(1)).get()
        _ = try engine.draw(b, generator: &generator, at: second.tick(1)).get()
        #expect(engine.draw(b, generator: &generator, at: second.tick(1)) == .failure(.drawsUsedUp))
        #expect(engine.application(b)?.stage == .goToOffice)
        #expect(engine.events.contains { $0.kind == .sentToOffice(b) })
        #expect(
            engine.reenter(user: second.user, region: "test", vin: EngineFixture.vin(2), at: second.tick(60))
                == .failure(.goToOffice))
        // The refused re-entry is recorded against the session it opened, which is then closed.
        let last = Array(engine.events.suffix(2).map(\.kind))
        guard case .stepRejected(let reentry, .goToOffice) = last[0],
            case .sessionClosed(reentry, second.user.subject, let use) = last[1]
        else {
            Issue.record("re-entry refusal not recorded: \(last)")
            return
        }
        #expect(reentry != b)
        #expect(use == nil, "the refused session never reached the VIN's file")
    }

    @Test(
        "another batch with no draw left keeps a live backup confirmable; only with none is the user sent to the office"
    )
    func lastDrawKeepsTheBackup() throws {
        let (engine, sms) = EngineFixture.engine()
        var first = Driver(engine: engine, sms: sms)
        var (b, second) = try first.rivalAfterReserving("A01", "A02", "A03")
        _ = engine.confirmSelfCompose(b, numbers: ["A01", "A02", "A03"], at: second.tick(8))
        _ = engine.confirmSelfCompose(b, numbers: ["A01", "A02", "A03"], at: second.tick(8))
        var generator = Xoshiro256(seed: 1)
        _ = try engine.draw(b, generator: &generator, at: second.tick(1)).get()
        let batch = try engine.draw(b, generator: &generator, at: second.tick(1)).get()
        _ = try engine.keepBackup(b, serial: batch.candidates[0], at: second.tick(1)).get()
        // "Another batch" with none left: refused, and the backup stays.
        #expect(engine.draw(b, generator: &generator, at: second.tick(1)) == .failure(.drawsUsedUp))
        #expect(engine.application(b)?.stage == .selecting(.random))
        #expect(
            engine.confirmBackup(b, serial: batch.candidates[0], at: second.tick(1)).map(\.serial)
                == .success(batch.candidates[0]))
    }

    @Test("a draw shows a batch of candidates with an expiry and costs one draw; without-4 draws avoid 4")
    func drawBatch() throws {
        let (engine, sms) = EngineFixture.engine()
        var driver = Driver(engine: engine, sms: sms)
        let id = try driver.selection()
        var generator = Xoshiro256(seed: 3)
        let batch = try engine.draw(id, withoutFour: true, generator: &generator, at: driver.tick(1)).get()
        #expect(batch.candidates.count == 4 && Set(batch.candidates).count == 4)
        #expect(batch.candidates.allSatisfy { !$0.contains("4") && $0.hasPrefix("A") && Int($0.dropFirst())! < 20 })
        #expect(batch.expiresAt == driver.time.adding(seconds: 90))
        #expect(engine.screen(id, at: driver.time).map(\.drawsRemaining) == .success(1))
        #expect(engine.application(id)?.stage == .selecting(.random))
    }

    @Test("a backup is kept from a batch with its own longer expiry; only an unexpired backup can be confirmed")
    func backups() throws {
        let (engine, sms) = EngineFixture.engine()
        var driver = Driver(engine: engine, sms: sms)
        let id = try driver.selection()
        var generator = Xoshiro256(seed: 3)
        let batch = try engine.draw(id, generator: &generator, at: driver.tick(1)).get()
        #expect(engine.keepBackup(id, serial: "B99", at: driver.tick(1)) == .failure(.notInBatch("B99")))
        let backup = try engine.keepBackup(id, serial: batch.candidates[2], at: driver.time).get()
        #expect(backup.expiresAt == driver.time.adding(seconds: 180))
        #expect(engine.keepBackup(id, serial: batch.candidates[1], at: driver.time) == .failure(.backupAlreadyKept))
        #expect(engine.keepBackup(id, serial: batch.candidates[1], at: driver.tick(100)) == .failure(.batchExpired))
        #expect(
            engine.confirmBackup(id, serial: backup.serial, at: driver.tick(80))
                == .failure(.backupExpired(backup.serial)))
    }

    @Test("another batch costs a draw; a backup from an earlier batch can still be confirmed")
    func anotherBatch() throws {
        let (engine, sms) = EngineFixture.engine()
        var driver = Driver(engine: engine, sms: sms)
        let id = try driver.selection()
        var generator = Xoshiro256(seed: 5)
        let first = try engine.draw(id, generator: &generator, at: driver.tick(1)).get()
        let backup = try engine.keepBackup(id, serial: first.candidates[0], at: driver.tick(1)).get()
        let second = try engine.draw(id, generator: &generator, at: driver.tick(1)).get()
        #expect(second.number == 2)
        #expect(engine.screen(id, at: driver.time).map(\.drawsRemaining) == .success(0))
        let reservation = try engine.confirmBackup(id, serial: backup.serial, at: driver.tick(30)).get()
        #expect(reservation.serial == backup.serial && reservation.mode == .random)
    }

    @Test("the user may switch back from random to self-compose")
    func switchBack() throws {
        let (engine, sms) = EngineFixture.engine()
        var driver = Driver(engine: engine, sms: sms)
        let id = try driver.selection()
        var generator = Xoshiro256(seed: 5)
        _ = try engine.draw(id, generator: &generator, at: driver.tick(1)).get()
        let screen = try engine.switchMode(id, to: .selfCompose, at: driver.tick(1)).get()
        #expect(screen.mode == .selfCompose && screen.selfComposeRemaining == 6)
        #expect(screen.confirmAllowedAt == driver.time.adding(seconds: 8))
        _ = try engine.confirmSelfCompose(id, numbers: ["A03"], at: driver.tick(8)).get()
    }

    @Test("done shows the reserved number and its validity in working days from the next day")
    func doneWithValidity() throws {
        let (engine, sms) = EngineFixture.engine()
        var driver = Driver(engine: engine, sms: sms)
        driver.time = EngineFixture.at("2026-12-31T10:00")  // Thursday; 2027-01-01..03 are holidays
        let id = try driver.selection()
        let reservation = try engine.confirmSelfCompose(id, numbers: ["A00"], at: driver.tick(8)).get()
        // Working days from the next day: Jan 4 (Mon), 5, 6 → valid through 2027-01-06.
        #expect(reservation.lastValidDay == CivilDate(year: 2027, month: 1, day: 6))
        #expect(reservation.lapsesAt == EngineFixture.at("2027-01-07T00:00"))
    }
}
