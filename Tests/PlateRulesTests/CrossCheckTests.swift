import Foundation
import Testing

@testable import PlateRules

/// The checks of values against each other, as a sweep reads them: every path they name is a rule path, each finds
/// its error on a tree, and coupling follows the same pool.
@Suite("Cross checks")
struct CrossCheckTests {
    @Test("every path a cross check names is a rule path of the schema")
    func pathsExist() {
        let reference = SchemaReferenceWriter.markdown(RuleSetSchema.root)
        for check in CrossCheck.all {
            for path in check.paths {
                let written = path.replacingOccurrences(of: "*", with: "<id>")
                #expect(reference.contains("| `\(written)` |"), "\(check.name): \(path) is no rule path")
            }
        }
        #expect(Set(CrossCheck.all.map(\.name)).count == CrossCheck.all.count)
    }

    @Test("axes meet in a check only on the same pool; one varied path alone is no coupling")
    func coupling() throws {
        let publication = try #require(CrossCheck.all.first { $0.name == "publication fits" })
        #expect(
            publication.coupled([
                "pools.small-car.publish.segments", "pools.small-car.segments.size", "pools.small-nev.segments.size",
            ]) == [[0, 1]])
        #expect(publication.coupled(["pools.small-car.publish.segments", "pools.small-nev.segments.size"]).isEmpty)
        let quota = try #require(CrossCheck.all.first { $0.name == "per confirm within total" })
        #expect(quota.coupled(["random.draws", "self_compose.per_confirm", "self_compose.total"]) == [[1, 2]])
        #expect(quota.coupled(["self_compose.total"]).isEmpty)
    }

    @Test("a check left out of a load is the one named, and only it")
    func skipping() throws {
        let file = FixtureFiles.sample.appendingPathComponent("regions/hebei-chengde.yaml").path
        let text = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(
            of: "  per_confirm: 5 ", with: "  per_confirm: 50 ")
        let all = RuleSetLoader.load(text: text, file: file).diagnostics
        #expect(
            all.contains {
                $0.path == "self_compose.per_confirm" && $0.message.contains("exceed the self-compose total")
            })
        let skipped = RuleSetLoader.load(text: text, file: file, skipping: ["per confirm within total"]).diagnostics
        #expect(!skipped.contains { $0.message.contains("exceed the self-compose total") })
    }
}
