import Testing

@testable import PlateRules

/// Realistic pools from the domain brief.
enum SerialPools {
    static let letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"  // 24: no I, no O
    static let digits = "0123456789"
    static let smallCarShapes = ["DDDDD", "LDDDD", "DLDDD", "DDLDD", "DDDLD", "DDDDL", "LLDDD"]

    static func shapes(_ texts: [String]) -> [SerialShape] { texts.map { try! SerialShape(parsing: $0) } }

    static func smallCar(forbid: [SerialPattern] = [.threeIdenticalDigits], withheld: [String] = ["88888", "66666"])
        -> SerialFormat
    {
        SerialFormat(
            shapes: shapes(smallCarShapes), letters: letters, digits: digits, forbid: forbid,
            maxLetters: 2, lettersInFirst: nil, withheld: withheld)
    }

    static let smallNEV = SerialFormat(
        shapes: shapes(["[DF]XDDDD"]), letters: letters, digits: digits, forbid: [],
        maxLetters: nil, lettersInFirst: nil, withheld: [])
    static let largeNEV = SerialFormat(
        shapes: shapes(["DDDDD[DF]"]), letters: letters, digits: digits, forbid: [],
        maxLetters: nil, lettersInFirst: nil, withheld: [])

    static func format(
        _ shapeTexts: [String], letters: String = letters, digits: String = digits, forbid: [SerialPattern] = [],
        maxLetters: Int? = nil, lettersInFirst: LettersInFirst? = nil, withheld: [String] = []
    ) -> SerialFormat {
        SerialFormat(
            shapes: shapes(shapeTexts), letters: letters, digits: digits, forbid: forbid,
            maxLetters: maxLetters, lettersInFirst: lettersInFirst, withheld: withheld)
    }
}

@Suite struct SerialFormatTests {
    // MARK: Membership

    @Test func smallCarMembersCountUnderTheirShape() {
        let car = SerialPools.smallCar()
        #expect(car.check("12345") == .member(shapeIndex: 0))
        #expect(car.check("A1234") == .member(shapeIndex: 1))
        #expect(car.check("1A234") == .member(shapeIndex: 2))
        #expect(car.check("12A34") == .member(shapeIndex: 3))
        #expect(car.check("123A4") == .member(shapeIndex: 4))
        #expect(car.check("1234A") == .member(shapeIndex: 5))
        #expect(car.check("AB123") == .member(shapeIndex: 6))
        #expect(car.check("A1121") == .member(shapeIndex: 1))  // two in a row is fine
        #expect(car.check("11A11") == .member(shapeIndex: 3))  // a letter breaks the run
    }

    @Test func eachRejectionReason() {
        let car = SerialPools.smallCar(withheld: ["88888", "A1234"])
        #expect(car.check("A123") == .rejected(.wrongLength(expected: [5], found: 4)))
        #expect(car.check("") == .rejected(.wrongLength(expected: [5], found: 0)))
        #expect(car.check("I1234") == .rejected(.characterNotAllowed("I", position: 1)))
        #expect(car.check("A12O4") == .rejected(.characterNotAllowed("O", position: 4)))
        #expect(car.check("a1234") == .rejected(.characterNotAllowed("a", position: 1)))
        #expect(car.check("A１234") == .rejected(.characterNotAllowed("１", position: 2)))
        #expect(car.check("ABC12") == .rejected(.noMatchingShape(shapes: SerialPools.smallCarShapes)))
        #expect(car.check("1A2B3") == .rejected(.noMatchingShape(shapes: SerialPools.smallCarShapes)))
        #expect(car.check("A1112") == .rejected(.forbidden(.threeIdenticalDigits)))
        #expect(car.check("88888") == .rejected(.forbidden(.threeIdenticalDigits)))  // forbidden before withheld
        #expect(car.check("A1234") == .rejected(.withheld))

        let x = SerialPools.format(["XXXXX"], maxLetters: 2, lettersInFirst: LettersInFirst(positions: 3, exactly: 2))
        #expect(x.check("AB1C2") == .rejected(.tooManyLetters(max: 2, found: 3)))
        #expect(x.check("A1234") == .rejected(.lettersInFirst(positions: 3, exactly: 2, found: 1)))
        #expect(x.check("A1B23") == .member(shapeIndex: 0))
    }

