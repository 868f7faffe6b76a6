import Crypto
import Foundation
import PlateRules
import PlateStudies

/// Scenarios uploaded in the browser, with a rule set of their own if they bring one: checked by exactly the loaders
/// (and limits, and words) of `platelab check`, kept only when they load, each in a folder of its own beside links
/// to the bundled rule sets and change files, so `rules: regions/hebei-chengde.yaml` means what it means in
/// `Scenarios/`, and `rules: my-rules.yaml` names the rule set uploaded with it.
enum ScenarioUploads {
    /// Why an upload was refused: its findings in check's words, naming the file as uploaded.
    struct Refusal: Error {
        let messages: [String]
    }

    /// The uploaded scenarios (not the rule sets beside them), by folder name (a digest: the order is stable, not
    /// chronological).
    static func list(_ folders: DataFolders) -> [String] {
        let manager = FileManager.default
        let uploads = (try? manager.contentsOfDirectory(atPath: folders.uploads)) ?? []
        return uploads.filter { !$0.hasPrefix(".") }.sorted().flatMap { folder in
            ((try? manager.contentsOfDirectory(atPath: folders.uploads + "/" + folder)) ?? [])
                .filter { $0.hasSuffix(".yaml") }.sorted().map { folders.uploads + "/" + folder + "/" + $0 }
                .filter { TestFiles.schema(of: $0) == PlateFileKind.scenario.rawValue }
        }
    }

    /// A file name an upload may have: lower-case letters, digits and '-', ending in .yaml.
    static func isUploadName(_ name: String) -> Bool {
        name.hasSuffix(".yaml") && StudyForm.isFileName(String(name.dropLast(5)))
    }

    /// Keeps `text` as the scenario `name` (and `rules`, a rule set it names by its file name) when it loads;
    /// the path a study names it by.
    static func add(
        name: String, text: String, rules: (name: String, text: String)? = nil, workbench: Workbench
    ) -> Result<String, Refusal> {
        guard isUploadName(name) else {
            return .failure(
                Refusal(messages: ["a scenario's file name is lower-case letters, digits and '-', ending in .yaml"]))
        }
        if let rules {
            guard isUploadName(rules.name), rules.name != name, !["regions", "changes"].contains(rules.name) else {
                return .failure(
                    Refusal(messages: [
                        "a rule set's file name is lower-case letters, digits and '-', ending in .yaml, not the scenario's"
                    ]))
            }
            if case .success(let root) = YAMLReader.read(rules.text, file: rules.name),
                let kind = root["schema"]?.scalar, kind != PlateFileKind.rules.rawValue
            {
                return .failure(Refusal(messages: ["\(rules.name): this is not a rule set (schema \(kind))"]))
            }
        }
        guard text.utf8.count + (rules?.text.utf8.count ?? 0) <= WorkbenchRoutes.maxForm else {
            return .failure(Refusal(messages: ["\(name): larger than \(WorkbenchRoutes.maxForm >> 10) KB"]))
        }
        // Only the bundled rule sets and change files, by relative paths below the upload: an upload must not make
        // the server read files of its choosing.
        if case .success(let root) = YAMLReader.read(text, file: name) {
            let references =
                [root["rules"]?.scalar].compactMap { $0 } + (root["change_files"]?.items ?? []).compactMap(\.scalar)
            for path in references
            where path.hasPrefix("/") || path.hasPrefix("~") || path.split(separator: "/").contains("..") {
                return .failure(
                    Refusal(messages: [
                        "\(name): \(path): an uploaded scenario names the bundled rule sets and change files by relative paths (regions/…, changes/…)"
                    ]))
            }
        }
        let manager = FileManager.default
        let signed = name + "\n" + text + (rules.map { "\n" + $0.name + "\n" + $0.text } ?? "")
        let digest = SHA256.hash(data: Data(signed.utf8)).prefix(6).map { String(format: "%02x", $0) }
            .joined()
        let folder = workbench.folders.uploads + "/" + digest
        let incoming = workbench.folders.uploads + "/.incoming-" + UUID().uuidString
        defer { try? manager.removeItem(atPath: incoming) }
        do {
            try manager.createDirectory(atPath: incoming, withIntermediateDirectories: true)
            let bundled = URL(fileURLWithPath: workbench.scenariosFolder).standardizedFileURL.path
            for linked in ["regions", "changes"] where manager.fileExists(atPath: bundled + "/" + linked) {
                try manager.createSymbolicLink(
                    atPath: incoming + "/" + linked, withDestinationPath: bundled + "/" + linked)
            }
            try Data(text.utf8).write(to: URL(fileURLWithPath: incoming + "/" + name))
            if let rules { try Data(rules.text.utf8).write(to: URL(fileURLWithPath: incoming + "/" + rules.name)) }
        } catch {
            return .failure(Refusal(messages: ["the upload could not be kept: \(error.localizedDescription)"]))
        }
        // The messages name the file as uploaded, not the folder it was checked in.
        func said(_ message: String) -> String { message.replacingOccurrences(of: incoming + "/", with: "") }
        if let kind = TestFiles.schema(of: incoming + "/" + name).flatMap(PlateFileKind.init(rawValue:)),
            kind != .scenario
        {
            return .failure(Refusal(messages: ["\(name): this is \(kind.noun), not a scenario"]))
        }
        switch StudyInput.load(incoming + "/" + name, changes: [], seed: nil, command: []) {
        case .failure(let failure):
            var messages = failure.unreadableChanges
            switch failure.reason {
            case .unreadable(let message): messages.append(message)
            case .notAScenario(let findings), .invalid(let findings): messages += findings.map(\.description)
            }
            return .failure(Refusal(messages: messages.map(said)))
        case .success(let input):
            if let rules, input.book.file != incoming + "/" + rules.name {
                return .failure(
                    Refusal(messages: [
                        "\(name): it does not use the rule set uploaded with it; name it as rules: \(rules.name)"
                    ]))
            }
            if !manager.fileExists(atPath: folder) {
                do { try manager.moveItem(atPath: incoming, toPath: folder) } catch {
                    guard manager.fileExists(atPath: folder) else {
                        return .failure(
                            Refusal(messages: ["the upload could not be kept: \(error.localizedDescription)"]))
                    }
                }
            }
            return .success(folder + "/" + name)
        }
    }
}
