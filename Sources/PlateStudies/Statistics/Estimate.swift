/// A figure over replications: its mean, standard deviation and 95 % confidence interval (Student t), and in how
/// many replications it was defined at all (a pool that never ran dry has no exhaustion day).
public struct Estimate: Hashable, Sendable {
    /// The confidence of every interval PlateLab reports.
    public static let confidence = 0.95

    /// Replications in which the figure had a value.
    public let count: Int
    /// Replications in all.
    public let replications: Int
    /// Nil when no replication had a value.
    public let mean: Double?
    /// The sample standard deviation (n − 1); nil below two values.
    public let standardDeviation: Double?
    /// Half the width of the 95 % interval, t(0.975, n − 1) · sd / √n; nil below two values.
    public let halfWidth: Double?

    /// The estimate from one value per replication (nil where the figure was undefined), summed in the order given
    /// so that the same replications give the same bits.
    public init(_ values: [Double?]) {
        replications = values.count
        let defined = values.compactMap { $0 }
        count = defined.count
        guard !defined.isEmpty else {
            mean = nil
            standardDeviation = nil
            halfWidth = nil
            return
        }
        let mean = defined.reduce(0, +) / Double(defined.count)
        self.mean = mean
        guard defined.count >= 2 else {
            standardDeviation = nil
            halfWidth = nil
            return
        }
        let variance = defined.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(defined.count - 1)
        let sd = variance.squareRoot()
        standardDeviation = sd
        halfWidth =
            StudentT.quantile(confidence: Self.confidence, degrees: defined.count - 1) * sd
            / Double(defined.count).squareRoot()
    }

    /// The interval's ends; nil below two values.
    public var low: Double? { halfWidth.flatMap { h in mean.map { $0 - h } } }
    public var high: Double? { halfWidth.flatMap { h in mean.map { $0 + h } } }

    /// Whether the figure was defined in every replication.
    public var definedEverywhere: Bool { count == replications }

    /// The paired difference variant − baseline, replication by replication (common random numbers: replication k of
    /// both ran on the same seed); replications where either is undefined are left out.
    public static func paired(baseline: [Double?], variant: [Double?]) -> Estimate {
        precondition(baseline.count == variant.count, "paired estimates need the same replications")
        return Estimate(zip(baseline, variant).map { b, v in b.flatMap { b in v.map { $0 - b } } })
    }

    /// Half the width of the 95 % interval of variant − baseline if the two were independent samples (Welch), for
    /// setting beside the paired one; nil below two values on either side.
    public static func unpairedHalfWidth(baseline: [Double?], variant: [Double?]) -> Double? {
        let b = Estimate(baseline)
        let v = Estimate(variant)
        guard let sb = b.standardDeviation, let sv = v.standardDeviation else { return nil }
        let qb = sb * sb / Double(b.count)
        let qv = sv * sv / Double(v.count)
        let se2 = qb + qv
        guard se2 > 0 else { return 0 }
        // Welch–Satterthwaite degrees of freedom, rounded down to a whole number (conservative).
        let df = se2 * se2 / (qb * qb / Double(b.count - 1) + qv * qv / Double(v.count - 1))
        return StudentT.quantile(confidence: confidence, degrees: max(1, Int(df))) * se2.squareRoot()
    }

    /// What a paired difference says: higher or lower when its interval leaves out 0, else no clear difference.
    public var verdict: DifferenceVerdict {
        guard let mean else { return .undefined }
        guard let low, let high else { return mean == 0 ? .noClearDifference : .singleReplication }
        if low > 0 { return .higher }
        if high < 0 { return .lower }
        return .noClearDifference
    }
}

/// How a variant's figure stands against the baseline's over paired replications.
public enum DifferenceVerdict: String, Hashable, Sendable {
    /// The whole 95 % interval of the difference is above 0.
    case higher
    /// The whole interval is below 0.
    case lower
    /// The interval contains 0: the difference is within the noise of the replications.
    case noClearDifference = "no clear difference"
    /// One replication (or one defined pair): a difference without an interval, so no verdict.
    case singleReplication = "one replication: no interval"
    /// Undefined in every replication of one side.
    case undefined = "undefined"

    /// Whether the difference is clear (higher or lower).
    public var isClear: Bool { self == .higher || self == .lower }
}
