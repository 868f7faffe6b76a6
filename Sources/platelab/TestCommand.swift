import ArgumentParser
import Foundation
import PlateReports
import PlateRules
import PlateScenarios
import PlateSimulation
import PlateStudies

/// `platelab test PATH...`: runs scenario and case files as tests, each case in its own world, in parallel.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run scenario and case files as tests: one line per case, then how many passed and failed.",
        discussion: """
            PATH is a scenario (platelab/scenario/v1, one case), a case file (platelab/cases/v1: a shared setup and \
            cases, each run in a fresh world) or a folder, searched recursively for both (rule sets and change files \
            are skipped, and so are scenarios with the keyword `benchmark` unless named as a file). A failing case shows each failed expectation or step with its file:line, and the command \
            that runs that case alone. The engine's books are checked as every case runs (--no-check-invariants turns it off). \
            Exit status: 0 every case passed, 1 a case failed, 2 a file is unreadable or invalid, 3 a case broke an invariant of the engine's books.
            """
    )

    @Argument(help: "Scenario files, case files or folders.")
    var paths: [String]

    @Option(name: .customLong("case"), help: "Run only the cases of this name.")
    var only: String?

    @Option(help: "Also write a JUnit XML file here: a test suite per file, a test case per case.")
    var junit: String?

    @Option(parsing: .unconditional, help: "Cases run at once (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(
        inversion: .prefixedNo,
        help:
            "Check the engine's books as every case runs (see `platelab run --help`); a breach fails the case, exit 3.")
    var checkInvariants = true

    func validate() throws {
        guard (1...1024).contains(jobs) else { throw ValidationError("--jobs must be from 1 to 1024, found \(jobs)") }
    }

    func run() throws {
        var invalid = false
        var cases: [TestCase] = []
        let (files, benchmarks): ([String], [String])
        do { (files, benchmarks) = try TestFiles.collect(paths) } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        for file in benchmarks { print("SKIP  \(file): a benchmark (keyword benchmark); name the file to run it") }
        for file in files {
            switch TestFiles.load(file) {
            case .failure(let findings):
                for item in findings.findings { printError(item.description) }
                invalid = true
            case .success(let loaded): cases += loaded.filter { only == nil || $0.name == only }
            }
        }
        if cases.isEmpty, !invalid {
            printError(
                only.map { "no case named '\($0)' in \(paths.joined(separator: " "))" }
                    ?? "no scenario or case file in \(paths.joined(separator: " "))")
            throw ExitCode(2)
        }
        // Without a cancellation token a study cannot stop early; a signal ends the process, which has written
        // nothing yet.
        let outcomes = try! TestStudy(cases: cases, jobs: jobs, checkInvariants: checkInvariants).run()
        for outcome in outcomes { print(outcome.report) }
        let failed = outcomes.filter { !$0.passed }.count
        print(
            "\(outcomes.count - failed) passed, \(failed) failed"
                + (invalid ? "; some files are invalid (above) and did not run" : ""))
        if let junit {
            do { try Data(TestJUnit.render(outcomes).utf8).write(to: URL(fileURLWithPath: junit)) } catch {
                printError("cannot write \(junit): \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
        if invalid { throw ExitCode(2) }
        if outcomes.contains(where: \.brokeInvariant) { throw ExitCode(3) }
        if failed > 0 { throw ExitCode(1) }
    }
}

/// `--junit`: a test suite per file, a test case per case.
enum TestJUnit {
    static func render(_ outcomes: [TestOutcome]) -> String {
        var files: [String] = []
        for outcome in outcomes where files.last != outcome.test.file { files.append(outcome.test.file) }
        let failures = outcomes.filter { !$0.passed }.count
        var out =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"platelab test\" tests=\"\(outcomes.count)\" failures=\"\(failures)\">\n"
        for file in files {
            let mine = outcomes.filter { $0.test.file == file }
            out +=
                "  <testsuite name=\"\(JUnitReport.xml(file))\" tests=\"\(mine.count)\" failures=\"\(mine.filter { !$0.passed }.count)\" errors=\"0\">\n"
            for outcome in mine {
                out +=
                    "    <testcase classname=\"\(JUnitReport.xml(file))\" name=\"\(JUnitReport.xml(outcome.test.name))\">"
                if !outcome.passed {
                    let message = outcome.failures.joined(separator: "\n") + "\nreproduce: " + outcome.test.reproduce
                    out += "\n      <failure message=\"\(JUnitReport.xml(message))\" type=\"expectation\"/>\n    "
                }
                out += "</testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }
}
