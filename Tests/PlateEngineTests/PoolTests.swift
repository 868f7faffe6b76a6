import Testing

@testable import PlateEngine
@testable import PlateRules

/// Small pools whose every number can be checked by hand.
enum PoolFixture {
    static let start = Instant(secondsSinceEpoch: 1_800_000_000)
    static let day: Int64 = 86_400

    /// `DD` then `LD` over digits 0–3 and letters A, B: 00…33 are indices 0…15, A0…B3 are 16…23.
    static let tiny = format(["DD", "LD"], letters: "AB", digits: "0123")

    static func format(
        _ shapes: [String], letters: String, digits: String, forbid: [SerialPattern] = [],
        withheld: [String] = []
    ) -> SerialFormat {
        SerialFormat(
            shapes: shapes.map { try! SerialShape(parsing: $0) }, letters: letters, digits: digits, forbid: forbid,
            withheld: withheld)
    }

    static func rules(
        _ format: SerialFormat = tiny, size: Int = 4, randomOnlyFor: RuleDuration = .days(7),
        firstOpenToBoth: Bool = true, below: Int = 0, segments: Int = 1,
        order: PublishRules.Order = .shapes
    ) -> PoolRules {
        PoolRules(
            id: "p", vehicle: .smallCar, format: format,
            segments: SegmentRules(size: size, randomOnlyFor: randomOnlyFor, firstOpenToBoth: firstOpenToBoth),
            publish: PublishRules(whenAvailableBelow: below, segments: segments, order: order))
    }

    static func pool(_ rules: PoolRules, office: String = "main", allocator: SegmentAllocator? = nil) -> NumberPool {
        NumberPool(
            key: PoolKey(region: "r", office: office, pool: rules.id), format: rules.format,
            allocator: allocator ?? SegmentAllocator(format: rules.format, segmentSize: rules.segments.size))
    }

    /// A pool with `segments` segments published at `start`.
    static func published(_ rules: PoolRules, segments: Int) -> NumberPool {
        let pool = pool(rules)
        var generator = Xoshiro256(seed: 1)
        _ = pool.publish(segments: segments, rules: rules, at: start, generator: &generator)
        return pool
    }

    static func at(days: Int64 = 0, seconds: Int64 = 0) -> Instant { start.adding(seconds: days * day + seconds) }

    /// The segments named by publication events, in order.
    static func segments(_ events: [PoolEvent]) -> [Int] {
        events.compactMap { if case .segmentPublished(let segment, _, _, _) = $0 { segment } else { nil } }
    }
}

@Suite("Pool: segments and publication")
struct PoolPublicationTests {
    @Test func shapesOrderHandsOutTheLowestSegmentFirst() {
        let allocator = SegmentAllocator(format: PoolFixture.tiny, segmentSize: 5)
        var generator = Xoshiro256(seed: 1)
        #expect(allocator.segmentCount == 5 && allocator.remaining == 5)
        let handed = (0..<6).map { _ in allocator.next(order: .shapes, generator: &generator) }
        #expect(handed == [0, 1, 2, 3, 4, nil])
        #expect(allocator.remaining == 0)
        // 24 numbers in fives: the last segment is short.
        #expect(allocator.numbers(in: 4) == 20..<24)
    }

    @Test func randomOrderHandsOutEverySegmentOnceAndMixesWithShapes() {
        let allocator = SegmentAllocator(format: PoolFixture.tiny, segmentSize: 2)
        var generator = Xoshiro256(seed: 7)
        var handed = (0..<5).compactMap { _ in allocator.next(order: .random, generator: &generator) }
        // Shapes order resumes at the lowest segment random order left.
        let lowest = (0..<12).first { !handed.contains($0) }!
        #expect(allocator.next(order: .shapes, generator: &generator) == lowest)
        handed.append(lowest)
        while let segment = allocator.next(order: .random, generator: &generator) { handed.append(segment) }
        #expect(handed.sorted() == Array(0..<12))
        #expect(handed.prefix(5).sorted() != Array(0..<5), "random order should not be the shapes order for this seed")

        let again = SegmentAllocator(format: PoolFixture.tiny, segmentSize: 2)
        var same = Xoshiro256(seed: 7)
        #expect((0..<5).compactMap { _ in again.next(order: .random, generator: &same) } == Array(handed.prefix(5)))
    }

