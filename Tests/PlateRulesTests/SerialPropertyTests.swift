import PropertyBased
import Testing

@testable import PlateRules

/// A random small format, kept as plain values so failures print readably.
struct SerialSpec: CustomStringConvertible, Sendable {
    var shapes: [String]
    var letters: String
    var digits: String
    var forbid: [SerialPattern]
    var maxLetters: Int?
    var lettersInFirst: LettersInFirst?
    var withheld: [String]

    var format: SerialFormat {
        SerialFormat(
            shapes: shapes.map { try! SerialShape(parsing: $0) }, letters: letters, digits: digits, forbid: forbid,
            maxLetters: maxLetters, lettersInFirst: lettersInFirst, withheld: withheld)
    }

    var description: String {
        let max: String = maxLetters.map { String($0) } ?? "-"
        let inFirst: String = lettersInFirst.map { "\($0.exactly) in \($0.positions)" } ?? "-"
        let rules: String = forbid.map(\.rawValue).joined(separator: ",")
        return
            "shapes \(shapes) letters '\(letters)' digits '\(digits)' forbid [\(rules)] max \(max) inFirst \(inFirst) withheld \(withheld)"
    }

    /// Each position's characters in enumeration order, read from the shape text independently of the engine.
    func alphabets(_ shape: String) -> [[Character]] {
        var result: [[Character]] = []
        var bracket: [Character]? = nil
        for c in shape {
            if bracket != nil {
                if c == "]" {
                    result.append(bracket!)
                    bracket = nil
                } else {
                    bracket!.append(c)
                }
                continue
            }
            switch c {
            case "D": result.append(Array(digits))
            case "L": result.append(Array(letters))
            case "X": result.append(Array(digits) + Array(letters))
            default: bracket = []
            }
        }
        return result
    }

    /// Every character any shape may use, plus characters no pool here uses.
    var universe: [Character] {
        Array(Set(shapes.flatMap { alphabets($0).joined() } + ["I", "9"])).sorted()
    }

    /// The shape a serial counts under, by a deliberately naive reading of the rules; nil when not a member.
    func referenceShape(_ serial: String) -> Int? {
        let chars = Array(serial)
        guard
            let shape = shapes.indices.first(where: { j in
                let positions = alphabets(shapes[j])
                return positions.count == chars.count && zip(positions, chars).allSatisfy { $0.contains($1) }
            })
        else { return nil }
        let letterCount = chars.filter(\.isLetter).count
        if let max = maxLetters, letterCount > max { return nil }
        if let rule = lettersInFirst, chars.prefix(max(0, rule.positions)).filter(\.isLetter).count != rule.exactly {
            return nil
        }
        for pattern in forbid {
            switch pattern {
            case .threeIdenticalDigits, .fourIdenticalDigits:
                let run = pattern == .threeIdenticalDigits ? 3 : 4
                if chars.count >= run,
                    (0...(chars.count - run)).contains(where: { i in
                        chars[i].isNumber && chars[i..<(i + run)].allSatisfy { $0 == chars[i] }
                    })
                {
                    return nil
                }
            case .allZeroDigits:
                let digits = chars.filter(\.isNumber)
                if !digits.isEmpty && digits.allSatisfy({ $0 == "0" }) { return nil }
            case .letterLast:
                if chars.last?.isLetter == true { return nil }
            }
        }
        return withheld.contains(serial) ? nil : shape
    }

    /// All strings of `length` over `characters`.
    static func strings(of length: Int, over characters: [Character]) -> [String] {
        (0..<length).reduce([""]) { prefixes, _ in prefixes.flatMap { p in characters.map { p + String($0) } } }
    }
}

@Suite struct SerialPropertyTests {
    static func pick<T: Sendable>(_ values: [T]) -> Generator<T, Shrink.None<T?>> {
        Gen.element(of: values).compactMap { $0 }
    }

    static let specs = zip(
        zip(
            pick(["D", "L", "X", "[A1]", "[B]", "[0C]", "[2B0]"]).array(of: 1...4).map { $0.joined() }.array(of: 1...3),
            pick(["", "A", "AB", "BA", "ABC", "CB"]),
            pick(["", "0", "01", "10", "012", "210"])
        ),
        zip(
            pick(SerialPattern.allCases).array(of: 0...3),
            Gen.int(in: 0...4).optional,
            zip(Gen.int(in: 0...4), Gen.int(in: 0...3)).map { LettersInFirst(positions: $0.0, exactly: $0.1) }.optional,
            pick(Array("012ABC")).string(of: 1...4).array(of: 0...4)
        )
    ).map {
        SerialSpec(
            shapes: $0.0.0, letters: $0.0.1, digits: $0.0.2, forbid: $0.1.0, maxLetters: $0.1.1,
            lettersInFirst: $0.1.2, withheld: $0.1.3)
    }

