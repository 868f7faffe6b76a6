import Foundation
import PlateRules
import Testing

@testable import PlateStudies

@Suite("Loading a scenario for a study")
struct StudyInputTests {
    @Test("a bundled scenario loads with its rules, seed and the command that reproduces it")
    func loads() throws {
        let input = try StudyFixture.smoke()
        #expect(input.scenario.name == "Chengde smoke")
        #expect(input.provenance.seed == 20_261_201)
        #expect(input.provenance.command == "platelab run smoke.yaml --seed 20261201")
        #expect(!input.warnings.contains { $0.severity == .error })
    }

    @Test("a missing scenario is unreadable, naming the file")
    func missing() {
        guard
            case .failure(let failure) = StudyInput.load("/no/such/scenario.yaml", changes: [], seed: nil, command: [])
        else {
            Issue.record("a missing file loaded")
            return
        }
        guard case .unreadable(let message) = failure.reason else {
            Issue.record("expected unreadable, got \(failure.reason)")
            return
        }
        #expect(message.contains("/no/such/scenario.yaml"))
    }

    @Test("an invalid scenario returns every error with its place, and an unreadable change file its own message")
    func invalid() throws {
        let (file, folder) = try StudyFixture.smokeFile { $0.replacingOccurrences(of: "count: 300", with: "count: -3") }
        defer { try? FileManager.default.removeItem(at: folder) }
        guard
            case .failure(let failure) = StudyInput.load(
                file, changes: [folder.appendingPathComponent("absent.yaml").path], seed: nil, command: [])
        else {
            Issue.record("an invalid scenario loaded")
            return
        }
        #expect(failure.unreadableChanges.count == 1)
        #expect(failure.unreadableChanges[0].contains("absent.yaml"))
        guard case .invalid(let findings) = failure.reason else {
            Issue.record("expected invalid, got \(failure.reason)")
            return
        }
        let error = try #require(findings.first { $0.severity == .error && $0.path.hasSuffix("count") })
        #expect(error.location.file == file)
        #expect(error.location.line > 1)
    }
}
