import PlateRules
import Testing

@testable import PlateReports

@Suite("summary.json")
struct SummaryJSONTests {
    /// Every object's keys, recursively, with the path to the object when a key repeats.
    static func repeatedKeys(_ value: JSONValue, path: String = "$") -> [String] {
        switch value {
        case .object(let members):
            var seen = Set<String>()
            var repeated: [String] = []
            for (key, member) in members {
                if !seen.insert(key).inserted { repeated.append(path + "." + key) }
                repeated += repeatedKeys(member, path: path + "." + key)
            }
            return repeated
        case .array(let items):
            return items.enumerated().flatMap { repeatedKeys($1, path: path + "[\($0)]") }
        default:
            return []
        }
    }

    @Test("no object repeats a key: counts and reasons have names of their own")
    func keysAreUnique() throws {
        let (result, provenance, zone) = try ReportFixture.run()
        let summary = SummaryJSON.value(result, provenance, zone: zone)
        #expect(Self.repeatedKeys(summary).isEmpty, "\(Self.repeatedKeys(summary))")
        let text = summary.rendered()
        #expect(text.contains("\"rejections_by_reason\": {") && text.contains("\"rejections\": "))
    }
}
