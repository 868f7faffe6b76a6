import PlateEngine
import PlateRules
import PlateSimulation
import PlateStudies

/// The pool panels of `compare.html`: for each office pool and mode whose availability differs between runs, the
/// numbers
/// left over time, one line per run, with when each run's pool ran out.
enum ComparePoolCharts {
    static let id = "chart-compare-pool-availability"

    enum Mode: CaseIterable {
        case selfCompose, random

        var name: String { self == .selfCompose ? "self-compose (自编)" : "random draw (随机)" }
        var title: String { self == .selfCompose ? "Self-compose (自编)" : "Random-draw (随机)" }
    }

    /// A baseline pool and what differs about it: the pool in each run (nil where a run has no such pool) and the modes
    /// that differ.
    struct Changed {
        let key: PoolKey
        let pools: [PoolTally?]
        let modes: [Mode]
    }

    /// The baseline's pools, in its order, whose availability in some mode (or whose running out) differs in a variant.
    static func differing(_ figures: [RunFigures]) -> [Changed] {
        figures[0].pools.compactMap { base in
            let pools = figures.map { f in f.pools.first { $0.key == base.key } }
            let others = pools.dropFirst().compactMap { $0 }
            var modes = Mode.allCases.filter { mode in
                others.contains {
                    availability($0, mode) != availability(base, mode) || exhaustion($0, mode) != exhaustion(base, mode)
                }
            }
            if modes.isEmpty && others.contains(where: { $0.exhausted != base.exhausted }) { modes = Mode.allCases }
            return modes.isEmpty ? nil : Changed(key: base.key, pools: pools, modes: modes)
        }
    }

    static func availability(_ pool: PoolTally, _ mode: Mode) -> [Int] {
        pool.samples.map { mode == .selfCompose ? $0.selfCompose : $0.random }
    }

    static func exhaustion(_ pool: PoolTally, _ mode: Mode) -> Instant? {
        mode == .selfCompose ? pool.exhaustedSelfCompose : pool.exhaustedRandom
    }

    /// One panel per differing pool and mode, each with its own scale: self-compose pools are often far smaller than
    /// random ones.
    static func charts(_ runs: [ComparedRun], _ figures: [RunFigures], zone: UTCOffset) -> [StepChart] {
        let scenario = runs[0].result.scenario
        let panels = differing(figures).flatMap { difference in difference.modes.map { (difference, $0) } }
        return panels.enumerated().map { index, panel in
            let (difference, mode) = panel
            let series: [StepChart.Series] = runs.indices.compactMap { r in
                difference.pools[r].map { pool in
                    .init(
                        name: runs[r].label, style: SeriesStyle.at(r),
                        points: zip(pool.samples.map(\.at), availability(pool, mode)).map { ($0, $1) })
                }
            }
            return StepChart(
                id: "\(id)-\(index + 1)",
                title: "\(mode.title) numbers available by run: \(difference.key.office) / \(difference.key.pool)",
                caption:
                    "Each line is how many numbers one run had left to choose by \(mode.name) in this pool, sampled hourly "
                    + "(colour, dash and marker name the run, as in the legend). A line below the baseline's means the change used the pool up faster; "
                    + "lines that coincide were the same. A vertical line marks when the pool ran out, naming the runs it happened in; "
                    + "triangles on the time axis mark new segments published.",
                yLabel: "Numbers available (count)", start: scenario.start, end: scenario.until, zone: zone,
                series: series, rules: rules(difference, mode, runs, zone: zone), ticks: publications(difference, runs))
        }
    }

    /// One rule per kind of running out and instant, naming the runs it happened in (in a run's colour when only one).
    static func rules(_ difference: Changed, _ mode: Mode, _ runs: [ComparedRun], zone: UTCOffset) -> [StepChart.Rule] {
        let kinds: [(label: String, dash: String, marker: Marker, at: (PoolTally) -> Instant?)] = [
            mode == .selfCompose
                ? ("Self-compose ran out", "6 3", .triangleDown, \.exhaustedSelfCompose)
                : ("Random ran out", "9 3 2 3", .square, \.exhaustedRandom),
            ("No number left in any mode", "2 2", .diamond, \.exhausted),
        ]
        var rules: [StepChart.Rule] = []
        for kind in kinds {
            // Runs grouped by the instant, in order of time (then of run).
            var groups: [(at: Instant, runs: [Int])] = []
            for (r, pool) in difference.pools.enumerated() {
                guard let pool, let at = kind.at(pool) else { continue }
                if let g = groups.firstIndex(where: { $0.at == at }) {
                    groups[g].runs.append(r)
                } else {
                    groups.append((at, [r]))
                }
            }
            for group in groups.sorted(by: { ($0.at, $0.runs[0]) < ($1.at, $1.runs[0]) }) {
                let names =
                    group.runs.count == runs.count
                    ? "all runs" : group.runs.map { runs[$0].label }.joined(separator: ", ")
                rules.append(
                    .init(
                        label: "\(kind.label) \(TimeTicks.label(group.at, zone: zone, withTime: true)): \(names)",
                        at: group.at,
                        colour: group.runs.count == 1 ? SeriesStyle.at(group.runs[0]).colour : Palette.black,
                        dash: kind.dash, marker: kind.marker))
            }
        }
        return rules
    }

    /// Segment publications, one row per distinct list of instants, naming the runs that had it.
    static func publications(_ difference: Changed, _ runs: [ComparedRun]) -> [StepChart.Ticks] {
        var groups: [(instants: [Instant], runs: [Int])] = []
        for (r, pool) in difference.pools.enumerated() {
            guard let pool, !pool.publications.isEmpty else { continue }
            if let g = groups.firstIndex(where: { $0.instants == pool.publications }) {
                groups[g].runs.append(r)
            } else {
                groups.append((pool.publications, [r]))
            }
        }
        return groups.map { group in
            let names =
                group.runs.count == runs.count ? "all runs" : group.runs.map { runs[$0].label }.joined(separator: ", ")
            return .init(
                label: "Segment published (\(group.instants.count)×): \(names)", instants: group.instants,
                colour: group.runs.count == 1 ? SeriesStyle.at(group.runs[0]).colour : Palette.green,
                marker: .triangleUp)
        }
    }
}
