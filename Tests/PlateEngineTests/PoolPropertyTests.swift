import PropertyBased
import Testing

@testable import PlateEngine
@testable import PlateRules

/// A deliberately naive pool: dictionaries of serials, every answer recomputed by scanning.
struct NaivePool {
    let format: SerialFormat
    /// Serials by segment, from the format's own enumeration chunked by segment size.
    let segments: [[String]]
    let randomOnly: Int64
    let firstOpenToBoth: Bool
    var opensAt: [String: Instant] = [:]
    var reserved: Set<String> = []
    var cooling: [String: Instant] = [:]
    var now: Instant

    init(format: SerialFormat, size: Int, randomOnly: Int64, firstOpenToBoth: Bool, now: Instant) {
        self.format = format
        let all = format.shapes.indices.flatMap { Array(format.serials(shapeIndex: $0)) }
        segments = stride(from: 0, to: all.count, by: size).map { Array(all[$0..<min($0 + size, all.count)]) }
        self.randomOnly = randomOnly
        self.firstOpenToBoth = firstOpenToBoth
        self.now = now
    }

    var alphabet: [Character] { Array(PoolAlphabet(format: format).bytes.map { Character(Unicode.Scalar($0)) }) }

    mutating func moveTo(_ instant: Instant) {
        now = max(now, instant)
        for (serial, until) in cooling where until <= now { cooling[serial] = nil }
    }

    mutating func published(_ segment: Int, at instant: Instant) {
        let open = opensAt.isEmpty && firstOpenToBoth ? instant : instant.adding(seconds: randomOnly)
        for serial in segments[segment] { opensAt[serial] = open }
    }

    func availability(_ serial: String) -> NumberAvailability {
        if case .rejected(let reason) = format.check(serial) { return .notMember(reason) }
        guard let open = opensAt[serial] else { return .unpublished }
        if reserved.contains(serial) { return .reserved }
        if let until = cooling[serial] { return .cooling(until: until) }
        return .available(selfCompose: open <= now, random: true)
    }

    var published: [String] { opensAt.keys.sorted() }

    func isAvailable(_ serial: String, selfCompose: Bool) -> Bool {
        guard case .available(let sc, let random) = availability(serial) else { return false }
        return selfCompose ? sc : random
    }

    var counts: PoolCounts {
        var counts = PoolCounts()
        for serial in published {
            counts.published += 1
            switch availability(serial) {
            case .reserved: counts.reserved += 1
            case .cooling: counts.cooling += 1
            case .available(let sc, _):
                counts.availableRandom += 1
                if !serial.contains("4") { counts.availableRandomWithoutFour += 1 }
                if sc { counts.availableSelfCompose += 1 }
            default: break
            }
            if isOpenToSelfCompose(serial) { counts.offeredSelfCompose += 1 }
        }
        return counts
    }

    /// Whether the serial's segment is published and open to self-compose now, whatever the number's state.
    func isOpenToSelfCompose(_ serial: String) -> Bool { opensAt[serial].map { $0 <= now } ?? false }

    /// Keys by scanning every number the keyboard offers for the prefix: of a segment open to self-compose
    /// (`published`), and available too (`available`).
    func keys(_ prefix: String, rule: KeyboardRule) -> (enabled: [Character], complete: Bool) {
        let open = published.filter {
            rule == .published ? isOpenToSelfCompose($0) : isAvailable($0, selfCompose: true)
        }
        let next = Set(open.filter { $0.count > prefix.count && $0.hasPrefix(prefix) }.map { Array($0)[prefix.count] })
        return (alphabet.filter(next.contains), open.contains(prefix))
    }
}

@Suite("Pool: properties over random operation sequences")
struct PoolPropertyTests {
    static let formats = [
        PoolFixture.format(["DD", "LD"], letters: "AB", digits: "0124", withheld: ["11"]),
        PoolFixture.format(["DDD", "LD"], letters: "AB", digits: "014", forbid: [.threeIdenticalDigits]),
    ]

