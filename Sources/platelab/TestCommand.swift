import ArgumentParser
import Foundation
import PlateReports
import PlateRules
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
        let (files, benchmarks) = try TestFiles.collect(paths)
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
        let outcomes = TestRunner.run(cases, jobs: jobs, checkInvariants: checkInvariants)
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

/// One case to run: where it came from and the scenario it is.
struct TestCase: Sendable {
    let file: String
    let name: String
    /// Whether the file is a case file (its cases run alone with `--case`).
    let inCaseFile: Bool
    let scenario: Scenario
    let book: RuleBook

    /// The command that runs this case alone.
    var reproduce: String {
        "platelab test \(ShellWord.quoted(file))" + (inCaseFile ? " --case \(ShellWord.quoted(name))" : "")
    }
}

/// Finds and loads the files `platelab test` runs.
enum TestFiles {
    /// Files named, and the YAML files below folders named, in name order, and apart the benchmarks found in
    /// folders (run only when named); a missing path exits 2.
    static func collect(_ paths: [String]) throws -> (files: [String], benchmarks: [String]) {
        var files: [String] = []
        var benchmarks: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                printError("\(path): no such file or folder")
                throw ExitCode(2)
            }
            guard isFolder.boolValue else {
                files.append(path)
                continue
            }
            let found = (FileManager.default.subpaths(atPath: path) ?? []).filter {
                $0.hasSuffix(".yaml") || $0.hasSuffix(".yml")
            }.sorted()
            // Only scenarios and case files: a folder holds rule sets and change files too.
            for file in found.map({ FilePaths.join(path, $0) }) {
                // A file that does not read as YAML is kept, so its error is reported rather than the file skipped
                // unseen.
                guard let root = root(of: file) else {
                    files.append(file)
                    continue
                }
                guard let schema = root["schema"]?.scalar, runnable.contains(schema) else { continue }
                if root["keywords"]?.items?.contains(where: { $0.scalar == "benchmark" }) == true {
                    benchmarks.append(file)
                } else {
                    files.append(file)
                }
            }
        }
        return (files, benchmarks)
    }

    static let runnable = [ScenarioSchema.version, CaseFileLoader.version]

    /// A YAML file's tree, or nil when it cannot be read.
    static func root(of file: String) -> YAMLNode? {
        guard let text = try? InputFile.text(at: file), case .success(let root) = YAMLReader.read(text, file: file)
        else { return nil }
        return root
    }

    /// The `schema:` of a YAML file, or nil when it has none or cannot be read.
    static func schema(of file: String) -> String? { root(of: file)?["schema"]?.scalar }

    /// A file's cases, or every finding that keeps it from running.
    static func load(_ file: String) -> Result<[TestCase], FindingList> {
        let text: String
        do { text = try InputFile.text(at: file) } catch {
            return .failure(
                FindingList([
                    Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), path: "", error.reason)
                ]))
        }
        let root: YAMLNode
        switch YAMLReader.read(text, file: file) {
        case .failure(let problem): return .failure(FindingList([problem]))
        case .success(let node): root = node
        }
        switch root["schema"]?.scalar {
        case ScenarioSchema.version?:
            let loaded = ScenarioLoader.load(text: text, file: file)
            guard let scenario = loaded.scenario, let book = loaded.book, !loaded.diagnostics.hasErrors else {
                return .failure(FindingList(loaded.diagnostics))
            }
            return .success([
                TestCase(file: file, name: scenario.name, inCaseFile: false, scenario: scenario, book: book)
            ])
        case CaseFileLoader.version?:
            let loaded = CaseFileLoader.load(text: text, file: file)
            guard !loaded.diagnostics.hasErrors else { return .failure(FindingList(loaded.diagnostics)) }
            return .success(
                loaded.cases.compactMap { c in
                    c.result.scenario.flatMap { s in
                        c.result.book.map {
                            TestCase(file: file, name: c.name, inCaseFile: true, scenario: s, book: $0)
                        }
                    }
                })
        default:
            return .failure(
                FindingList([
                    Diagnostic(
                        .error, at: SourceLocation(file: file, line: 1, column: 1), path: "schema",
                        "not a scenario or case file; platelab test runs \(runnable.joined(separator: " and "))")
                ]))
        }
    }
}

/// Findings as an error value.
struct FindingList: Error {
    let findings: [Diagnostic]
    init(_ findings: [Diagnostic]) { self.findings = findings }
}

/// What came of one case.
struct TestOutcome: Sendable {
    let test: TestCase
    /// Failed expectations and steps, `file:line:column: ...` each (or the broken invariant that stopped the case).
    let failures: [String]
    /// Whether the case stopped on a broken invariant of the engine's books.
    var brokeInvariant = false

    var passed: Bool { failures.isEmpty }

    /// `PASS file: name`, or `FAIL` with each failure and the command that reruns the case.
    var report: String {
        let head = (passed ? "PASS  " : "FAIL  ") + "\(test.file): \(test.name)"
        guard !passed else { return head }
        return ([head] + failures.map { "      " + $0 } + ["      reproduce: \(test.reproduce)"]).joined(
            separator: "\n")
    }
}

/// Runs cases on several threads; outcomes come back in the order the cases were given.
enum TestRunner {
    static func run(_ cases: [TestCase], jobs: Int, checkInvariants: Bool = true) -> [TestOutcome] {
        guard !cases.isEmpty else { return [] }
        @Sendable func outcome(_ index: Int) -> TestOutcome {
            let test = cases[index]
            let run = ReplicatedRun.run(
                test.scenario, book: test.book, count: test.scenario.replications, jobs: 1,
                checkInvariants: checkInvariants)
            if let broken = run.breach {
                return TestOutcome(
                    test: test, failures: ["replication \(broken.number) (seed \(broken.seed)): \(broken.breach!)"],
                    brokeInvariant: true)
            }
            return TestOutcome(test: test, failures: run.verdicts.compactMap(\.failure) + run.stepFailureLines)
        }
        let (first, rest) = ReplicationPool.map(count: cases.count, jobs: jobs, first: { outcome(0) }, rest: outcome)
        return [first] + rest
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
