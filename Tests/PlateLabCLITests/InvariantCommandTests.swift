import Foundation
import Testing

/// `--check-invariants` on every command that runs scenarios: the bundled ones keep the engine's books.
@Suite("platelab --check-invariants")
struct InvariantCommandTests {
    @Test(
        "run, compare, sweep and test check the books on request and pass on the bundled scenarios, reports unchanged")
    func bundledScenariosPass() throws {
        let checked = RunCommandTests.temporaryFolder()
        let plain = RunCommandTests.temporaryFolder()
        let run = try CLIRunner.run(
            "run", "Scenarios/smoke.yaml", "--check-invariants", "--out", checked, "--no-events")
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(
            try CLIRunner.run("run", "Scenarios/smoke.yaml", "--no-check-invariants", "--out", plain, "--no-events")
                .status == 0)
        #expect(
            try RunCommandTests.read(checked, "report.md") == RunCommandTests.read(plain, "report.md"),
            "checking changes no figure")
        let compare = try CLIRunner.run(
            "compare", "Scenarios/smoke.yaml", "--changes", "Scenarios/changes/quota-10.yaml", "--check-invariants",
            "--out", RunCommandTests.temporaryFolder())
        #expect(compare.status == 0, "\(compare.stderr)")
        let sweep = try CLIRunner.run(
            "sweep", "Scenarios/smoke.yaml", "--vary", "blacklist.after_lapses=1,2", "--check-invariants",
            "--out", RunCommandTests.temporaryFolder())
        #expect(sweep.status == 0, "\(sweep.stderr)")
        let test = try CLIRunner.run("test", "Scenarios/cases/self-compose.yaml")
        #expect(test.status == 0 && test.stdout.contains(" passed, 0 failed"), "\(test.stdout)")
        let help = try CLIRunner.run("test", "--help")
        #expect(
            help.stdout.contains("--check-invariants/--no-check-invariants")
                && help.stdout.contains("3 a case broke an invariant"), "\(help.stdout)")
    }
}
