import PlateEngine
import PlateRules
import PlateScenarios

/// What a scenario run produced: the tally, the scripted steps and every expectation's verdict.
public struct RunResult {
    public let scenario: Scenario
    /// The seed actually used (the scenario's, or the one given on the command line).
    public let seed: UInt64
    public let tally: RunTally
    public let steps: [StepReport]
    public let verdicts: [Verdict]
    /// The first broken invariant of the engine's books, when the run checked them (`checkInvariants`) and one broke:
    /// the run stopped there.
    public var breach: InvariantStop? = nil

    /// Whether every expectation held and every scripted step met its expectation.
    public var passed: Bool { verdicts.allSatisfy(\.holds) && steps.allSatisfy { $0.failure == nil } }

    /// One run-level expectation against what was observed.
    public struct Verdict: Sendable {
        public let expectation: RunExpectation
        /// Nil when the metric names nothing in this run.
        public let observed: Int?
        public var holds: Bool { observed.map(expectation.requirement.holds) ?? false }

        /// `file:line:column: expectation failed: metric: expected ..., observed ...`, or nil when it holds.
        public var failure: String? {
            guard !holds else { return nil }
            let l = expectation.location
            return "\(l.file):\(l.line):\(l.column): expectation failed: \(expectation.metric): expected "
                + "\(expectation.requirement.phrase), observed \(observed.map { expectation.requirement.show($0) } ?? "nothing")"
        }
    }
}

extension RunExpectation.Requirement {
    /// "exactly 5", "at least 3 and at most 9", "true".
    public var phrase: String {
        switch self {
        case .equals(let n): "exactly \(n)"
        case .between(let low?, let high?): "at least \(low) and at most \(high)"
        case .between(let low?, nil): "at least \(low)"
        case .between(nil, let high?): "at most \(high)"
        case .between(nil, nil): "any value"
        case .flag(let flag): "\(flag)"
        }
    }

    /// An observed value as this requirement reads it (flags as true or false).
    public func show(_ observed: Int) -> String {
        if case .flag = self { return observed != 0 ? "true" : "false" }
        return String(observed)
    }
}

extension RunTally {
    /// The observed value of a metric name of the scenario schema (flags are 0 or 1).
    public func metric(_ name: String) -> Int? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        switch parts.first {
        case "rejected" where parts.count == 2:
            return rejections[parts[1]] ?? 0
        case "pool" where parts.count == 3:
            let matching = pools.filter { $0.key.pool == parts[1] }
            guard !matching.isEmpty else { return nil }
            switch PoolMetric(rawValue: parts[2]) {
            case .exhausted: return matching.contains { $0.exhausted != nil } ? 1 : 0
            case .exhaustedSelfCompose: return matching.contains { $0.exhaustedSelfCompose != nil } ? 1 : 0
            case .exhaustedRandom: return matching.contains { $0.exhaustedRandom != nil } ? 1 : 0
            case .segmentsPublished: return matching.reduce(0) { $0 + $1.segmentsPublished }
            case nil: return nil
            }
        case "cohort" where parts.count >= 3:
            let name = parts[1..<(parts.count - 1)].joined(separator: ".")
            guard let index = cohortNames.firstIndex(of: name) else { return nil }
            return cohorts[index].metric(parts.last!)
        default:
            return parts.count == 1 ? total.metric(name) : nil
        }
    }
}

/// Where a run checking the engine's books stopped: the broken invariant and the loop step after which it was found.
public struct InvariantStop: Sendable, CustomStringConvertible {
    public let breach: InvariantBreach
    public let at: Instant
    /// The step of the event loop after which it was found, in words ("applicant 17 (cohort 'local owners') acted").
    public let step: String
    /// The simulated applicant whose action it was, when it was one (for `platelab explain --applicant`).
    public let applicant: Int?

    public var description: String { "engine invariant broken at \(at) after \(step): \(breach)" }
}
