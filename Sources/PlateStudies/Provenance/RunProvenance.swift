import Crypto
import PlateRules

/// Where a run's results came from: enough to reproduce it and to tell two rule sets apart.
public struct RunProvenance: Sendable {
    /// The scenario file as given.
    public let scenarioFile: String
    /// The rule-set file, then every change file, as read.
    public let ruleFiles: [String]
    /// The rule changes applied, in order (files, then the scenario's inline changes).
    public let changes: [String]
    /// SHA-256 of the effective rules (every epoch's merged rule tree, canonically rendered).
    public let rulesSHA256: String
    public let seed: UInt64
    public let version: String
    /// The command that reproduces the run, without its `--seed`.
    public let commandStem: String

    /// The command that reproduces the run (replication 1 of a replicated one).
    public var command: String { command(seed: seed) }

    /// The command that reproduces the run, or one replication of it, on `seed`.
    public func command(seed: UInt64) -> String { commandStem + " --seed " + String(seed) }

    /// The provenance of a run; changes apply in the order the loader merges them: the scenario's
    /// change files, its inline changes, then the command line's. `command` is the reproducing command without
    /// `--seed`.
    public init(
        scenarioFile: String, book: RuleBook, scenarioChangeFiles: [String], inlineChanges: Bool,
        extraChangeFiles: [String],
        seed: UInt64, command: String
    ) {
        self.scenarioFile = scenarioFile
        ruleFiles = [book.file] + scenarioChangeFiles + extraChangeFiles
        changes = scenarioChangeFiles + (inlineChanges ? ["inline changes of \(scenarioFile)"] : []) + extraChangeFiles
        rulesSHA256 = Self.digest(of: book)
        self.seed = seed
        version = PlateLabVersion.current
        commandStem = command
    }

    /// SHA-256 over the canonical JSON of every epoch: its start and its merged rule tree.
    public static func digest(of book: RuleBook) -> String {
        let canonical = JSONValue.array(
            book.epochs.map { epoch in
                .object([
                    ("from", epoch.from.map { .string($0.description) } ?? .null), ("rules", json(epoch.document)),
                ])
            }
        ).rendered()
        return SHA256.hash(data: Array(canonical.utf8)).map { zeroPadded(Int($0), width: 2, radix: 16) }.joined()
    }

    /// A rule tree as JSON, keys in file order, scalars as written.
    static func json(_ node: YAMLNode) -> JSONValue {
        if let entries = node.entries { return .object(entries.map { ($0.key, json($0.value)) }) }
        if let items = node.items { return .array(items.map(json)) }
        return node.isNull ? .null : .string(node.scalar ?? "")
    }
}
