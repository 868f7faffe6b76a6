import Foundation
import Testing

/// The corpus of bad inputs (`BadInputs/`, written by `make-corpus.py`): rule sets, overlays, scenarios, case
/// files, sweep parts and command lines, each with the exit status it must give and a fragment of its message.
/// None may crash, hang or pass.
@Suite("Bad inputs: the corpus")
struct BadInputCorpusTests {
    struct Entry: Decodable, CustomTestStringConvertible, Sendable {
        let name: String
        let args: [String]
        let exit: Int32
        let expect: String

        var testDescription: String { name }
    }

    static let folder = CLIRunner.repository.appendingPathComponent("Tests/PlateLabCLITests/BadInputs")

    static let corpus: [Entry] = {
        let data = try! Data(contentsOf: folder.appendingPathComponent("corpus.json"))
        return try! JSONDecoder().decode([Entry].self, from: data)
    }()

    @Test("at least 120 bad inputs, of every kind")
    func size() {
        #expect(Self.corpus.count >= 120)
        for kind in ["rules-", "changes-", "scenario-", "run-", "cases-", "part-", "cli-"] {
            #expect(Self.corpus.filter { $0.name.hasPrefix(kind) }.count >= 5, "few \(kind) inputs")
        }
        // Every file written by make-corpus.py is named by an entry (a stale file would test nothing).
        let files =
            (try? FileManager.default.contentsOfDirectory(atPath: Self.folder.appendingPathComponent("files").path))
            ?? []
        let named = Set(
            Self.corpus.flatMap(\.args).compactMap { $0.components(separatedBy: "/files/").dropFirst().first })
        #expect(Set(files) == named, "files without an entry: \(Set(files).subtracting(named).sorted())")
    }

    @Test("each gives its exit status and message, without a crash or a hang", arguments: corpus)
    func entry(_ entry: Entry) throws {
        let out = Scratch.path("corpus").path
        let outcome = try CLIRunner.run(
            entry.args.map { $0.replacingOccurrences(of: "{out}", with: out) }, timeout: 120)
        let text = outcome.stdout + outcome.stderr
        #expect(outcome.exited, "\(entry.name): died of a signal (a crash, or killed after 120 s)\n\(text.prefix(800))")
        #expect(
            !text.contains("Fatal error") && !text.contains("Precondition failed"),
            "\(entry.name): trapped\n\(text.prefix(800))")
        #expect(
            outcome.status == entry.exit,
            "\(entry.name): exit \(outcome.status), expected \(entry.exit)\n\(text.prefix(800))")
        #expect(text.contains(entry.expect), "\(entry.name): expected \"\(entry.expect)\"\n\(text.prefix(800))")
        // A refused input writes no report that looks complete.
        if entry.exit != 0 {
            #expect(
                !FileManager.default.fileExists(atPath: out + "/summary.json"), "\(entry.name): left a summary.json")
        }
    }
}