    @Test func enumerationCountRankAndCheckAgree() async {
        await propertyCheck(count: 300, input: Self.specs) { spec in
            let format = spec.format
            var total = 0
            for shape in spec.shapes.indices {
                let listed = Array(format.serials(shapeIndex: shape))
                #expect(listed.count == format.count(shapeIndex: shape), "\(spec) shape \(shape)")
                #expect(format.admitsAnySerial(shapeIndex: shape) == !listed.isEmpty)
                total += listed.count
                let alphabets = spec.alphabets(spec.shapes[shape])
                var previousKey: [Int]? = nil
                for (rank, serial) in listed.enumerated() {
                    #expect(format.check(serial) == .member(shapeIndex: shape), "\(spec) \(serial)")
                    #expect(format.serial(at: rank, shapeIndex: shape) == serial, "\(spec) rank \(rank)")
                    let ranked = format.rank(of: serial)
                    #expect(ranked?.shapeIndex == shape && ranked?.rank == rank, "\(spec) \(serial)")
                    // Strictly increasing in the position-alphabet order.
                    let key = zip(alphabets, serial).map { $0.firstIndex(of: $1)! }
                    if let previousKey { #expect(previousKey.lexicographicallyPrecedes(key), "\(spec) \(serial)") }
                    previousKey = key
                }
                #expect(format.serial(at: listed.count, shapeIndex: shape) == nil)
                #expect(format.serial(at: -1, shapeIndex: shape) == nil)
            }
            #expect(format.totalCount == total, "\(spec)")
        }
    }

    @Test func membershipMatchesANaiveReadingOfTheRules() async {
        await propertyCheck(count: 300, input: Self.specs) { spec in
            let format = spec.format
            let members = spec.shapes.indices.map { Set(format.serials(shapeIndex: $0)) }
            // Every string of every shape length over the pool's characters, plus I and 9.
            for length in Set(spec.shapes.map { spec.alphabets($0).count }) {
                for serial in SerialSpec.strings(of: length, over: spec.universe) {
                    let expected = spec.referenceShape(serial)
                    let check = format.check(serial)
                    if let expected {
                        #expect(check == .member(shapeIndex: expected), "\(spec) \(serial)")
                    } else {
                        #expect(!check.isMember, "\(spec) \(serial)")
                    }
                    for shape in members.indices {
                        #expect(members[shape].contains(serial) == (expected == shape), "\(spec) \(serial)")
                    }
                }
            }
        }
    }

    @Test func randomStringsAreMembersExactlyWhenEnumerated() async {
        let junk = Self.pick(Array("0129ABCIa中 ")).string(of: 0...5)
        await propertyCheck(count: 300, input: Self.specs, junk.array(of: 20)) { spec, strings in
            let format = spec.format
            let members = spec.shapes.indices.map { Set(format.serials(shapeIndex: $0)) }
            for serial in strings {
                let check = format.check(serial)
                let enumeratedUnder = members.indices.first { members[$0].contains(serial) }
                if let enumeratedUnder {
                    #expect(check == .member(shapeIndex: enumeratedUnder), "\(spec) \(serial)")
                } else {
                    #expect(!check.isMember, "\(spec) \(serial): \(check)")
                }
                #expect((format.rank(of: serial) != nil) == check.isMember)
                if case .rejected(.withheld) = check { #expect(spec.withheld.contains(serial)) }
            }
        }
    }

    @Test func overlapMeansACommonStringExists() async {
        await propertyCheck(count: 200, input: Self.specs) { spec in
            let format = spec.format
            for b in spec.shapes.indices {
                for a in spec.shapes.indices {
                    let left = spec.alphabets(spec.shapes[a])
                    let right = spec.alphabets(spec.shapes[b])
                    let common =
                        left.count == right.count
                        && SerialSpec.strings(of: left.count, over: spec.universe).contains { s in
                            zip(left, s).allSatisfy { $0.contains($1) } && zip(right, s).allSatisfy { $0.contains($1) }
                        }
                    #expect(format.overlaps(a, b) == common, "\(spec) \(a) \(b)")
                }
            }
        }
    }

    @Test func unrankThenRankRoundTripsOnTheSmallCarPool() async {
        let car = SerialPools.smallCar(withheld: ["A1234", "B5678", "12345", "AB123"])
        await propertyCheck(count: 500, input: Gen.int(in: 0...6), Gen.int(in: 0...Int.max)) { shape, seed in
            let rank = seed % car.count(shapeIndex: shape)
            let serial = car.serial(at: rank, shapeIndex: shape)
            #expect(serial.map { car.check($0) } == .member(shapeIndex: shape))
            let back = serial.flatMap { car.rank(of: $0) }
            #expect(back?.shapeIndex == shape && back?.rank == rank, "\(shape) \(rank) \(serial ?? "-")")
        }
    }
}
