import Testing

@testable import PlateEngine
@testable import PlateRules

@Suite("Pool: virtual keyboard")
struct PoolKeyboardTests {
    /// The tiny pool with segments 00–03 and A0–A3 published and open (size 4, no random-only period).
    static func pool() -> NumberPool {
        let rules = PoolFixture.rules(randomOnlyFor: .seconds(0))
        let pool = PoolFixture.pool(rules)
        var generator = Xoshiro256(seed: 1)
        _ = pool.publish(segments: 1, rules: rules, at: PoolFixture.start, generator: &generator)
        // Segments 1–3 go to another office so this one's next segment is A0–A3.
        let other = PoolFixture.pool(rules, office: "other", allocator: pool.allocator)
        _ = other.publish(segments: 3, rules: rules, at: PoolFixture.start, generator: &generator)
        _ = pool.publish(segments: 1, rules: rules, at: PoolFixture.start, generator: &generator)
        return pool
    }

    @Test func keysFollowThePublishedNumbersInKeyboardOrder() {
        let pool = Self.pool()
        #expect(pool.keyboard(prefix: "", rule: .available).enabled == ["0", "A"])
        #expect(pool.keyboard(prefix: "0", rule: .available).enabled == ["0", "1", "2", "3"])
        #expect(pool.keyboard(prefix: "A", rule: .available).enabled == ["0", "1", "2", "3"])
        #expect(pool.keyboard(prefix: "1", rule: .available).isEmpty)
        #expect(pool.keyboard(prefix: "B", rule: .available).isEmpty)
        #expect(!pool.keyboard(prefix: "0", rule: .available).isComplete)
        let whole = pool.keyboard(prefix: "A2", rule: .available)
        #expect(whole.isComplete && whole.isEmpty)
        #expect(!pool.keyboard(prefix: "12", rule: .available).isComplete)
    }

    @Test func aCursorReadsThePoolLiveAsOthersTakeNumbers() {
        let pool = Self.pool()
        var cursor = KeyboardCursor(pool: pool, rule: .available)
        #expect(cursor.keys.enabled == ["0", "A"])
        #expect(cursor.press(UInt8(ascii: "A")).enabled == ["0", "1", "2", "3"])
        // Someone else takes A2 while this applicant is typing: the next press no longer offers it.
        #expect(pool.take("A2", mode: .selfCompose, at: PoolFixture.start) == .success(pool.index(of: "A2")!))
        #expect(cursor.press(UInt8(ascii: "2")).isComplete == false)
        var other = KeyboardCursor(pool: pool, rule: .available)
        other.press(UInt8(ascii: "A"))
        #expect(other.keys.enabled == ["0", "1", "3"])
        #expect(other.press(UInt8(ascii: "3")).isComplete && other.text == "A3")
        // Cleared, the cursor starts the next number from the first key.
        other.clear()
        #expect(other.text.isEmpty && other.keys == pool.keyboard(prefix: "", rule: .available))
        #expect(other.press(UInt8(ascii: "0")).enabled == ["0", "1", "2", "3"])
        // A key outside the alphabet leads nowhere, and nothing after it does either.
        var lost = KeyboardCursor(pool: pool, rule: .available)
        #expect(lost.press(UInt8(ascii: "I")).isEmpty && lost.press(UInt8(ascii: "0")).isEmpty && !lost.keys.isComplete)
    }

    @Test func digitsComeBeforeLettersWhateverTheFormatLists() {
        let format = PoolFixture.format(["X"], letters: "BA", digits: "10")
        let pool = PoolFixture.published(PoolFixture.rules(format, size: 4), segments: 1)
        #expect(pool.keyboard(prefix: "", rule: .available).enabled == ["1", "0", "B", "A"])
    }

