import PlateRules
import PlateSimulation

/// Finds the grid points of a sweep that do not load, without loading every point.
///
/// Each distinct value of an axis is loaded once, with only that value changed: every check but a few reads one
/// value at a time. The few that read values against each other (`CrossCheck.all`: per confirm against the total,
/// opening against closing, …) run on each combination of the varied paths they read, alone, on the rules in force
/// in every dated epoch. So a grid costs a load per value plus a small check per combination of coupled values,
/// not a load (milliseconds) per point. Each run still loads its own point, so anything this misses stops the
/// sweep with that point's errors, never a wrong figure.
public enum SweepCheck {
    /// Errors found for one value (`path=value`) or one combination of coupled values.
    public struct Finding {
        public let label: String
        public let errors: [Diagnostic]
    }

    public struct Outcome {
        public var findings: [Finding]
        /// How many of the points checked do not load.
        public var failingPoints: Int
    }

    /// The errors that keep `points` of `grid` from loading, on `base` (the scenario as loaded without the grid);
    /// `done(n, of: total)` after each load or combination checked.
    public static func check(
        _ points: [Int], of grid: SweepGrid, scenario file: String, base: RuleBook, jobs: Int,
        done: @escaping (Int, Int) -> Void
    ) -> Outcome {
        let axes = grid.axes
        let singles = axes.indices.flatMap { a in axes[a].values.indices.map { (axis: a, value: $0) } }
        let groups = CrossCheck.all.flatMap { check in check.coupled(axes.map(\.path)).map { (check: check, axes: $0) }
        }
        let combinations = groups.map { group in group.axes.reduce(1) { $0 * axes[$1].values.count } }
        let total = singles.count + combinations.reduce(0, +)
        guard !points.isEmpty, total > 0 else { return Outcome(findings: [], failingPoints: 0) }

        // Each value alone, through the loaders, on every core; the cross checks that see two varied values are left to
        // the combinations below (alone, a value would be judged against the base value of the other).
        let skipped = Set(groups.map(\.check.name))
        @Sendable func single(_ index: Int) -> [Diagnostic] {
            let (a, v) = singles[index]
            let text = "schema: platelab/changes/v1\nname: sweep value\nset:\n  \(axes[a].path): \(axes[a].values[v])\n"
            return SweepPoints.load(text: text, scenario: file, skipping: skipped)
        }
        let (first, rest) = ReplicationPool.map(
            count: singles.count, jobs: jobs, first: { single(0) }, rest: single,
            done: { done($0, total) })
        let singleErrors = [first] + rest
        var bad = Array(repeating: [Bool](), count: axes.count)
        for a in axes.indices { bad[a] = Array(repeating: false, count: axes[a].values.count) }
        var findings: [Finding] = []
        for (index, errors) in singleErrors.enumerated() where !errors.isEmpty {
            let (a, v) = singles[index]
            bad[a][v] = true
            findings.append(Finding(label: "\(axes[a].path)=\(axes[a].values[v])", errors: errors))
        }

        // Coupled values, each combination with its check alone, on each epoch's rules.
        var badCombinations: [Set<[Int]>] = []
        var checked = singles.count
        for group in groups {
            var failing = Set<[Int]>()
            for combination in Self.combinations(of: group.axes.map { axes[$0].values.count }) {
                checked += 1
                done(checked, total)
                // A value that does not load alone is reported already.
                guard !zip(group.axes, combination).contains(where: { bad[$0][$1] }) else { continue }
                let set = zip(group.axes, combination).map { "  \(axes[$0].path): \(axes[$0].values[$1])" }.joined(
                    separator: "\n")
                guard
                    let overlay = ChangesLoader.load(
                        text: "schema: platelab/changes/v1\nname: sweep values\nset:\n\(set)\n", file: "--vary"
                    ).overlay
                else {
                    continue
                }
                var ignored: [Diagnostic] = []
                let errors = base.epochs.flatMap { epoch in
                    group.check.findings(
                        overlay.apply(to: epoch.document, schema: RuleSetSchema.root, diagnostics: &ignored))
                }.filter { $0.severity == .error }
                guard !errors.isEmpty else { continue }
                failing.insert(combination)
                let label = zip(group.axes, combination).map { "\(axes[$0].path)=\(axes[$0].values[$1])" }.joined(
                    separator: ", ")
                findings.append(Finding(label: label, errors: errors))
            }
            badCombinations.append(failing)
        }

        let failingPoints = points.filter { point in
            let digits = Self.digits(of: point, in: grid)
            if axes.indices.contains(where: { bad[$0][digits[$0]] }) { return true }
            return groups.indices.contains { g in badCombinations[g].contains(groups[g].axes.map { digits[$0] }) }
        }.count
        return Outcome(findings: findings, failingPoints: failingPoints)
    }

    /// Each axis's value index at `point` (the last axis fastest, as `SweepGrid.values(at:)`).
    public static func digits(of point: Int, in grid: SweepGrid) -> [Int] {
        var rest = point
        var digits = Array(repeating: 0, count: grid.axes.count)
        for a in grid.axes.indices.reversed() {
            digits[a] = rest % grid.axes[a].values.count
            rest /= grid.axes[a].values.count
        }
        return digits
    }

    /// Every combination of indices below `counts`, the last fastest.
    public static func combinations(of counts: [Int]) -> [[Int]] {
        counts.reduce([[]]) { partial, count in partial.flatMap { prefix in (0..<count).map { prefix + [$0] } } }
    }
}
