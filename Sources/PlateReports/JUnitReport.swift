import PlateMarkup
import PlateSimulation
import PlateStudies

/// `junit.xml`: one test case per run expectation and per checked scripted step, for CI dashboards.
public enum JUnitReport {
    public static func render(_ result: RunResult, _ provenance: RunProvenance) -> String {
        render(ReplicatedRun(single: result), provenance)
    }

    /// Over replications an expectation's failure names the replication that broke it (with `in_every_replication`),
    /// and each further replication whose scripted steps failed is a test case of its own.
    public static func render(_ run: ReplicatedRun, _ provenance: RunProvenance) -> String {
        let result = run.first
        var cases: [String] = []
        let suite = xml(result.scenario.name)
        for verdict in run.verdicts {
            let e = verdict.expectation
            let name = xml("\(e.metric): \(e.requirement.phrase)")
            var body = ""
            if let failure = verdict.failure {
                body = "\n      <failure message=\"\(xml(failure))\" type=\"expectation\"/>\n    "
            }
            cases.append(
                "    <testcase classname=\"\(xml(provenance.scenarioFile))\" name=\"\(name)\">\(body)</testcase>")
        }
        for step in result.steps where step.checked {
            let name = xml("\(step.user) step \(step.step) (\(step.location.file):\(step.location.line))")
            var body = ""
            if let failure = step.failure {
                body = "\n      <failure message=\"\(xml(failure))\" type=\"step\"/>\n    "
            }
            cases.append(
                "    <testcase classname=\"\(xml(provenance.scenarioFile)).users\" name=\"\(name)\">\(body)</testcase>")
        }
        for replication in run.replications.dropFirst() where !replication.stepFailures.isEmpty {
            let name = xml("scripted steps in replication \(replication.number) (seed \(replication.seed))")
            let message = xml(replication.stepFailures.joined(separator: "\n"))
            cases.append(
                "    <testcase classname=\"\(xml(provenance.scenarioFile)).users\" name=\"\(name)\">\n"
                    + "      <failure message=\"\(message)\" type=\"step\"/>\n    </testcase>")
        }
        let failures =
            run.verdicts.filter { !$0.holds }.count + result.steps.filter { $0.failure != nil }.count
            + run.replications.dropFirst().filter { !$0.stepFailures.isEmpty }.count
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="platelab" tests="\(cases.count)" failures="\(failures)">
              <testsuite name="\(suite)" tests="\(cases.count)" failures="\(failures)" errors="0">
                <properties>
                  <property name="seed" value="\(provenance.seed)"/>\(run.count > 1 ? "\n      <property name=\"replications\" value=\"\(run.count)\"/>" : "")
                  <property name="rules_sha256" value="\(provenance.rulesSHA256)"/>
                  <property name="platelab_version" value="\(xml(provenance.version))"/>
                  <property name="reproduce" value="\(xml(provenance.command))"/>
                </properties>
            \(cases.joined(separator: "\n"))
                <system-out>Reproduce with: \(xml(provenance.command))</system-out>
              </testsuite>
            </testsuites>

            """
    }

    /// Several runs (a comparison): one test suite per run, named by its label.
    public static func render(runs: [ComparedRun]) -> String {
        let suites = runs.map { run -> String in
            let one = render(run.replicated, run.provenance)
            // Reuse the single-run suite, renamed after the run's label.
            let start = one.range(of: "  <testsuite ")!.lowerBound
            let end = one.range(of: "  </testsuite>\n")!.upperBound
            return String(one[start..<end]).replacingOccurrences(
                of: "<testsuite name=\"\(xml(run.result.scenario.name))\"",
                with: "<testsuite name=\"\(xml(run.result.scenario.name + " — " + run.label))\"")
        }
        let tests = runs.reduce(0) {
            $0 + $1.replicated.verdicts.count + $1.result.steps.filter(\.checked).count
                + $1.replicated.replications.dropFirst().filter { !$0.stepFailures.isEmpty }.count
        }
        let failures = runs.reduce(0) {
            $0 + $1.replicated.verdicts.filter { !$0.holds }.count + $1.result.steps.filter { $0.failure != nil }.count
                + $1.replicated.replications.dropFirst().filter { !$0.stepFailures.isEmpty }.count
        }
        return
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"platelab\" tests=\"\(tests)\" failures=\"\(failures)\">\n"
            + suites.joined() + "</testsuites>\n"
    }

    /// Text escaped for XML attributes and content; line breaks kept in attribute values as `&#10;`.
    public static func xml(_ text: String) -> String {
        HTMLEscaping.escape(text).replacingOccurrences(of: "\n", with: "&#10;")
    }
}