    @Test func aKeyDisappearsExactlyWhenItsLastNumberIsTakenAndComesBackOnReturn() {
        let pool = Self.pool()
        for serial in ["00", "01", "02"] {
            _ = pool.take(serial, mode: .selfCompose, at: PoolFixture.start)
            #expect(pool.keyboard(prefix: "", rule: .available).enabled == ["0", "A"], "after \(serial)")
        }
        #expect(pool.keyboard(prefix: "0", rule: .available).enabled == ["3"])
        #expect(
            !pool.keyboard(prefix: "00", rule: .available).isComplete
                && pool.keyboard(prefix: "03", rule: .available).isComplete)
        _ = pool.take("03", mode: .random, at: PoolFixture.start)
        #expect(pool.keyboard(prefix: "", rule: .available).enabled == ["A"])
        #expect(pool.keyboard(prefix: "0", rule: .available).isEmpty)
        _ = pool.release(index: 1, reuseAt: PoolFixture.at(days: 1), at: PoolFixture.start)
        #expect(pool.keyboard(prefix: "", rule: .available).enabled == ["A"], "a cooling number stays off the keyboard")
        _ = pool.advance(to: PoolFixture.at(days: 1))
        #expect(pool.keyboard(prefix: "", rule: .available).enabled == ["0", "A"])
        #expect(pool.keyboard(prefix: "0", rule: .available).enabled == ["1"])
    }

    @Test func randomOnlyNumbersAppearWhenTheirSegmentOpens() {
        let rules = PoolFixture.rules()
        let pool = PoolFixture.published(rules, segments: 2)
        #expect(pool.keyboard(prefix: "", rule: .available).enabled == ["0"])
        #expect(
            pool.keyboard(prefix: "1", rule: .available).isEmpty
                && !pool.keyboard(prefix: "10", rule: .available).isComplete)
        _ = pool.advance(to: PoolFixture.at(days: 7))
        #expect(pool.keyboard(prefix: "", rule: .available).enabled == ["0", "1"])
        #expect(pool.keyboard(prefix: "10", rule: .available).isComplete)
    }

    @Test func thePublishedKeyboardKeepsTakenAndCoolingNumbersTypable() {
        let pool = Self.pool()
        for serial in ["00", "01", "02", "03"] { _ = pool.take(serial, mode: .random, at: PoolFixture.start) }
        #expect(pool.keyboard(prefix: "", rule: .published).enabled == ["0", "A"])
        #expect(pool.keyboard(prefix: "0", rule: .published).enabled == ["0", "1", "2", "3"])
        #expect(pool.keyboard(prefix: "03", rule: .published).isComplete)
        #expect(pool.keyboard(prefix: "", rule: .available).enabled == ["A"])
        _ = pool.release(index: pool.index(of: "01")!, reuseAt: PoolFixture.at(days: 1), at: PoolFixture.start)
        #expect(pool.keyboard(prefix: "01", rule: .published).isComplete, "a cooling number")
        #expect(!pool.keyboard(prefix: "01", rule: .available).isComplete)
        // Numbers outside the published segments stay disabled, and withheld ones are never published.
        #expect(
            pool.keyboard(prefix: "1", rule: .published).isEmpty && pool.keyboard(prefix: "B", rule: .published).isEmpty
        )
        #expect(pool.counts.offeredSelfCompose == 8 && pool.counts.availableSelfCompose == 4)
    }

    @Test func thePublishedKeyboardOffersARandomOnlySegmentOnceItOpens() {
        let pool = PoolFixture.published(PoolFixture.rules(), segments: 2)
        #expect(pool.keyboard(prefix: "", rule: .published).enabled == ["0"])
        #expect(!pool.keyboard(prefix: "10", rule: .published).isComplete)
        _ = pool.take("10", mode: .random, at: PoolFixture.start)
        _ = pool.advance(to: PoolFixture.at(days: 7))
        #expect(pool.keyboard(prefix: "", rule: .published).enabled == ["0", "1"])
        #expect(pool.keyboard(prefix: "10", rule: .published).isComplete, "taken while random-only, typable once open")
        #expect(!pool.keyboard(prefix: "10", rule: .available).isComplete)
    }

    @Test func foreignOrOverlongPrefixesEnableNothing() {
        let pool = Self.pool()
        for prefix in ["I", "中", "0中", "004", "000", "a"] {
            for rule in KeyboardRule.allCases {
                let keys = pool.keyboard(prefix: prefix, rule: rule)
                #expect(keys.isEmpty && !keys.isComplete, "\(rule) \(prefix)")
            }
        }
    }

    @Test func allowsMatchesTheEnabledKeys() {
        let keys = Self.pool().keyboard(prefix: "", rule: .available)
        #expect(keys.allows("0") && keys.allows("A"))
        #expect(!keys.allows("1") && !keys.allows("B") && !keys.allows("中"))
    }

    @Test func shapesOfDifferentLengthsShareTheKeyboard() {
        let format = PoolFixture.format(["DD", "DDD"], letters: "", digits: "01")
        let pool = PoolFixture.published(PoolFixture.rules(format, size: 12), segments: 1)
        #expect(pool.counts.published == 12)
        // "00" is a whole two-digit number and the start of 000 and 001.
        let keys = pool.keyboard(prefix: "00", rule: .available)
        #expect(keys.isComplete && keys.enabled == ["0", "1"])
        _ = pool.take("00", mode: .selfCompose, at: PoolFixture.start)
        #expect(
            !pool.keyboard(prefix: "00", rule: .available).isComplete
                && pool.keyboard(prefix: "00", rule: .available).enabled == ["0", "1"])
        _ = pool.take("000", mode: .selfCompose, at: PoolFixture.start)
        _ = pool.take("001", mode: .selfCompose, at: PoolFixture.start)
        #expect(pool.keyboard(prefix: "0", rule: .available).enabled == ["1"])
    }
}
