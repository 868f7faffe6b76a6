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

    /// The repository root, for tests that read bundled scenarios and rule sets.
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }
}
