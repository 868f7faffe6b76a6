import Foundation
import PlateScenarios
import Testing

@testable import PlateRules

/// Case files' step templates (`step_templates:` and a user's `starts_with:`).
@Suite("Case files: step templates")
struct StepTemplateTests {
    /// A case file in this target's fixture folder (so `rules:` finds the sample rules), `body` after the setup.
    static func load(_ body: String) -> CaseFileLoader.Result {
        let text = """
            schema: platelab/cases/v1
            name: templates
            rules: regions/hebei-chengde.yaml
            seed: 1
            start: 2026-12-02T08:00
            until: 2026-12-03T23:00

            """ + body
        return CaseFileLoader.load(text: text, file: FixtureFiles.sample.appendingPathComponent("cases.yaml").path)
    }

    static let template = """
        step_templates:
          to self-compose:
            - {choose_office: chengde-main}
            - accept_notice
            - {submit: {}}
            - {sms: correct, expect: {stage: service_notes}}
            - start_selection
            - {after: 10s, sms: correct, expect: {stage: self_compose}}

        """

    /// The same case with the template's steps written out by hand.
    static let byHand = """
        cases:
          - name: one
            users:
              - name: a
                user: new_vehicle_owner
                vehicle: small_car
                steps:
                  - {at: 2026-12-02T09:00, choose_office: chengde-main}
                  - accept_notice
                  - {submit: {}}
                  - {sms: correct, expect: {stage: service_notes}}
                  - start_selection
                  - {after: 10s, sms: correct, expect: {stage: self_compose}}
                  - {after: 8s, compose: ["02160"], expect: {reserved: "02160"}}
        """

    /// A `cases:` block of one case with one user, `a`, who starts with `startsWith`, then takes `steps` (YAML lines).
    static func oneCase(startsWith: String, steps: [String] = []) -> String {
        """
        cases:
          - name: one
            users:
              - name: a
                user: new_vehicle_owner
                vehicle: small_car
                starts_with: \(startsWith)

        """ + (steps.isEmpty ? "" : "        steps:\n" + steps.map { "          - \($0)\n" }.joined())
    }

    static func users(_ result: CaseFileLoader.Result) throws -> [ScriptedUser] {
        try #require(result.cases.first?.result.scenario).users
    }

    @Test("a user that starts with a template has its steps, then its own; `at` times the first")
    func expandsLikeTheStepsWrittenOut() throws {
        let templated = Self.load(
            Self.template
                + Self.oneCase(
                    startsWith: "{template: to self-compose, at: 2026-12-02T09:00}",
                    steps: [#"{after: 8s, compose: ["02160"], expect: {reserved: "02160"}}"#]))
        #expect(templated.diagnostics.isEmpty, "\(templated.diagnostics.map(\.description))")
        let written = Self.load(Self.byHand)
        #expect(written.diagnostics.isEmpty, "\(written.diagnostics.map(\.description))")
        let steps = try #require(try Self.users(templated).first).steps
        let expected = try #require(try Self.users(written).first).steps
        #expect(steps.map(\.timing) == expected.map(\.timing))
        #expect(steps.map(\.action) == expected.map(\.action))
        #expect(steps.map(\.expect) == expected.map(\.expect))
        // The template's steps keep the template's lines (the file's lines 9 to 14); the user's own follows.
        #expect(steps.prefix(6).map(\.location.line) == Array(9...14))
        #expect(steps[6].location.line == 23)
    }

    @Test("`starts_with: NAME` keeps the template's own timing, and shared users can start with templates too")
    func shorthandAndSharedUsers() throws {
        let result = Self.load(
            Self.template + """
                users:
                  - name: early
                    user: new_vehicle_owner
                    vehicle: small_car
                    starts_with: to self-compose
                cases:
                  - name: one
                    users:
                      - name: b
                        user: new_vehicle_owner
                        vehicle: small_car
                        starts_with: {template: to self-compose, at: 2026-12-02T10:00}
                """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let users = try Self.users(result)
        #expect(users.map(\.name) == ["early", "b"])
        #expect(users.map(\.steps.count) == [6, 6])
        #expect(users[0].steps[0].timing == .next)
        #expect(users[1].steps[0].timing == .at(Instant(iso8601: "2026-12-02T10:00:00+08:00")!))
        #expect(users[1].steps[1].action == .acceptNotice)
    }

    @Test("a bare first step timed by `at` becomes its mapping form")
    func bareFirstStep() throws {
        let result = Self.load(
            """
            step_templates:
              notice only: [accept_notice]

            """ + Self.oneCase(startsWith: "{template: notice only, at: 2026-12-02T09:00}"))
        let step = try #require(try Self.users(result).first?.steps.first)
        #expect(step.action == .acceptNotice)
        #expect(step.timing == .at(Instant(iso8601: "2026-12-02T09:00:00+08:00")!))
    }

    @Test("an unknown template is an error at its line with a did-you-mean; an unused one is a warning")
    func unknownAndUnused() throws {
        let result = Self.load(
            Self.template + "  unused one: [accept_notice]\n" + Self.oneCase(startsWith: "to self-compse"))
        let unknown = try #require(result.diagnostics.first { $0.path == "cases[0].users[0].starts_with" })
        #expect(unknown.severity == .error && unknown.location.line == 22)
        #expect(
            unknown.message
                == "no step template 'to self-compse'; did you mean 'to self-compose'?; templates here: "
                + "to self-compose, unused one")
        let unused = result.diagnostics.filter { $0.severity == .warning && $0.path.hasPrefix("step_templates.") }
        #expect(unused.map(\.path) == ["step_templates.to self-compose", "step_templates.unused one"])
        #expect(unused.map(\.location.line) == [8, 15])
    }

    @Test("templates that are not lists of steps and starts_with keys that are not known are errors")
    func malformed() throws {
        let notMapping = Self.load("step_templates: [accept_notice]\n" + Self.byHand)
        #expect(
            notMapping.diagnostics.contains {
                $0.path == "step_templates" && $0.message.hasPrefix("expected a mapping of template names")
            })
        let empty = Self.load("step_templates:\n  nothing: []\n" + Self.byHand)
        #expect(
            empty.diagnostics.contains {
                $0.path == "step_templates.nothing" && $0.message.contains("at least one step")
            })
        let badKey = Self.load(
            Self.template + Self.oneCase(startsWith: "{templte: to self-compose}"))
        #expect(
            badKey.diagnostics.contains {
                $0.path == "cases[0].users[0].starts_with.templte" && $0.message.contains("did you mean 'template'?")
            })
        #expect(badKey.diagnostics.contains { $0.path == "cases[0].users[0].starts_with.template" })
    }
}
