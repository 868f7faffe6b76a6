/// One figure of a variant against the baseline over paired replications (replication k of both on the same seed):
/// each side's estimate and the estimate of their difference, replication by replication.
public struct PairedDifference: Sendable {
    public let name: String
    public let unit: Figure.Unit
    public let baseline: Estimate
    public let variant: Estimate
    /// Variant − baseline, paired.
    public let difference: Estimate
    /// The half-width the difference's interval would have if the runs were independent samples (Welch), for
    /// comparison.
    public let unpairedHalfWidth: Double?

    public var verdict: DifferenceVerdict { difference.verdict }

    public init(_ base: FigureStatistic, _ variant: FigureStatistic) {
        name = base.name
        unit = base.unit
        baseline = base.estimate
        self.variant = variant.estimate
        difference = Estimate.paired(baseline: base.values, variant: variant.values)
        unpairedHalfWidth = Estimate.unpairedHalfWidth(baseline: base.values, variant: variant.values)
    }

    /// Every figure both runs have, in the baseline's order; a rejection reason only one run saw counts 0 in the other.
    public static func all(baseline: ReplicatedRun, variant: ReplicatedRun) -> [PairedDifference] {
        precondition(baseline.count == variant.count, "paired runs have the same replications")
        var differences: [PairedDifference] = []
        var seen: Set<String> = []
        for base in baseline.statistics {
            seen.insert(base.name)
            if let other = variant.statistic(base.name) {
                differences.append(PairedDifference(base, other))
            } else if base.name.hasPrefix("rejected.") {
                differences.append(
                    PairedDifference(
                        base, FigureStatistic(name: base.name, unit: .count, values: base.values.map { _ in 0 })))
            }
        }
        // Reasons only the variant saw, after the baseline's.
        for other in variant.statistics where other.name.hasPrefix("rejected.") && !seen.contains(other.name) {
            differences.append(
                PairedDifference(
                    FigureStatistic(name: other.name, unit: .count, values: other.values.map { _ in 0 }), other))
        }
        return differences
    }
}