    @Test func thePoolAgreesWithANaiveModelAfterEveryOperation() async {
        let setup = zip(Gen.int(in: 0...1), Gen.int(in: 1...7), Gen.bool, Gen.bool)
        await propertyCheck(count: 100, input: setup, Gen.int(in: 0...Int.max).array(of: 1...40)) { setup, operations in
            let (formatChoice, size, firstOpenToBoth, randomOrder) = setup
            let format = Self.formats[formatChoice]
            let rules = PoolFixture.rules(
                format, size: size, randomOnlyFor: .days(1), firstOpenToBoth: firstOpenToBoth,
                below: 6, segments: 2, order: randomOrder ? .random : .shapes)
            let pool = PoolFixture.pool(rules)
            var model = NaivePool(
                format: format, size: size, randomOnly: PoolFixture.day, firstOpenToBoth: firstOpenToBoth,
                now: PoolFixture.start)
            var generator = Xoshiro256(seed: UInt64(operations.count))
            var time = PoolFixture.start
            var everTaken: Set<String> = []
            let universe = Set(model.segments.joined()).union(["", "9", "I0", "0", "0000", "AA"]).sorted()
            let context = "format \(formatChoice) size \(size) firstOpen \(firstOpenToBoth) random \(randomOrder)"

            func record(_ events: [PoolEvent]) {
                for event in events {
                    guard case .segmentPublished(let segment, let first, let last, let at) = event else { continue }
                    #expect(
                        model.segments[segment].first == first && model.segments[segment].last == last, "\(context)")
                    #expect(model.opensAt[first] == nil, "segment \(segment) published twice")
                    model.published(segment, at: at)
                }
            }

            for operation in operations {
                time = time.adding(seconds: Int64(operation % 7) * 3 * 3600)
                let choice = operation / 7
                switch choice % 6 {
                case 0:
                    record(pool.publish(segments: 1 + choice / 6 % 3, rules: rules, at: time, generator: &generator))
                    model.moveTo(time)
                case 1:
                    record(pool.publishIfLow(rules: rules, at: time, generator: &generator))
                    model.moveTo(time)
                case 2, 3:
                    let serial = universe[choice / 6 % universe.count]
                    let mode: SelectionMode = choice / 6 / universe.count % 2 == 0 ? .selfCompose : .random
                    model.moveTo(time)
                    let expected = model.availability(serial)
                    let outcome = pool.take(serial, mode: mode, at: time)
                    switch expected {
                    case .notMember(let reason): #expect(outcome == .failure(.notMember(reason)))
                    case .unpublished: #expect(outcome == .failure(.unpublished))
                    case .reserved: #expect(outcome == .failure(.taken))
                    case .cooling(let until): #expect(outcome == .failure(.cooling(until: until)))
                    case .available(let sc, _):
                        if mode == .selfCompose && !sc {
                            #expect(outcome == .failure(.notOpenTo(.selfCompose)), "\(context) \(serial)")
                        } else {
                            #expect(outcome == .success(pool.index(of: serial)!), "\(context) \(serial)")
                            #expect(!model.reserved.contains(serial))
                            model.reserved.insert(serial)
                            everTaken.insert(serial)
                        }
                    }
                    record(pool.drainEvents())
                case 4:
                    let held = model.reserved.sorted()
                    guard !held.isEmpty else { continue }
                    let serial = held[choice / 6 % held.count]
                    let delay = Int64(choice / 6 / held.count % 3) * 5 * 3600
                    record(pool.release(index: pool.index(of: serial)!, reuseAt: time.adding(seconds: delay), at: time))
                    model.moveTo(time)
                    model.reserved.remove(serial)
                    if delay > 0 { model.cooling[serial] = time.adding(seconds: delay) }
                default:
                    record(pool.advance(to: time))
                    model.moveTo(time)
                    let withoutFour = choice / 6 % 2 == 0
                    let drawn = pool.draw(count: 5, withoutFour: withoutFour, generator: &generator)
                    let eligible = model.published.filter {
                        model.isAvailable($0, selfCompose: false) && !(withoutFour && $0.contains("4"))
                    }
                    #expect(drawn.count == min(5, eligible.count) && Set(drawn).count == drawn.count)
                    #expect(Set(drawn).isSubset(of: eligible), "\(context) drew \(drawn)")
                }

                #expect(pool.counts == model.counts, "\(context) after \(operation)")
                for serial in universe {
                    #expect(pool.availability(of: serial) == model.availability(serial), "\(context) \(serial)")
                }
                let prefixes = Set(
                    model.published.flatMap { serial in (0...serial.count).map { String(serial.prefix($0)) } })
                for prefix in prefixes.union(["", "9", "A"]).sorted() {
                    for rule in KeyboardRule.allCases {
                        let keys = pool.keyboard(prefix: prefix, rule: rule)
                        let expected = model.keys(prefix, rule: rule)
                        #expect(
                            keys.enabled == expected.enabled && keys.isComplete == expected.complete,
                            "\(context) \(rule) '\(prefix)'")
                        // Typed key by key, the cursor agrees with the whole-prefix query.
                        var cursor = KeyboardCursor(pool: pool, rule: rule)
                        for byte in prefix.utf8 { cursor.press(byte) }
                        #expect(cursor.keys == keys && cursor.text == prefix, "\(context) \(rule) cursor '\(prefix)'")
                        // Whatever the rule, a number the keyboard completes is a published member of a segment open to
                        // self-compose.
                        if keys.isComplete {
                            switch pool.availability(of: prefix) {
                            case .notMember, .unpublished:
                                Issue.record("\(context) \(rule): '\(prefix)' completes but is no published member")
                            default:
                                #expect(
                                    model.isOpenToSelfCompose(prefix),
                                    "\(context) \(rule): '\(prefix)' completes outside the open segments")
                            }
                        }
                    }
                }
            }
            // A number reserved twice would have failed the take checks; the counts agree on the survivors.
            #expect(pool.counts.reserved == model.reserved.count && model.reserved.isSubset(of: everTaken))
        }
    }

    @Test func segmentsOfOfficesSharingAnAllocatorAreDisjointAndCoverTheFormat() async {
        await propertyCheck(count: 100, input: Gen.int(in: 1...9), Gen.int(in: 0...Int.max).array(of: 1...30)) {
            size, picks in
            let format = Self.formats[0]
            let rules = PoolFixture.rules(format, size: size, order: .random)
            let allocator = SegmentAllocator(format: format, segmentSize: size)
            let offices = (0..<3).map { PoolFixture.pool(rules, office: "o\($0)", allocator: allocator) }
            var generator = Xoshiro256(seed: UInt64(size))
            for pick in picks {
                let order: PublishRules.Order = pick % 2 == 0 ? .shapes : .random
                let pool = offices[pick / 2 % 3]
                _ = pool.publish(
                    segments: pick / 6 % 3, rules: PoolFixture.rules(format, size: size, order: order),
                    at: PoolFixture.start, generator: &generator)
            }
            var owners = [Int](repeating: 0, count: format.totalCount)
            for pool in offices {
                for index in 0..<format.totalCount where pool.availability(index: index) != .unpublished {
                    owners[index] += 1
                }
            }
            #expect(owners.allSatisfy { $0 <= 1 })
            #expect(offices.map(\.counts.published).reduce(0, +) == owners.reduce(0, +))
            let allocated = (0..<allocator.segmentCount).filter(allocator.isAllocated).map {
                allocator.numbers(in: $0).count
            }
            #expect(owners.reduce(0, +) == allocated.reduce(0, +))
        }
    }
}
