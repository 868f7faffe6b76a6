import PlateRules
import PlateSimulation

/// One run of a comparison: its label (Baseline, or the variant's change or rule file), its replications and
/// provenance.
public struct ComparedRun {
    public let label: String
    /// Every replication; replication k of every run of a comparison ran on the same seed.
    public let replicated: ReplicatedRun
    public let provenance: RunProvenance

    /// Replication 1 in full: the run itself when there is one replication.
    public var result: RunResult { replicated.first }

    public init(label: String, replicated: ReplicatedRun, provenance: RunProvenance) {
        self.label = label
        self.replicated = replicated
        self.provenance = provenance
    }

    public init(label: String, result: RunResult, provenance: RunProvenance) {
        self.init(label: label, replicated: ReplicatedRun(single: result), provenance: provenance)
    }
}
