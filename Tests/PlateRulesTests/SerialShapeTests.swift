import Testing

@testable import PlateRules

@Suite struct SerialShapeTests {
    @Test func parsesTheSmallCarShapes() throws {
        #expect(try SerialShape(parsing: "DDDDD").positions == Array(repeating: .digit, count: 5))
        #expect(try SerialShape(parsing: "LDDDD").positions == [.letter, .digit, .digit, .digit, .digit])
        #expect(try SerialShape(parsing: "LLDDD").positions == [.letter, .letter, .digit, .digit, .digit])
        #expect(try SerialShape(parsing: "DDDDL").length == 5)
    }

    @Test func parsesBracketsInTheOrderWritten() throws {
        let nev = try SerialShape(parsing: "[DF]XDDDD")
        #expect(nev.pattern == "[DF]XDDDD")
        #expect(nev.description == "[DF]XDDDD")
        #expect(nev.positions == [.oneOf(Array("DF".utf8)), .letterOrDigit, .digit, .digit, .digit, .digit])
        let wide = try SerialShape(parsing: "[ABCDEFGHJK]XDDDD")
        #expect(wide.positions.first == .oneOf(Array("ABCDEFGHJK".utf8)))
        #expect(wide.length == 6)
        let large = try SerialShape(parsing: "DDDDD[FD]")
        #expect(large.positions.last == .oneOf(Array("FD".utf8)))
        #expect(try SerialShape(parsing: "[09]").positions == [.oneOf(Array("09".utf8))])
    }

    @Test(arguments: [
        ("", SerialShapeError.empty),
        ("DDQDD", .unknownClass("Q", offset: 3)),
        ("dDDDD", .unknownClass("d", offset: 1)),
        ("D D", .unknownClass(" ", offset: 2)),
        ("DD]", .unknownClass("]", offset: 3)),
        ("[DF", .unclosedBracket(offset: 1)),
        ("DD[D", .unclosedBracket(offset: 3)),
        ("DD[]D", .emptyBracket(offset: 3)),
        ("[Df]", .invalidLiteral("f", offset: 3)),
        ("D[中]", .invalidLiteral("中", offset: 3)),
        ("[Ｄ]", .invalidLiteral("Ｄ", offset: 2)),
        ("[D[F]]", .invalidLiteral("[", offset: 3)),
        ("[DFD]", .repeatedLiteral("D", offset: 4)),
    ])
    func reportsEachErrorWithItsOffset(text: String, expected: SerialShapeError) {
        #expect(throws: expected) { try SerialShape(parsing: text) }
    }

    @Test func offsetsCountCharactersNotBytes() {
        // 中 is three UTF-8 bytes but one character, so Q is character 3.
        #expect(throws: SerialShapeError.unknownClass("中", offset: 1)) { try SerialShape(parsing: "中DQ") }
        #expect(SerialShapeError.invalidLiteral("中", offset: 3).offset == 3)
        #expect(SerialShapeError.empty.offset == nil)
    }

    @Test func errorMessagesNameTheProblemAndPlace() {
        #expect(
            SerialShapeError.unknownClass("Q", offset: 3).description
                == "unknown position class 'Q' at character 3; use D (digit), L (letter), X (either) or [..] (listed characters)"
        )
        #expect(
            SerialShapeError.unclosedBracket(offset: 1).description == "'[' at character 1 is never closed with ']'")
        #expect(SerialShapeError.emptyBracket(offset: 2).description == "'[]' at character 2 lists no characters")
        #expect(
            SerialShapeError.invalidLiteral("f", offset: 3).description
                == "'f' at character 3 is not an upper-case ASCII letter or digit")
        #expect(
            SerialShapeError.repeatedLiteral("D", offset: 4).description
                == "'D' at character 4 is already listed in this bracket")
        #expect(SerialShapeError.empty.description.contains("empty"))
    }

    @Test func patternsHaveRuleSetNamesAndSummaries() {
        #expect(SerialPattern(rawValue: "three_identical_digits") == .threeIdenticalDigits)
        #expect(SerialPattern(rawValue: "four_identical_digits") == .fourIdenticalDigits)
        #expect(SerialPattern(rawValue: "all_zero_digits") == .allZeroDigits)
        #expect(SerialPattern(rawValue: "letter_last") == .letterLast)
        #expect(SerialPattern.allCases.allSatisfy { !$0.summary.isEmpty })
        #expect(SerialPattern.threeIdenticalDigits.summary == "three identical digits in a row (A1112)")
    }
}
