import Testing

@testable import PlateRules

/// Each file in Fixtures/broken names, in `# expect: LINE:COLUMN fragment` lines, the findings it must produce.
@Suite("Broken rule files")
struct BrokenFixtureTests {
    struct Expectation: CustomStringConvertible {
        let line: Int
        let column: Int
        let fragment: String
        var description: String { "\(line):\(column) \(fragment)" }
    }

    static func expectations(in text: String) -> [Expectation] {
        text.split(separator: "\n").prefix { $0.hasPrefix("# expect:") }.compactMap { line in
            let body = line.dropFirst("# expect:".count).drop { $0 == " " }
            guard let space = body.firstIndex(of: " ") else { return nil }
            let position = body[..<space].split(separator: ":")
            guard position.count == 2, let l = Int(position[0]), let c = Int(position[1]) else { return nil }
            return Expectation(line: l, column: c, fragment: String(body[body.index(after: space)...]))
        }
    }

    @Test("the corpus holds at least 25 broken files, each with an expectation")
    func corpusIsLargeEnough() throws {
        let names = FixtureFiles.names(in: "broken")
        #expect(names.count >= 25)
        for name in names {
            #expect(
                !Self.expectations(in: try FixtureFiles.text("broken", name)).isEmpty, "\(name) has no # expect line")
        }
    }

    @Test(
        "each broken file reports its expected findings at their line and column",
        arguments: FixtureFiles.names(in: "broken"))
    func reportsExpectedFindings(name: String) throws {
        let text = try FixtureFiles.text("broken", name)
        let result = RuleSetLoader.load(text: text, file: name)
        #expect(!result.diagnostics.isEmpty, "\(name) loaded without findings")
        for expected in Self.expectations(in: text) {
            let match = result.diagnostics.first {
                $0.location.line == expected.line && $0.location.column == expected.column
                    && $0.description.contains(expected.fragment)
            }
            #expect(
                match != nil,
                "\(name): no finding \(expected); got:\n\(result.diagnostics.map(\.description).joined(separator: "\n"))"
            )
            #expect(match?.location.file == name)
        }
        if result.diagnostics.hasErrors { #expect(result.book == nil) }
    }

    @Test("the minimal valid file loads without findings")
    func minimalIsClean() throws {
        let result = RuleSetLoader.load(text: try FixtureFiles.text("valid", "minimal.yaml"), file: "minimal.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.book != nil)
    }
}
