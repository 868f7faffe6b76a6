import Foundation
import Testing

/// The README's rule-change studies, run again and compared with their committed outputs (snapshots).
@Suite("README studies reproduce their committed reports")
struct StudyGoldenTests {
    static func compareGolden(_ folder: String, _ files: [String], arguments: [String]) throws {
        let out = RunCommandTests.temporaryFolder()
        let outcome = try CLIRunner.run(arguments + ["--out", out])
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        for file in files {
            let expected = try String(contentsOf: CLIRunner.repository.appendingPathComponent("\(folder)/\(file)"), encoding: .utf8)
            #expect(try RunCommandTests.read(out, file) == expected,
                    "\(folder)/\(file) is out of date: rerun `platelab \(arguments.joined(separator: " "))` and review the diff")
        }
    }

    @Test("compare: validity 3 working days and quota 10 against the blacklist wave")
    func compareStudy() throws {
        try Self.compareGolden("Reports/blacklist-wave-compare", ["compare.md", "compare.html"], arguments: [
            "compare", "Scenarios/blacklist-wave.yaml", "--changes", "Scenarios/changes/validity-3.yaml",
            "--changes", "Scenarios/changes/quota-10.yaml",
        ])
    }

    @Test("compare: self-compose quota 10 and one number per confirm against the year-end rush")
    func selfComposeStudy() throws {
        try Self.compareGolden("Reports/chengde-year-end-rush-compare", ["compare.md", "compare.html"], arguments: [
            "compare", "Scenarios/chengde-year-end-rush.yaml", "--changes", "Scenarios/changes/quota-10.yaml",
            "--changes", "Scenarios/changes/per-confirm-1.yaml",
        ])
    }

    @Test("sweep: validity and blacklist threshold over the blacklist wave")
    func sweepStudy() throws {
        try Self.compareGolden("Reports/blacklist-wave-sweep", ["sweep.md", "sweep.csv", "sweep.html"], arguments: [
            "sweep", "Scenarios/blacklist-wave.yaml", "--vary", "reservation.valid_for=3 working days,5 working days,10 working days",
            "--vary", "blacklist.after_lapses=1,2",
        ])
    }
}
