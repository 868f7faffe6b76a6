import Foundation
import Testing

/// The rule-change studies of docs/studies.md, run again and compared with their committed outputs (snapshots).
@Suite("The documented studies reproduce their committed reports")
struct StudyGoldenTests {
    @discardableResult
    static func compareGolden(_ folder: String, _ files: [String], arguments: [String], status: Int32 = 0) throws
        -> String
    {
        let out = RunCommandTests.temporaryFolder()
        let outcome = try CLIRunner.run(arguments + ["--out", out])
        #expect(outcome.status == status, "\(outcome.stdout)\(outcome.stderr)")
        for file in files {
            let expected = try String(
                contentsOf: CLIRunner.repository.appendingPathComponent("\(folder)/\(file)"), encoding: .utf8)
            #expect(
                try RunCommandTests.read(out, file) == expected,
                "\(folder)/\(file) is out of date: rerun `platelab \(arguments.joined(separator: " "))` and review the diff"
            )
        }
        return outcome.stdout
    }

    @Test("compare: validity 3 working days and quota 10 against the blacklist wave")
    func compareStudy() throws {
        try Self.compareGolden(
            "Reports/blacklist-wave-compare", ["compare.md", "compare.html"],
            arguments: [
                "compare", "Scenarios/blacklist-wave.yaml", "--changes", "Scenarios/changes/validity-3.yaml",
                "--changes", "Scenarios/changes/quota-10.yaml",
            ])
    }

    @Test("compare: self-compose quota 10 and one number per confirm against the year-end rush")
    func selfComposeStudy() throws {
        try Self.compareGolden(
            "Reports/chengde-year-end-rush-compare", ["compare.md", "compare.html"],
            arguments: [
                "compare", "Scenarios/chengde-year-end-rush.yaml", "--changes", "Scenarios/changes/quota-10.yaml",
                "--changes", "Scenarios/changes/per-confirm-1.yaml",
            ])
    }

    @Test(
        "sweep: validity and blacklist threshold over the blacklist wave; the points that break the scenario's expectations exit 1"
    )
    func sweepStudy() throws {
        // The blacklist wave's expectations describe its own rules: shorter validity or a lower threshold breaks them.
        let stdout = try Self.compareGolden(
            "Reports/blacklist-wave-sweep", ["sweep.md", "sweep.csv", "sweep.html"],
            arguments: [
                "sweep", "Scenarios/blacklist-wave.yaml", "--vary",
                "reservation.valid_for=3 working days,5 working days,10 working days",
                "--vary", "blacklist.after_lapses=1,2",
            ], status: 1)
        #expect(
            stdout.hasSuffix(
                "4 of 6 grid points break the scenario's expectations: 2 (reservation.valid_for=3 working days, "
                    + "blacklist.after_lapses=2), 4 (reservation.valid_for=5 working days, blacklist.after_lapses=2), "
                    + "5 (reservation.valid_for=10 working days, blacklist.after_lapses=1), 6 (reservation.valid_for=10 working days, "
                    + "blacklist.after_lapses=2); see the expectations failed column of sweep.md\n"), "\(stdout)")
    }
}
