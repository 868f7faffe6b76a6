import Testing

@testable import PlateRules

@Suite("YAML reading")
struct YAMLReaderTests {
    func failure(_ text: String) -> Diagnostic? {
        if case .failure(let d) = YAMLReader.read(text, file: "t.yaml") { return d }
        return nil
    }

    @Test("locations are 1-based line and column of each value")
    func locations() throws {
        guard case .success(let root) = YAMLReader.read("a: 1\nb:\n  c: [x, y]\n", file: "t.yaml") else {
            Issue.record("did not parse")
            return
        }
        #expect(root["a"]?.location == SourceLocation(file: "t.yaml", line: 1, column: 4))
        #expect(root.entry("b")?.keyLocation == SourceLocation(file: "t.yaml", line: 2, column: 1))
        #expect(root["b"]?["c"]?.items?[1].location == SourceLocation(file: "t.yaml", line: 3, column: 10))
    }

    @Test("a mapping used as a key is a located error, not a crash")
    func nonScalarKey() throws {
        let d = try #require(failure("a: 1\n? [a, b]\n: c\n"))
        #expect(d.location.line == 2)
        #expect(d.message.contains("mapping keys must be plain words"))
    }

    @Test("duplicate keys are errors located at the second occurrence")
    func duplicateKeys() throws {
        let d = try #require(failure("x:\n  total: 1\n  other: 2\n  total: 3\n"))
        #expect(d.message.contains("duplicate key 'total' (first written at line 2)"))
        #expect(d.location.line == 4)
    }

    @Test("syntax errors carry the parser's line")
    func syntaxError() throws {
        let d = try #require(failure("a: [1, 2\nb: 3\n"))
        #expect(d.message.hasPrefix("YAML syntax:"))
        #expect(d.location.line >= 2)
    }

    @Test("alias bombs are stopped by the node budget")
    func aliasBomb() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...8 {
            text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let d = try #require(failure(text))
        #expect(d.message.contains("too many values"))
    }

    @Test("a long value repeated by aliases is stopped by the byte budget, located at the alias that crosses it")
    func longValueAliased() throws {
        let text =
            "a: &a " + String(repeating: "x", count: 1 << 20) + "\nb: ["
            + Array(repeating: "*a", count: 40).joined(separator: ", ") + "]\n"
        let d = try #require(failure(text))
        #expect(d.message.contains("too much text"))
        #expect(d.path == "b[31]")
        // Within the budget the same document reads.
        var limits = YAMLReader.Limits()
        limits.maxExpandedBytes = 64 << 20
        guard case .success = YAMLReader.read(text, file: "t", limits: limits) else {
            Issue.record("a larger budget should read it")
            return
        }
    }

    @Test("deep flow nesting is refused before the parser recurses")
    func deepNesting() throws {
        let d = try #require(failure(String(repeating: "[", count: 10_000)))
        #expect(d.message.contains("nested deeper than"))
    }

    @Test("quoted scalars are not plain; empty documents are null")
    func scalarsAndEmpty() {
        guard case .success(let root) = YAMLReader.read("a: \"5\"\nb: 5\n", file: "t"),
            case .success(let empty) = YAMLReader.read("", file: "t")
        else {
            Issue.record("did not parse")
            return
        }
        #expect(root["a"]?.kind == .scalar("5", plain: false))
        #expect(root["b"]?.kind == .scalar("5", plain: true))
        #expect(empty.isNull)
    }
}
