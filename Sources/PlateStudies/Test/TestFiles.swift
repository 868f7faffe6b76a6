import Foundation
import PlateRules
import PlateScenarios

/// Finds and loads the files `platelab test` runs.
public enum TestFiles {
    /// Files named, and the YAML files below folders named, in name order, and apart the benchmarks found in
    /// folders (run only when named); a missing path is an error.
    public static func collect(_ paths: [String]) throws(MissingPath) -> (files: [String], benchmarks: [String]) {
        var files: [String] = []
        var benchmarks: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw MissingPath(path: path)
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

    public static let runnable = [ScenarioSchema.version, CaseFileLoader.version]

    /// A YAML file's tree, or nil when it cannot be read.
    public static func root(of file: String) -> YAMLNode? {
        guard let text = try? InputFile.text(at: file), case .success(let root) = YAMLReader.read(text, file: file)
        else { return nil }
        return root
    }

    /// The `schema:` of a YAML file, or nil when it has none or cannot be read.
    public static func schema(of file: String) -> String? { root(of: file)?["schema"]?.scalar }

    /// A file's cases, or every finding that keeps it from running.
    public static func load(_ file: String) -> Result<[TestCase], FindingList> {
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

/// A path given to `collect` that is neither a file nor a folder.
public struct MissingPath: Error, Sendable, CustomStringConvertible {
    public let path: String
    public var description: String { "\(path): no such file or folder" }
}

/// Findings as an error value.
public struct FindingList: Error {
    public let findings: [Diagnostic]
    public init(_ findings: [Diagnostic]) { self.findings = findings }
}
