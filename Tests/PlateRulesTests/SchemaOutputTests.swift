import Foundation
import Testing

@testable import PlateRules
@testable import PlateScenarios

@Suite("Schema outputs")
struct SchemaOutputTests {
    @Test("the JSON Schema is valid JSON and describes every top-level key")
    func jsonSchema() throws {
        let text = JSONSchemaWriter.document(RuleSetSchema.root, id: "x", title: "t").rendered()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let properties = try #require(object["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(RuleSetSchema.root.fields.map(\.name)))
        let required = try #require(object["required"] as? [String])
        #expect(required.contains("pools") && !required.contains("changes"))
    }

    @Test("the Markdown reference lists nested keys with their examples")
    func markdown() {
        let text = SchemaReferenceWriter.markdown(RuleSetSchema.root)
        #expect(text.contains("| `self_compose.per_confirm` | a whole number from 1 to 100 | required |"))
        #expect(text.contains("| `pools.<id>.segments.random_only_for` |"))
        #expect(text.contains("`5 working days`"))
    }

    @Test("did-you-mean finds typos and ignores unrelated words")
    func suggestions() {
        #expect(Suggestion.closest(to: "self_compse", among: ["self_compose", "random"]) == "self_compose")
        #expect(Suggestion.closest(to: "selfCompose", among: ["self_compose", "random"]) == "self_compose")
        #expect(Suggestion.closest(to: "perconfirm", among: ["per_confirm", "total"]) == "per_confirm")
        #expect(Suggestion.closest(to: "banana", among: ["self_compose", "random"]) == nil)
    }

    @Test("durations parse in every documented form")
    func durations() {
        #expect(RuleDuration("8s") == .seconds(8))
        #expect(RuleDuration("5m") == .seconds(300))
        #expect(RuleDuration("2h") == .seconds(7200))
        #expect(RuleDuration("7d") == .days(7))
        #expect(RuleDuration("2w") == .days(14))
        #expect(RuleDuration("5 working days") == .workingDays(5))
        #expect(RuleDuration("6mo") == .months(6))
        #expect(RuleDuration("2y") == .years(2))
        #expect(RuleDuration("five days") == nil)
        #expect(RuleDuration("5 fortnights") == nil)
    }

    @Test("instants parse with their offset and convert to local dates")
    func instants() throws {
        let i = try #require(Instant(iso8601: "2026-12-01T00:30+08:00"))
        #expect(i.formatted(in: UTCOffset(seconds: 0)) == "2026-11-30T16:30:00+00:00")
        #expect(i.date(in: UTCOffset(seconds: 8 * 3600)) == CivilDate(year: 2026, month: 12, day: 1))
        // The local day number is the date's, on both sides of midnight and of the epoch.
        #expect(
            i.localDay(in: UTCOffset(seconds: 8 * 3600)) == CivilDate(year: 2026, month: 12, day: 1)!.daysSinceEpoch)
        #expect(i.localDay(in: UTCOffset(seconds: 0)) == CivilDate(year: 2026, month: 11, day: 30)!.daysSinceEpoch)
        #expect(Instant(secondsSinceEpoch: -1).localDay(in: UTCOffset(seconds: 0)) == -1)
        #expect(Instant(iso8601: "2026-12-01T08:00") == nil)
        #expect(CivilDate(year: 2026, month: 11, day: 24)?.weekday == .tue)
        #expect(
            CivilDate(daysSinceEpoch: CivilDate(year: 2024, month: 2, day: 29)!.daysSinceEpoch)
                == CivilDate(year: 2024, month: 2, day: 29))
    }
}

@Suite("Generated references in docs/")
struct ReadmeTests {
    @Test("the key reference in docs/rule-sets.md is the one the schema generates")
    func keyReferenceInStep() throws {
        let readme = try String(
            contentsOf: FixtureFiles.repository.appendingPathComponent("docs/rule-sets.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- BEGIN KEY REFERENCE -->\n"))
        let end = try #require(readme.range(of: "<!-- END KEY REFERENCE -->"))
        let copy = String(readme[begin.upperBound..<end.lowerBound])
        #expect(
            copy == SchemaReferenceWriter.markdown(RuleSetSchema.root),
            "regenerate with: swift run platelab schema rules --format markdown")
    }

    @Test("the step reference in docs/scenarios.md is the one the scenario schema generates, with every rejection name")
    func stepReferenceInReadme() throws {
        let readme = try String(
            contentsOf: FixtureFiles.repository.appendingPathComponent("docs/scenarios.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- BEGIN STEP REFERENCE -->\n"))
        let end = try #require(readme.range(of: "<!-- END STEP REFERENCE -->"))
        let lines = SchemaReferenceWriter.markdown(ScenarioSchema.root).split(
            separator: "\n", omittingEmptySubsequences: false)
        let steps = lines.prefix(2) + lines.filter { $0.hasPrefix("| `users[].steps[]") }
        let rejections = RejectionReason.allCases.map { "| `\($0.name)` | \($0.meaning) |" }
        let expected =
            steps.joined(separator: "\n") + "\n\n| name | meaning |\n|---|---|\n" + rejections.joined(separator: "\n")
            + "\n"
        #expect(
            String(readme[begin.upperBound..<end.lowerBound]) == expected,
            "regenerate from: swift run platelab schema scenario --format markdown")
    }

    @Test("the metric reference in docs/scenarios.md is the one the metric home generates")
    func metricReferenceInDocs() throws {
        let page = try String(
            contentsOf: FixtureFiles.repository.appendingPathComponent("docs/scenarios.md"), encoding: .utf8)
        let begin = try #require(page.range(of: "<!-- BEGIN METRIC REFERENCE -->\n"))
        let end = try #require(page.range(of: "<!-- END METRIC REFERENCE -->"))
        let table = ScenarioMetrics.markdown.drop { $0 != "|" }
        #expect(
            String(page[begin.upperBound..<end.lowerBound]) == String(table),
            "regenerate from: swift run platelab schema scenario --format markdown")
        for count in RunCount.allCases { #expect(table.contains("| `\(count.name)` | \(count.meaning) |")) }
        for metric in PoolMetric.allCases {
            #expect(table.contains("| `pool.<id>.\(metric.name)` | \(metric.meaning) |"))
        }
    }

    @Test("the scenario reference lists every step action with its arguments and every step and run expect key")
    func scenarioReference() {
        let text = SchemaReferenceWriter.markdown(ScenarioSchema.root)
        for action in ScenarioSchema.actions {
            #expect(text.contains("| `users[].steps[].\(action)` |"), "\(action) missing")
        }
        for key in [
            "ok", "rejected", "reserved", "stage", "self_compose_left", "draws_left", "valid_until", "keys_after",
            "keys_after.prefix",
        ] {
            #expect(text.contains("| `users[].steps[].expect.\(key)` |"), "expect.\(key) missing")
        }
        for key in ["equals", "at_least", "at_most", "is", "in_every_replication"] {
            #expect(text.contains("| `expect.<name>.\(key)` |"))
        }
        for reason in RejectionReason.allCases {
            #expect(RejectionReason.markdown.contains("| `\(reason.name)` | \(reason.meaning) |"))
        }
    }
}