    @Test func publicationReportsEachSegmentWithItsFirstAndLastSerial() {
        let rules = PoolFixture.rules()
        let pool = PoolFixture.pool(rules)
        var generator = Xoshiro256(seed: 1)
        let events = pool.publish(segments: 2, rules: rules, at: PoolFixture.start, generator: &generator)
        #expect(
            events == [
                .segmentPublished(segment: 0, first: "00", last: "03", at: PoolFixture.start),
                .segmentPublished(segment: 1, first: "10", last: "13", at: PoolFixture.start),
            ])
        #expect(pool.counts.published == 8)
        #expect(pool.availability(of: "13") == .available(selfCompose: false, random: true))
        #expect(pool.availability(of: "20") == .unpublished)
    }

    @Test func aSegmentMaySpanTwoShapes() {
        let rules = PoolFixture.rules(size: 5)
        let pool = PoolFixture.pool(rules)
        var generator = Xoshiro256(seed: 1)
        let events = pool.publish(segments: 5, rules: rules, at: PoolFixture.start, generator: &generator)
        #expect(events[3] == .segmentPublished(segment: 3, first: "33", last: "A3", at: PoolFixture.start))
        #expect(events[4] == .segmentPublished(segment: 4, first: "B0", last: "B3", at: PoolFixture.start))
        #expect(pool.counts.published == 24)
        #expect(pool.view().shapes.map(\.random) == [16, 8])
    }

    @Test func officesSharingAnAllocatorNeverPublishTheSameNumber() {
        let rules = PoolFixture.rules(size: 3, order: .random)
        let allocator = SegmentAllocator(format: rules.format, segmentSize: 3)
        let a = PoolFixture.pool(rules, office: "a", allocator: allocator)
        let b = PoolFixture.pool(rules, office: "b", allocator: allocator)
        var generator = Xoshiro256(seed: 3)
        var segmentsA: [Int] = []
        var segmentsB: [Int] = []
        for _ in 0..<3 {
            segmentsA += PoolFixture.segments(
                a.publish(segments: 1, rules: rules, at: PoolFixture.start, generator: &generator))
            segmentsB += PoolFixture.segments(
                b.publish(segments: 2, rules: rules, at: PoolFixture.start, generator: &generator))
        }
        #expect(segmentsA.count == 3 && segmentsB.count == 5)
        #expect(Set(segmentsA).isDisjoint(with: segmentsB))
        #expect(allocator.remaining == 0)
        #expect(a.publish(segments: 1, rules: rules, at: PoolFixture.start, generator: &generator).isEmpty)
        for index in 0..<24 {
            let inA = a.availability(index: index) != .unpublished
            let inB = b.availability(index: index) != .unpublished
            #expect(inA != inB, "index \(index) must be published by exactly one office")
        }
    }

    @Test func indicesFollowShapesThenRanks() {
        let pool = PoolFixture.pool(PoolFixture.rules())
        #expect(pool.index(of: "00") == 0)
        #expect(pool.index(of: "33") == 15)
        #expect(pool.index(of: "A0") == 16)
        #expect(pool.index(of: "B3") == 23)
        #expect(pool.index(of: "C0") == nil)
        #expect(pool.serial(at: 17) == "A1")
        #expect(pool.serial(at: 24) == nil && pool.serial(at: -1) == nil)
    }

    @Test func viewListsSegmentsByNumberWithInstantsAndCounts() {
        let rules = PoolFixture.rules(order: .random)
        let pool = PoolFixture.pool(rules)
        var generator = Xoshiro256(seed: 11)
        let published = PoolFixture.segments(
            pool.publish(segments: 2, rules: rules, at: PoolFixture.start, generator: &generator))
        _ = pool.take(pool.view().segments[0].first, mode: .random, at: PoolFixture.at(days: 1))
        let view = pool.view()
        #expect(view.segments.map(\.index) == published.sorted())
        let first = published[0]
        let firstRow = view.segments.first { $0.index == first }!
        #expect(firstRow.opensToSelfComposeAt == PoolFixture.start && firstRow.isOpenToSelfCompose)
        let secondRow = view.segments.first { $0.index == published[1] }!
        #expect(secondRow.opensToSelfComposeAt == PoolFixture.at(days: 7) && !secondRow.isOpenToSelfCompose)
        #expect(view.segments.map(\.available).reduce(0, +) == 7)
        #expect(view.segments.allSatisfy { $0.publishedAt == PoolFixture.start })
        #expect(view.shapes.map(\.pattern) == ["DD", "LD"])
        #expect(view.shapes.map(\.random).reduce(0, +) == 7)
        #expect(view.shapes.map(\.selfCompose).reduce(0, +) == pool.counts.availableSelfCompose)
        #expect(view.counts == pool.counts)
    }

    @Test func publishIfLowPublishesTheRuleCountWhenBelowTheThreshold() {
        let rules = PoolFixture.rules(below: 5, segments: 2)
        let pool = PoolFixture.pool(rules)
        var generator = Xoshiro256(seed: 1)
        #expect(
            PoolFixture.segments(pool.publishIfLow(rules: rules, at: PoolFixture.start, generator: &generator)) == [
                0, 1,
            ])
        #expect(pool.publishIfLow(rules: rules, at: PoolFixture.start, generator: &generator).isEmpty)
        for serial in ["00", "01", "02"] { _ = pool.take(serial, mode: .random, at: PoolFixture.start) }
        // 5 left is not below 5.
        #expect(pool.publishIfLow(rules: rules, at: PoolFixture.start, generator: &generator).isEmpty)
        _ = pool.take("03", mode: .random, at: PoolFixture.start)
        #expect(
            PoolFixture.segments(pool.publishIfLow(rules: rules, at: PoolFixture.start, generator: &generator)) == [
                2, 3,
            ])
        // Taking 9 of 12 leaves 3: only the last two segments remain to publish.
        for serial in ["10", "11", "12", "13", "20", "21", "22", "23", "30"] {
            _ = pool.take(serial, mode: .random, at: PoolFixture.start)
        }
        #expect(
            PoolFixture.segments(pool.publishIfLow(rules: rules, at: PoolFixture.start, generator: &generator)) == [
                4, 5,
            ])
        #expect(pool.publishIfLow(rules: rules, at: PoolFixture.start, generator: &generator).isEmpty)
        #expect(pool.counts.published == 24)
    }
}

