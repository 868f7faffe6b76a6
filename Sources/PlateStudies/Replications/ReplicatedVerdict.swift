import PlateRules
import PlateScenarios
import PlateSimulation

/// A run expectation over replications: on the mean by default, in every replication with `in_every_replication`.
public struct ReplicatedVerdict: Sendable {
    public let expectation: RunExpectation
    /// The observed value per replication (nil where the metric names nothing).
    public let observed: [Int?]
    /// The replications' seeds, to name the one that failed.
    public let seeds: [UInt64]

    public init(expectation: RunExpectation, observed: [Int?], seeds: [UInt64]) {
        self.expectation = expectation
        self.observed = observed
        self.seeds = seeds
    }

    /// The observed values over replications; nil when the metric names nothing in some replication.
    public var estimate: Estimate? {
        observed.contains(nil) ? nil : Estimate(observed.map { $0.map(Double.init) })
    }

    /// Replications (1-based) whose own value breaks the requirement.
    public var failingReplications: [Int] {
        observed.indices.filter { k in observed[k].map { !expectation.requirement.holds(for: $0) } ?? true }.map {
            $0 + 1
        }
    }

    public var holds: Bool {
        if expectation.inEveryReplication { return failingReplications.isEmpty }
        guard let mean = estimate?.mean else { return false }
        return expectation.requirement.holds(mean: mean)
    }

    /// The observed value as the requirement reads it: the value itself for one replication, else the mean (flags:
    /// in how many replications they were true).
    public var observedText: String {
        guard let estimate, let mean = estimate.mean else { return "nothing" }
        if observed.count == 1 { return expectation.requirement.show(observed[0]!) }
        if case .flag = expectation.requirement {
            return "true in \(observed.filter { $0 != 0 }.count) of \(observed.count) replications"
        }
        return "mean " + FixedDecimals.text(mean) + (estimate.halfWidth.map { " ± " + FixedDecimals.text($0) } ?? "")
    }

    /// `file:line:column: expectation failed: metric: expected ..., observed ...`, or nil when it holds.
    public var failure: String? {
        guard !holds else { return nil }
        let l = expectation.location
        let head =
            "\(l.file):\(l.line):\(l.column): expectation failed: \(expectation.metric): expected \(expectation.requirement.phrase)"
        if expectation.inEveryReplication, observed.count > 1, let k = failingReplications.first {
            let value = observed[k - 1].map { expectation.requirement.show($0) } ?? "nothing"
            let others = failingReplications.count > 1 ? " (and \(failingReplications.count - 1) more)" : ""
            return head + " in every replication, observed \(value) in replication \(k) (seed \(seeds[k - 1]))\(others)"
        }
        return head + ", observed \(observedText)" + (observed.count > 1 ? " over \(observed.count) replications" : "")
    }
}

extension RunExpectation.Requirement {
    /// Whether a mean over replications satisfies the requirement; a flag holds when it was true in at least half of
    /// them.
    public func holds(mean: Double) -> Bool {
        switch self {
        case .equals(let n): mean == Double(n)
        case .between(let low, let high):
            (low.map { mean >= Double($0) } ?? true) && (high.map { mean <= Double($0) } ?? true)
        case .flag(let flag): (mean >= 0.5) == flag
        }
    }
}
