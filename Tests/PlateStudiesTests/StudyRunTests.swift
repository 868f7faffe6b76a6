import Foundation
import PlateRules
import Testing

@testable import PlateStudies

/// The studies as a library user calls them: typed inputs, progress through a callback, cancellation, typed results.
@Suite("Studies as library calls")
struct StudyRunTests {
    @Test("a test study runs every case of a case file in order, counting cases done")
    func testStudy() throws {
        let cases = try TestFiles.load(StudyFixture.path("cases/phase-1.yaml")).get()
        #expect(cases.count > 1)
        let progress = StudyFixture.Progress()
        let outcomes = try TestStudy(cases: cases, jobs: 2).run(progress: progress.record)
        #expect(outcomes.map(\.test.name) == cases.map(\.name))
        #expect(outcomes.allSatisfy { $0.passed }, "\(outcomes.filter { !$0.passed }.map(\.report))")
        // Cases finished on other threads are counted when the calling thread next looks: the count only rises.
        #expect(zip(progress.seen, progress.seen.dropFirst()).allSatisfy { $0.done < $1.done })
        #expect(progress.seen.last?.done == cases.count)
        #expect(progress.seen.allSatisfy { $0.stage == .cases && $0.total == cases.count })
    }

    @Test("a failing expectation comes back as a failure line with its place and the command that reruns it")
    func testStudyFailure() throws {
        let (file, folder) = try StudyFixture.smokeFile {
            $0.replacingOccurrences(of: "applicants: {equals: 301}", with: "applicants: {equals: 7}")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try StudyInput.load(file, changes: [], seed: nil, command: []).get()
        let expectation = try #require(input.scenario.expectations.first)
        let test = TestCase(
            file: input.file, name: input.scenario.name, inCaseFile: false, scenario: input.scenario, book: input.book)
        let outcome = try #require(try TestStudy(cases: [test], jobs: 1).run().first)
        #expect(!outcome.passed)
        #expect(
            outcome.failures == [
                "\(expectation.location): expectation failed: applicants: expected exactly 7, observed 301"
            ])
        #expect(outcome.report.contains("reproduce: platelab test"))
    }

    @Test("a cancelled token stops a study before its next run, and nothing is returned")
    func cancelled() throws {
        let cases = try TestFiles.load(StudyFixture.path("cases/phase-1.yaml")).get()
        let token = StudyCancellation()
        var finished = 0
        // One job: the first case runs, then the cancel keeps the rest from starting.
        #expect(throws: StudyStop.cancelled) {
            try TestStudy(cases: cases, jobs: 1).run(
                progress: {
                    finished = $0.done
                    token.cancel()
                }, cancellation: token)
        }
        #expect(finished == 1)
        #expect(throws: StudyStop.cancelled) {
            try CompareStudy(
                arms: [
                    .init(label: "a", input: try StudyFixture.smoke()),
                    .init(label: "b", input: try StudyFixture.smoke()),
                ],
                replications: 2, jobs: 1
            ).run(cancellation: token)
        }
    }

    @Test("a compare study pairs the variant with the baseline on the same seeds, replication by replication")
    func compare() throws {
        let baseline = try StudyFixture.smoke()
        let variant = try StudyFixture.smoke(changes: ["changes/per-confirm-1.yaml"])
        let progress = StudyFixture.Progress()
        let outcome = try CompareStudy(
            arms: [.init(label: "Baseline", input: baseline), .init(label: "per-confirm-1", input: variant)],
            replications: 3, jobs: 2
        ).run(progress: progress.record)
        guard case .finished(let runs) = outcome else {
            Issue.record("the comparison broke an invariant")
            return
        }
        #expect(runs.map(\.label) == ["Baseline", "per-confirm-1"])
        #expect(runs[0].replicated.replications.map(\.seed) == runs[1].replicated.replications.map(\.seed))
        #expect(runs.allSatisfy { $0.replicated.count == 3 })
        // Every applicant arrives the same in both arms: the rule change moves what they get, not who comes.
        #expect(
            runs[0].replicated.statistic(RunCount.applicants.name)?.values
                == runs[1].replicated.statistic(RunCount.applicants.name)?.values)
        #expect(progress.seen.last == StudyProgress(.runs, done: 6, of: 6))
        #expect(zip(progress.seen, progress.seen.dropFirst()).allSatisfy { $0.done <= $1.done })
    }

    @Test("a sweep study checks its grid, runs every point's replications in grid order and ignores the job count")
    func sweep() throws {
        let base = try StudyFixture.smoke()
        let grid = SweepGrid(axes: [.init(path: "self_compose.per_confirm", values: ["1", "3"])])
        func rows(jobs: Int) throws -> [SweepRow] {
            let study = SweepStudy(base: base, grid: grid, replications: 2, jobs: jobs)
            #expect(study.check().failingPoints == 0)
            guard case .finished(let sweep) = try study.run() else {
                Issue.record("the sweep did not finish")
                return []
            }
            return sweep.rows
        }
        let one = try rows(jobs: 1)
        #expect(one.map { [$0.point, $0.replication] } == [[0, 1], [0, 2], [1, 1], [1, 2]])
        let two = try rows(jobs: 2)
        #expect(one.map(\.values) == two.map(\.values))
        #expect(one.map { $0.outcomes } == two.map { $0.outcomes })
    }

    @Test("a grid value the rules refuse is found before anything runs, with the path and the point")
    func sweepCheck() throws {
        let base = try StudyFixture.smoke()
        let grid = SweepGrid(axes: [.init(path: "self_compose.per_confirm", values: ["3", "-1"])])
        let checked = SweepStudy(base: base, grid: grid, replications: 1, jobs: 2).check()
        #expect(checked.failingPoints == 1)
        #expect(checked.findings.map(\.label) == ["self_compose.per_confirm=-1"])
        #expect(checked.findings[0].errors.allSatisfy { $0.path == "self_compose.per_confirm" })
    }
}
