/// How precisely a figure is wanted: `reserved=1%` (the 95 % interval's half-width at most 1 % of the mean) or
/// `time_to_reservation.median_seconds=30` (at most 30 in the figure's own unit: counts, seconds, days, shares as
/// fractions).
public struct Precision: Hashable, Sendable, CustomStringConvertible {
    public enum Target: Hashable, Sendable {
        /// A share of the mean's size.
        case relative(Double)
        /// In the figure's unit.
        case absolute(Double)
    }

    public let figure: String
    public let target: Target
    /// Of a comparison: the target is for the paired difference of the figure (variant − baseline), not the figure.
    public let paired: Bool

    public init(figure: String, target: Target, paired: Bool = false) {
        self.figure = figure
        self.target = target
        self.paired = paired
    }

    /// The same target for the paired difference of the figure, as `compare --precision` means it.
    public var pairedDifference: Precision { Precision(figure: figure, target: target, paired: true) }

    /// Parses `NAME=X%` or `NAME=X` with X > 0; nil otherwise.
    public init?(_ text: String) {
        guard let equals = text.lastIndex(of: "=") else { return nil }
        let name = String(text[..<equals])
        let value = text[text.index(after: equals)...]
        guard !name.isEmpty else { return nil }
        if value.hasSuffix("%") {
            guard let percent = Double(value.dropLast()), percent > 0, percent.isFinite else { return nil }
            self.init(figure: name, target: .relative(percent / 100))
        } else {
            guard let amount = Double(value), amount > 0, amount.isFinite else { return nil }
            self.init(figure: name, target: .absolute(amount))
        }
    }

    /// The half-width allowed for an estimate with this mean.
    public func allowed(mean: Double) -> Double {
        switch target {
        case .relative(let share): abs(mean) * share
        case .absolute(let amount): amount
        }
    }

    /// Whether the estimate is as precise as asked (an undefined or single-valued one never is).
    public func met(by e: Estimate) -> Bool {
        guard let mean = e.mean, let h = e.halfWidth else { return false }
        return h <= allowed(mean: mean)
    }

    /// `reserved within ±1 % of its mean`, `reserved within ±30`, `the paired difference of reserved within ±30`.
    public var description: String {
        let subject = paired ? "the paired difference of \(figure)" : figure
        switch target {
        case .relative(let share):
            return "\(subject) within ±\(FixedDecimals.text(share * 100, decimals: 2)) % of its mean"
        case .absolute(let amount): return "\(subject) within ±\(FixedDecimals.text(amount, decimals: 4))"
        }
    }
}

/// What came of a precision target: reached or not, and after how many replications.
public struct PrecisionOutcome: Sendable {
    public let precision: Precision
    /// Whether the target was met (false also when the figure does not exist in this run).
    public let reached: Bool
    /// The largest number of replications allowed.
    public let maximum: Int
    /// Whether the run has such a figure at all.
    public let known: Bool
}