    @Test func lengthIsCheckedBeforeCharactersAndCharactersBeforeShapes() {
        let car = SerialPools.smallCar()
        #expect(car.check("I12") == .rejected(.wrongLength(expected: [5], found: 3)))
        // 冀 is one character of three bytes: the length is still 5.
        #expect(car.check("冀1234") == .rejected(.characterNotAllowed("冀", position: 1)))
        #expect(car.check("IJK12") == .rejected(.characterNotAllowed("I", position: 1)))
    }

    @Test func rulesAreCheckedInTheDocumentedOrder() {
        // AB111 breaks both the letter limit and the run rule; the letter limit comes first.
        let strict = SerialPools.format(["LLDDD"], forbid: [.threeIdenticalDigits], maxLetters: 1)
        #expect(strict.check("AB111") == .rejected(.tooManyLetters(max: 1, found: 2)))
        // Forbidden patterns are reported in the order the pool lists them.
        let lastFirst = SerialPools.format(["DDDDL"], forbid: [.letterLast, .threeIdenticalDigits])
        #expect(lastFirst.check("1112A") == .rejected(.forbidden(.letterLast)))
        let runFirst = SerialPools.format(["DDDDL"], forbid: [.threeIdenticalDigits, .letterLast])
        #expect(runFirst.check("1112A") == .rejected(.forbidden(.threeIdenticalDigits)))
    }

    @Test func forbiddenPatterns() {
        let four = SerialPools.format(["LDDDD"], forbid: [.fourIdenticalDigits])
        #expect(four.check("A1112") == .member(shapeIndex: 0))
        #expect(four.check("A1111") == .rejected(.forbidden(.fourIdenticalDigits)))
        let zeros = SerialPools.format(["LDDDD", "LLLLL"], forbid: [.allZeroDigits])
        #expect(zeros.check("A0000") == .rejected(.forbidden(.allZeroDigits)))
        #expect(zeros.check("A0001") == .member(shapeIndex: 0))
        #expect(zeros.check("ABCDE") == .member(shapeIndex: 1))  // no digits at all is not "all zero"
        let last = SerialPools.format(["XXXXX"], forbid: [.letterLast])
        #expect(last.check("1234A") == .rejected(.forbidden(.letterLast)))
        #expect(last.check("A2345") == .member(shapeIndex: 0))
    }

    @Test func newEnergyPools() {
        let small = SerialPools.smallNEV
        #expect(small.check("D12345") == .member(shapeIndex: 0))
        #expect(small.check("FA2345") == .member(shapeIndex: 0))
        #expect(small.check("A12345") == .rejected(.noMatchingShape(shapes: ["[DF]XDDDD"])))
        #expect(small.check("D1234") == .rejected(.wrongLength(expected: [6], found: 5)))
        #expect(small.check("DI2345") == .rejected(.characterNotAllowed("I", position: 2)))
        let large = SerialPools.largeNEV
        #expect(large.check("12345D") == .member(shapeIndex: 0))
        #expect(large.check("12345F") == .member(shapeIndex: 0))
        #expect(large.check("12345A") == .rejected(.noMatchingShape(shapes: ["DDDDD[DF]"])))
        #expect(large.check("D12345") == .rejected(.noMatchingShape(shapes: ["DDDDD[DF]"])))
    }

    @Test func shapesOfDifferentLengthsReportEachLength() {
        let mixed = SerialPools.format(["DDDDD[DF]", "LDDDD"])
        #expect(mixed.check("1234") == .rejected(.wrongLength(expected: [5, 6], found: 4)))
        #expect(mixed.check("12345D") == .member(shapeIndex: 0))
        #expect(mixed.check("A1234") == .member(shapeIndex: 1))
        #expect(mixed.length(shapeIndex: 0) == 6)
        #expect(mixed.length(shapeIndex: 1) == 5)
        #expect(!mixed.overlaps(0, 1))
    }

