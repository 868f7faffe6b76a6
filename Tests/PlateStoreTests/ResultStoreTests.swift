import Foundation
import Testing

@testable import PlateStore

@Suite("Results store")
struct ResultStoreTests {
    static func folder() -> String {
        let path = NSTemporaryDirectory() + "platelab-store-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A report folder of `bytes` bytes in two files, one in a subfolder.
    static func report(_ text: String, bytes: Int = 1000) throws -> String {
        let path = folder()
        try FileManager.default.createDirectory(atPath: path + "/data", withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/compare.md"))
        try Data(repeating: 65, count: bytes - text.utf8.count).write(to: URL(fileURLWithPath: path + "/data/x.csv"))
        return path
    }

    @Test("a kept study comes back whole, with its console lines, status and JUnit, after the store is reopened")
    func roundTrip() throws {
        let root = Self.folder()
        let store = try ResultStore(folder: root)
        #expect(try store.find("k1") == nil)
        try store.keep(
            "k1", kind: "compare", reportFolder: try Self.report("# A"), console: ["one", "two"], status: 1,
            junit: "<testsuites/>")
        let again = try ResultStore(folder: root)
        let found = try #require(try again.find("k1"))
        #expect(found.console == ["one", "two"] && found.status == 1 && found.junit == "<testsuites/>")
        #expect(try String(contentsOfFile: found.folder + "/compare.md", encoding: .utf8) == "# A")
        #expect(FileManager.default.fileExists(atPath: found.folder + "/data/x.csv"))
        #expect(try again.usage() == (1, 1000))
    }

    @Test("a row whose folder is gone is a miss, and is forgotten")
    func missingFolder() throws {
        let root = Self.folder()
        let store = try ResultStore(folder: root)
        try store.keep("k", kind: "compare", reportFolder: try Self.report("x"), console: [], status: 0, junit: nil)
        try FileManager.default.removeItem(atPath: root + "/results/k")
        #expect(try store.find("k") == nil)
        #expect(try store.usage().results == 0)
    }

    @Test("past its bound the store removes the least recently used results, never the one just kept, and says so")
    func eviction() throws {
        let store = try ResultStore(folder: Self.folder(), maxBytes: 2500)
        for key in ["a", "b"] {
            let evicted = try store.keep(
                key, kind: "compare", reportFolder: try Self.report(key), console: [], status: 0, junit: nil)
            #expect(evicted.isEmpty)
        }
        _ = try store.find("a")  // a is now used more recently than b
        let evicted = try store.keep(
            "c", kind: "compare", reportFolder: try Self.report("c"), console: [], status: 0, junit: nil)
        #expect(evicted == [Eviction(key: "b", bytes: 1000)])
        #expect(try store.find("b") == nil)
        #expect(try store.find("a") != nil)
        #expect(try store.find("c") != nil)
        let big = try store.keep(
            "d", kind: "compare", reportFolder: try Self.report("d", bytes: 3000), console: [], status: 0, junit: nil)
        #expect(Set(big.map(\.key)) == ["a", "c"], "everything else goes; the result just kept stays")
        #expect(try store.find("d") != nil)
    }

    @Test("keeping a key again replaces its result")
    func replace() throws {
        let store = try ResultStore(folder: Self.folder())
        try store.keep("k", kind: "compare", reportFolder: try Self.report("old"), console: [], status: 0, junit: nil)
        try store.keep(
            "k", kind: "compare", reportFolder: try Self.report("new"), console: ["n"], status: 0, junit: nil)
        let found = try #require(try store.find("k"))
        #expect(try String(contentsOfFile: found.folder + "/compare.md", encoding: .utf8) == "new")
        #expect(found.console == ["n"])
        #expect(try store.usage().results == 1)
    }

    @Test("a store that cannot be made says where and why")
    func unwritable() throws {
        let file = Self.folder() + "/file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect {
            _ = try ResultStore(folder: file + "/store")
        } throws: { error in
            "\(error)".hasPrefix("the results store \(file)/store: ")
        }
    }
}