@Suite("Pool: modes, taking and lapses")
struct PoolLifecycleTests {
    @Test func aNewSegmentIsRandomOnlyUntilItsPeriodEnds() {
        let rules = PoolFixture.rules()
        let pool = PoolFixture.published(rules, segments: 2)
        // The first segment ever published is open to both at once.
        #expect(pool.availability(of: "00") == .available(selfCompose: true, random: true))
        #expect(pool.availability(of: "10") == .available(selfCompose: false, random: true))
        #expect(pool.counts.availableSelfCompose == 4 && pool.counts.availableRandom == 8)
        #expect(pool.take("10", mode: .selfCompose, at: PoolFixture.start) == .failure(.notOpenTo(.selfCompose)))
        #expect(pool.advance(to: PoolFixture.at(days: 7, seconds: -1)).isEmpty)
        #expect(pool.availability(of: "11") == .available(selfCompose: false, random: true))
        #expect(
            pool.advance(to: PoolFixture.at(days: 7)) == [
                .segmentOpenedToSelfCompose(segment: 1, at: PoolFixture.at(days: 7))
            ])
        #expect(pool.availability(of: "11") == .available(selfCompose: true, random: true))
        #expect(pool.counts.availableSelfCompose == 8)
        #expect(pool.take("10", mode: .selfCompose, at: PoolFixture.at(days: 7)) == .success(4))
    }

    @Test func withoutFirstOpenToBothEvenTheFirstSegmentWaits() {
        let rules = PoolFixture.rules(randomOnlyFor: .seconds(90), firstOpenToBoth: false)
        let pool = PoolFixture.published(rules, segments: 1)
        #expect(pool.counts.availableSelfCompose == 0 && pool.isExhausted(mode: .selfCompose))
        #expect(!pool.isExhausted(mode: .random) && !pool.isExhausted(mode: nil))
        #expect(pool.take("00", mode: .random, at: PoolFixture.start) == .success(0))
        // The clock duration is honoured to the second; the taken number does not reopen.
        #expect(
            pool.advance(to: PoolFixture.at(seconds: 90)) == [
                .segmentOpenedToSelfCompose(segment: 0, at: PoolFixture.at(seconds: 90))
            ])
        #expect(pool.counts.availableSelfCompose == 3)
    }

    @Test func timedOperationsApplyDueTransitionsFirst() {
        let rules = PoolFixture.rules()
        let pool = PoolFixture.published(rules, segments: 2)
        // No explicit advance: taking at day 7 first opens segment 1.
        #expect(pool.take("12", mode: .selfCompose, at: PoolFixture.at(days: 8)) == .success(6))
        #expect(pool.drainEvents() == [.segmentOpenedToSelfCompose(segment: 1, at: PoolFixture.at(days: 7))])
        #expect(pool.drainEvents().isEmpty)
    }

    @Test func aTakenNumberCannotBeTakenAgainAndALapsedOneCoolsThenReturns() {
        let pool = PoolFixture.published(PoolFixture.rules(), segments: 1)
        let t1 = PoolFixture.at(seconds: 3600)
        let reuse = PoolFixture.at(days: 1)
        #expect(pool.take("01", mode: .selfCompose, at: PoolFixture.start) == .success(1))
        #expect(pool.take("01", mode: .random, at: PoolFixture.start) == .failure(.taken))
        #expect(pool.availability(of: "01") == .reserved)
        #expect(pool.counts.reserved == 1 && pool.counts.availableRandom == 3)
        #expect(pool.release(index: 1, reuseAt: reuse, at: t1).isEmpty)
        #expect(pool.availability(of: "01") == .cooling(until: reuse))
        #expect(pool.take("01", mode: .random, at: t1) == .failure(.cooling(until: reuse)))
        #expect(pool.counts.reserved == 0 && pool.counts.cooling == 1 && pool.counts.availableRandom == 3)
        #expect(pool.advance(to: PoolFixture.at(days: 1, seconds: -1)).isEmpty)
        #expect(pool.advance(to: reuse) == [.numberReturned(serial: "01", at: reuse)])
        #expect(pool.availability(of: "01") == .available(selfCompose: true, random: true))
        #expect(pool.counts.cooling == 0 && pool.counts.availableSelfCompose == 4)
        #expect(pool.take("01", mode: .random, at: reuse) == .success(1))
    }

    @Test func aLapseWithNoDelayReturnsAtOnce() {
        let pool = PoolFixture.published(PoolFixture.rules(), segments: 1)
        _ = pool.take("02", mode: .random, at: PoolFixture.start)
        let t1 = PoolFixture.at(seconds: 60)
        #expect(pool.release(index: 2, reuseAt: PoolFixture.start, at: t1) == [.numberReturned(serial: "02", at: t1)])
        #expect(pool.availability(of: "02") == .available(selfCompose: true, random: true))
    }

    @Test func simultaneousReturnsApplyInTheOrderTheyWereScheduled() {
        let pool = PoolFixture.published(PoolFixture.rules(), segments: 1)
        let reuse = PoolFixture.at(days: 2)
        for serial in ["03", "00", "02"] { _ = pool.take(serial, mode: .random, at: PoolFixture.start) }
        for index in [3, 0, 2] { _ = pool.release(index: index, reuseAt: reuse, at: PoolFixture.start) }
        #expect(
            pool.advance(to: PoolFixture.at(days: 3))
                == ["03", "00", "02"].map { .numberReturned(serial: $0, at: reuse) })
    }

    @Test func nonMembersAndUnpublishedNumbersAreTold() {
        let pool = PoolFixture.published(PoolFixture.rules(), segments: 1)
        #expect(
            pool.take("0", mode: .random, at: PoolFixture.start)
                == .failure(.notMember(.wrongLength(expected: [2], found: 1))))
        #expect(pool.availability(of: "C1") == .notMember(.characterNotAllowed("C", position: 1)))
        #expect(
            pool.take("04", mode: .selfCompose, at: PoolFixture.start)
                == .failure(.notMember(.characterNotAllowed("4", position: 2))))
        #expect(pool.take("A0", mode: .random, at: PoolFixture.start) == .failure(.unpublished))
        #expect(pool.availability(of: "A0") == .unpublished)
        #expect(pool.counts.reserved == 0)
    }

    @Test func withheldNumbersAreNeitherIndexedNorPublished() {
        let format = PoolFixture.format(["DD"], letters: "", digits: "012", withheld: ["11"])
        let pool = PoolFixture.published(PoolFixture.rules(format, size: 10), segments: 1)
        #expect(pool.counts.published == 8)
        #expect(pool.availability(of: "11") == .notMember(.withheld))
        #expect(pool.index(of: "12") == 4)
    }

    @Test func exhaustionIsReportedWhenACountFallsToZeroAndReplenishmentWhenItRises() {
        let rules = PoolFixture.rules(size: 2)
        let pool = PoolFixture.published(rules, segments: 2)
        let t1 = PoolFixture.at(seconds: 10)
        let t2 = PoolFixture.at(seconds: 20)
        // Segment 0 (00, 01) is open to both, segment 1 (02, 03) random-only.
        _ = pool.take("00", mode: .selfCompose, at: t1)
        #expect(pool.drainEvents().isEmpty)
        _ = pool.take("01", mode: .selfCompose, at: t1)
        #expect(pool.drainEvents() == [.exhausted(mode: .selfCompose, at: t1)])
        _ = pool.take("02", mode: .random, at: t2)
        _ = pool.take("03", mode: .random, at: t2)
        #expect(pool.drainEvents() == [.exhausted(mode: .random, at: t2), .exhausted(mode: nil, at: t2)])
        #expect(pool.isExhausted(mode: nil) && pool.isExhausted(mode: .random) && pool.isExhausted(mode: .selfCompose))
        // A random-only return brings random back but not self-compose.
        let t3 = PoolFixture.at(seconds: 30)
        #expect(
            pool.release(index: 3, reuseAt: t3, at: t3) == [
                .numberReturned(serial: "03", at: t3), .replenished(mode: .random, at: t3),
                .replenished(mode: nil, at: t3),
            ])
        #expect(
            pool.advance(to: PoolFixture.at(days: 7)) == [
                .segmentOpenedToSelfCompose(segment: 1, at: PoolFixture.at(days: 7)),
                .replenished(mode: .selfCompose, at: PoolFixture.at(days: 7)),
            ])
    }

    @Test func takeEventsAreDeliveredAheadOfTheNextReport() {
        let pool = PoolFixture.published(PoolFixture.rules(size: 1), segments: 1)
        _ = pool.take("00", mode: .random, at: PoolFixture.start)
        let later = PoolFixture.at(days: 1)
        #expect(
            pool.advance(to: later) == [
                .exhausted(mode: .selfCompose, at: PoolFixture.start), .exhausted(mode: .random, at: PoolFixture.start),
                .exhausted(mode: nil, at: PoolFixture.start),
            ])
    }
}
