import Foundation
import PlateStudies

/// The scenarios the study tests run: this target's own fixtures (`Fixtures/`, laid out as `Scenarios/` is).
enum StudyFixture {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    static func path(_ relative: String) -> String { fixtures.appendingPathComponent(relative).path }

    /// The smoke scenario (301 applicants over three days), loaded as a study input.
    static func smoke(changes: [String] = []) throws -> StudyInput {
        try StudyInput.load(
            path("smoke.yaml"), changes: changes.map(path), seed: nil, command: ["run", "smoke.yaml"]
        ).get()
    }

    /// The smoke scenario edited by `edit`, written to a fresh temporary folder with its rules and change files named
    /// by absolute path; the folder is the caller's to remove.
    static func smokeFile(_ edit: (String) -> String) throws -> (file: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("study-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: path("smoke.yaml"), encoding: .utf8)
            .replacingOccurrences(
                of: "rules: regions/hebei-chengde.yaml", with: "rules: \(path("regions/hebei-chengde.yaml"))"
            )
            .replacingOccurrences(
                of: "change_files: [changes/quota-10.yaml]",
                with: "change_files: [\(path("changes/quota-10.yaml"))]")
        let file = folder.appendingPathComponent("smoke.yaml").path
        try edit(text).write(toFile: file, atomically: true, encoding: .utf8)
        return (file, folder)
    }

    /// Records the progress a study reports, on the thread that runs it.
    final class Progress {
        var seen: [StudyProgress] = []
        func record(_ p: StudyProgress) { seen.append(p) }
    }
}
