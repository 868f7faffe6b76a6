import Crypto
import Foundation
import PlateRules
import PlateSimulation

/// The key of a finished study in the results store: SHA-256 of everything that decides its reports, byte for byte.
///
/// That is the PlateLab version, the kind of study and its settings (seed, replications), and for
/// each run its label, the scenario file (path as given, which the reports print, and its bytes), the effective
/// rules' digest, the rule and change files as named and the reproducing command. The file bytes are hashed as read,
/// so an edit that changes nothing (a comment) costs a rerun, never a wrong result. Checking the engine's books is
/// not part of it: a check changes no figure (a run that breaks one writes no report, so none is stored).
public enum StudyKey {
    /// The key of a comparison.
    public static func compare(_ study: CompareStudy) -> String {
        var fields: [(String, JSONValue)] = [
            ("version", .string(PlateLabVersion.current)), ("kind", .string("compare")),
            ("seed", study.seed.map { .string(String($0)) } ?? .null),
            ("replications", .int(study.replications)),
            ("arms", .array(study.arms.map { arm(label: $0.label, input: $0.input) })),
        ]
        // Only with a precision, so the keys of the studies without one stay as they were.
        if let precision = study.precision {
            fields.append(("precision", .string(precision.description)))
            fields.append(("maximum_replications", .int(study.maximumReplications)))
        }
        return digest(.object(fields))
    }

    /// The key of one run of a sweep: replication `replication` of the grid point with `values` (one per axis).
    ///
    /// It names what decides the run's outcomes and nothing that places it in a grid, so the same run in a wider
    /// or narrower grid, or in another shard, has the same key. `scenarioDigest` is `fileDigest` of the scenario
    /// file, read once per sweep.
    public static func sweepRun(
        _ study: SweepStudy, values: [String], replication: Int, scenarioDigest: String
    ) -> String {
        let paths = study.grid.axes.map(\.path)
        return digest(
            .object([
                ("version", .string(PlateLabVersion.current)), ("kind", .string("sweep-run")),
                ("scenario_sha256", .string(scenarioDigest)),
                ("rules_sha256", .string(study.base.provenance.rulesSHA256)),
                ("values", .array(zip(paths, values).map { .array([.string($0), .string($1)]) })),
                ("seed", .string(String(ReplicationSeeds.seed(study.seed, replication: replication)))),
            ]))
    }

    static func arm(label: String, input: StudyInput) -> JSONValue {
        let p = input.provenance
        return .object([
            ("label", .string(label)), ("scenario_file", .string(p.scenarioFile)),
            ("scenario_sha256", .string(fileDigest(input.file))), ("rules_sha256", .string(p.rulesSHA256)),
            ("rule_files", .array(p.ruleFiles.map(JSONValue.string))),
            ("changes", .array(p.changes.map(JSONValue.string))),
            ("seed", .string(String(p.seed))), ("command", .string(p.commandStem)),
        ])
    }

    static func digest(_ value: JSONValue) -> String { hex(SHA256.hash(data: Array(value.rendered().utf8))) }

    /// SHA-256 of a file's bytes (of nothing when it cannot be read, which no study's key then matches).
    public static func fileDigest(_ path: String) -> String {
        hex(SHA256.hash(data: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()))
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in String(byte >> 4, radix: 16) + String(byte & 0xF, radix: 16) }.joined()
    }
}
