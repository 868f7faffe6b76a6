import Foundation

/// Locates the test fixtures copied into the test bundle.
enum FixtureFiles {
    static var root: URL { Bundle.module.resourceURL!.appendingPathComponent("Fixtures") }

    /// Sorted names of the `.yaml` files in a fixture folder.
    static func names(in folder: String) -> [String] {
        let url = root.appendingPathComponent(folder)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    /// The text of a fixture file.
    static func text(_ folder: String, _ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(name), encoding: .utf8)
    }

    /// This target's own copies of the sample regions, scenario and change file (`Fixtures/sample`, laid out as
    /// `Scenarios/` is), so that editing a bundled file breaks no test here.
    static var sample: URL { root.appendingPathComponent("sample") }

    /// The repository root, for the tests that keep the generated docs in step with the schema.
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }
}