    @Test func bracketLiteralsAreAllowedEvenOutsideTheLetterSet() {
        // The bracket is an explicit choice: D and F work even when the pool's letters lack them.
        let nev = SerialPools.format(["[DF]DDDDD"], letters: "AB")
        #expect(nev.check("D12345") == .member(shapeIndex: 0))
        #expect(nev.check("E12345") == .rejected(.characterNotAllowed("E", position: 1)))
        #expect(nev.count(shapeIndex: 0) == 200_000)
    }

    @Test func rejectionDescriptions() {
        #expect(
            SerialRejection.wrongLength(expected: [5, 6], found: 4).description
                == "has 4 characters; serials have 5 or 6")
        #expect(
            SerialRejection.characterNotAllowed("I", position: 1).description
                == "character 'I' at position 1 is not used in this pool's serials")
        #expect(
            SerialRejection.noMatchingShape(shapes: ["DDDDD", "LDDDD"]).description
                == "matches none of the shapes DDDDD, LDDDD")
        #expect(SerialRejection.forbidden(.allZeroDigits).description == "is forbidden: every digit is 0 (A0000)")
        #expect(SerialRejection.tooManyLetters(max: 2, found: 3).description == "has 3 letters; at most 2 allowed")
        #expect(
            SerialRejection.lettersInFirst(positions: 3, exactly: 2, found: 1).description
                == "has 1 letters in the first 3 positions; exactly 2 required")
        #expect(SerialRejection.withheld.description == "is withheld and never offered")
    }

    // MARK: Counting (hand-computed)

    @Test func unrestrictedCounts() {
        let plain = SerialPools.smallCar(forbid: [], withheld: [])
        #expect(plain.count(shapeIndex: 0) == 100_000)  // 10^5
        #expect(plain.count(shapeIndex: 1) == 240_000)  // 24 × 10^4
        #expect(plain.count(shapeIndex: 3) == 240_000)
        #expect(plain.count(shapeIndex: 6) == 576_000)  // 24² × 10^3
        #expect(plain.totalCount == 100_000 + 5 * 240_000 + 576_000)
        #expect(SerialPools.smallNEV.count(shapeIndex: 0) == 680_000)  // 2 × 34 × 10^4
        #expect(SerialPools.largeNEV.count(shapeIndex: 0) == 200_000)  // 10^5 × 2
    }

    @Test func countsWithoutThreeIdenticalDigitsInARow() {
        // Digit blocks of length n with no run of 3: a(n) = e1 + e2 where e1 (ends in a run of 1) and
        // e2 (run of 2) follow e1' = 9(e1 + e2), e2' = e1 from e1 = 10, e2 = 0:
        // a(1) = 10, a(2) = 100, a(3) = 990, a(4) = 9 810, a(5) = 97 200.
        // Cross-check a(5) by inclusion–exclusion: 3 windows × 1 000 − (100 + 100 + 10) + 10 = 2 800 bad.
        // A letter breaks a run, so each shape is a product of its digit blocks' a(n).
        let car = SerialPools.smallCar()
        let expected = [
            97_200,  // DDDDD: a(5)
            24 * 9_810,  // LDDDD: 235 440
            10 * 24 * 990,  // DLDDD: 237 600
            100 * 24 * 100,  // DDLDD: 240 000, no block long enough
            990 * 24 * 10,  // DDDLD: 237 600
            9_810 * 24,  // DDDDL: 235 440
            576 * 990,  // LLDDD: 570 240
        ]
        #expect((0..<7).map { car.count(shapeIndex: $0) } == expected)
        #expect(car.totalCount == 1_853_520)
        // 88888 and 66666 are withheld but already forbidden: nothing more to subtract.
        #expect(SerialPools.smallCar(withheld: []).totalCount == 1_853_520)
    }

    @Test func withheldMembersAreSubtractedOnceFromTheirShape() {
        let car = SerialPools.smallCar(withheld: ["A1234", "A1234", "12345", "A1112", "ABC12", "nonsense"])
        #expect(car.count(shapeIndex: 0) == 97_200 - 1)
        #expect(car.count(shapeIndex: 1) == 235_440 - 1)
        #expect(car.count(shapeIndex: 2) == 237_600)
    }

    @Test func countsWithLetterRules() {
        // max 2 letters in XXXXX: Σ_{k≤2} C(5,k) 24^k 10^(5−k) = 100 000 + 1 200 000 + 5 760 000.
        #expect(SerialPools.format(["XXXXX"], maxLetters: 2).count(shapeIndex: 0) == 7_060_000)
        // Exactly 2 letters in the first 3 of XXXDD: C(3,2) × 24² × 10 × 10².
        let inFirst = LettersInFirst(positions: 3, exactly: 2)
        #expect(SerialPools.format(["XXXDD"], lettersInFirst: inFirst).count(shapeIndex: 0) == 1_728_000)
        // The same in XXXXX, letters after position 3 free: (3 × 24² × 10) × 34².
        #expect(SerialPools.format(["XXXXX"], lettersInFirst: inFirst).count(shapeIndex: 0) == 17_280 * 34 * 34)
        // Both rules: after the first three, at most 0 more letters: 17 280 × 10².
        #expect(SerialPools.format(["XXXXX"], maxLetters: 2, lettersInFirst: inFirst).count(shapeIndex: 0) == 1_728_000)
        // all_zero_digits: LDDDD loses only A0000..Z0000.
        #expect(SerialPools.format(["LDDDD"], forbid: [.allZeroDigits]).count(shapeIndex: 0) == 24 * 9_999)
        // four in a row: 10^4 − 10 blocks.
        #expect(SerialPools.format(["LDDDD"], forbid: [.fourIdenticalDigits]).count(shapeIndex: 0) == 24 * 9_990)
    }

    @Test func shapesThatAdmitNothing() {
        let lastLetter = SerialPools.format(["DDDDL", "DDDDD"], forbid: [.letterLast])
        #expect(!lastLetter.admitsAnySerial(shapeIndex: 0))
        #expect(lastLetter.admitsAnySerial(shapeIndex: 1))
        let noLetters = SerialPools.format(["LDDDD"], letters: "")
        #expect(!noLetters.admitsAnySerial(shapeIndex: 0))
        #expect(noLetters.serial(at: 0, shapeIndex: 0) == nil)
        #expect(Array(noLetters.serials(shapeIndex: 0)).isEmpty)
        let tooMany = SerialPools.format(["LLDDD"], maxLetters: 1)
        #expect(!tooMany.admitsAnySerial(shapeIndex: 0))
        let impossible = SerialPools.format(["DDDDD"], lettersInFirst: LettersInFirst(positions: 0, exactly: 1))
        #expect(!impossible.admitsAnySerial(shapeIndex: 0))
        #expect(impossible.check("12345") == .rejected(.lettersInFirst(positions: 0, exactly: 1, found: 0)))
    }

    @Test func overlappingShapesCountSharedSerialsUnderTheFirst() {
        // XDDDD over letters AB, digits 01: 4 × 2^4 = 64; LDDDD then adds nothing new.
        let xFirst = SerialPools.format(["XDDDD", "LDDDD"], letters: "AB", digits: "01")
        #expect(xFirst.overlaps(0, 1))
        #expect(xFirst.count(shapeIndex: 0) == 64)
        #expect(xFirst.count(shapeIndex: 1) == 0)
        #expect(xFirst.check("A0101") == .member(shapeIndex: 0))
        let lFirst = SerialPools.format(["LDDDD", "XDDDD"], letters: "AB", digits: "01")
        #expect(lFirst.count(shapeIndex: 0) == 32)
        #expect(lFirst.count(shapeIndex: 1) == 32)
        #expect(Array(lFirst.serials(shapeIndex: 1)).allSatisfy { $0.first!.isNumber })
        // The small-car shapes are pairwise disjoint.
        let car = SerialPools.smallCar()
        for b in 0..<7 { for a in 0..<b { #expect(!car.overlaps(a, b)) } }
        // Partial overlap: [DF]XDDDD and [ABCDEFGHJK]XDDDD share D and F.
        let nev = SerialPools.format(["[DF]XDDDD", "[ABCDEFGHJK]XDDDD"])
        #expect(nev.overlaps(0, 1))
        #expect(nev.count(shapeIndex: 1) == 8 * 34 * 10_000)  // D and F belong to the first shape
        #expect(nev.check("D12345") == .member(shapeIndex: 0))
    }

    // MARK: Order, rank and unrank

    @Test func enumerationFollowsTheGivenOrders() {
        let car = SerialPools.smallCar()
        #expect(Array(car.serials(shapeIndex: 0).prefix(3)) == ["00100", "00101", "00102"])
        #expect(car.serial(at: 0, shapeIndex: 1) == "A0010")
        #expect(car.serial(at: car.count(shapeIndex: 0) - 1, shapeIndex: 0) == "99899")
        #expect(car.serial(at: car.count(shapeIndex: 0), shapeIndex: 0) == nil)
        #expect(car.serial(at: -1, shapeIndex: 0) == nil)
        // X lists digits first, then letters, each in the order given.
        let x = SerialPools.format(["X"], letters: "BA", digits: "10")
        #expect(Array(x.serials(shapeIndex: 0)) == ["1", "0", "B", "A"])
        let nev = SerialPools.format(["[FD]D"], digits: "01")
        #expect(Array(nev.serials(shapeIndex: 0)) == ["F0", "F1", "D0", "D1"])
    }

    @Test func rankAndUnrankAgreeOnTheSmallCarPool() {
        let car = SerialPools.smallCar(withheld: ["A1234", "A0010"])
        #expect(car.rank(of: "00100")! == (0, 0))
        #expect(car.rank(of: "A0011")! == (1, 0))  // A0010 is withheld, so A0011 moves up
        #expect(car.rank(of: "A1234") == nil)
        #expect(car.rank(of: "A1112") == nil)
        #expect(car.rank(of: "I1234") == nil)
        // A segment of 100 consecutive ranks somewhere in the middle of each shape.
        for shape in 0..<7 {
            let start = car.count(shapeIndex: shape) / 2
            var previous = ""
            for rank in start..<(start + 100) {
                let serial = car.serial(at: rank, shapeIndex: shape)!
                #expect(car.check(serial) == .member(shapeIndex: shape))
                #expect(car.rank(of: serial)! == (shape, rank))
                #expect(previous < serial)  // the given orders are ASCII orders here
                previous = serial
            }
        }
    }

    @Test func enumerationMatchesUnrankAcrossWithheldSerials() {
        let small = SerialPools.format(
            ["LDD"], letters: "AB", digits: "012", forbid: [.allZeroDigits], withheld: ["A01", "B22", "A00"])
        let listed = Array(small.serials(shapeIndex: 0))
        #expect(listed.count == 2 * 8 - 2)
        #expect(!listed.contains("A01") && !listed.contains("B22") && !listed.contains("A00"))
        #expect(listed == (0..<small.count(shapeIndex: 0)).map { small.serial(at: $0, shapeIndex: 0)! })
    }

    // MARK: Equality and rendering

    @Test func formatsCompareByTheirRules() {
        #expect(SerialPools.smallCar() == SerialPools.smallCar())
        #expect(SerialPools.smallCar() != SerialPools.smallCar(forbid: []))
        #expect(Set([SerialPools.smallCar(), SerialPools.smallCar()]).count == 1)
    }

    @Test func rendersPlates() {
        let car = SerialPools.smallCar()
        #expect(car.plate(province: "冀", authority: "H", serial: "A1234") == "冀H·A1234")
        #expect(SerialPools.smallNEV.plate(province: "冀", authority: "A", serial: "D12345") == "冀A·D12345")
    }
}
