import PlateScenarios
import PlateStudies

/// The tables of `sweep.md` and `sweep.html`: the grid, every outcome of every point, and one outcome over the grid.
enum SweepTables {
    typealias Column = ReportTable.Column
    typealias Cell = ReportTable.Cell

    /// Where the sweep came from, its grid's size and how to run it again.
    static func provenance(_ sweep: SweepResult) -> ReportTable {
        let sizes = sweep.grid.axes.map { String($0.values.count) }.joined(separator: " × ")
        let missing = sweep.grid.count - sweep.points.count
        return ReportTables.provenanceTable(
            "table-sweep-provenance",
            [
                ("Scenario file", .code(sweep.scenarioFile)),
                ("Rules SHA-256 before the swept values", .code(sweep.baseRulesSHA256)),
                ("Seed", .text(String(sweep.seed))),
            ]
                + (sweep.replications > 1
                    ? [
                        (
                            "Replications",
                            .text("\(sweep.replications) per grid point, on seeds derived from the seed above")
                        )
                    ] : []) + [
                    (
                        "Grid points",
                        .text(
                            "\(sweep.grid.count) (\(sizes))" + (missing > 0 ? "; \(missing) not run, shown as –" : ""))
                    ),
                    ("PlateLab version", .text(PlateLabVersion.current)),
                    ("Reproduce with", .code(sweep.command)),
                ])
    }

    static func grid(_ grid: SweepGrid) -> ReportTable {
        var t = ReportTable(
            "table-sweep-grid",
            [
                Column("Rule path", "path", numeric: false),
                Column("Values, in the order swept", "values", numeric: false),
                Column("Count", "count"),
            ])
        for axis in grid.axes {
            t.add([.code(axis.path), .text(axis.values.joined(separator: ", ")), .count(axis.values.count)])
        }
        return t
    }

    /// Outcomes per table of all outcomes: as many as fit the page's width beside the point's values.
    static func outcomesPerTable(_ grid: SweepGrid) -> Int { max(3, 10 - 2 * grid.axes.count) }

    /// Point | each path | each outcome, a few outcomes per table (named `table-sweep-outcomes-1`, ...).
    static func all(_ sweep: SweepResult, _ outcomes: [SweepOutcome]) -> [ReportTable] {
        let size = outcomesPerTable(sweep.grid)
        return stride(from: 0, to: outcomes.count, by: size).enumerated().map { index, start in
            all(
                sweep, Array(outcomes[start..<min(start + size, outcomes.count)]),
                name: "table-sweep-outcomes-\(index + 1)")
        }
    }

    static func all(_ sweep: SweepResult, _ outcomes: [SweepOutcome], name: String) -> ReportTable {
        var t = ReportTable(
            name,
            [Column("Point", "point")] + sweep.grid.axes.map { Column($0.path, $0.path, numeric: false) }
                + outcomes.map { Column($0.columnTitle, $0.key) })
        for p in sweep.points {
            t.add(
                [.count(p.point + 1)] + p.values.map { Cell.name($0) } + outcomes.map { $0.cell(p.estimates[$0.index]) }
            )
        }
        return t
    }

    /// With two paths, a grid: the first path's values down, the second's across. Otherwise one row per point.
    static func outcome(_ sweep: SweepResult, _ outcome: SweepOutcome) -> ReportTable {
        let axes = sweep.grid.axes
        var points: [Int: SweepPoint] = [:]
        for p in sweep.points { points[p.point] = p }
        let name = "table-sweep-" + outcome.key.replacingOccurrences(of: "_", with: "-")
        func value(_ point: Int) -> Cell {
            points[point].map { outcome.cell($0.estimates[outcome.index]) } ?? outcome.cell(nil as Int?)
        }
        guard axes.count == 2 else {
            var t = ReportTable(
                name, axes.map { Column($0.path, $0.path, numeric: false) } + [Column(outcome.columnTitle, outcome.key)]
            )
            for point in 0..<sweep.grid.count {
                t.add(sweep.grid.values(at: point).map { Cell.name($0) } + [value(point)])
            }
            return t
        }
        var t = ReportTable(
            name,
            [Column("\(axes[0].path) ↓ \(axes[1].path) →", axes[0].path, numeric: false)]
                + axes[1].values.map { Column("\(axes[1].path) = \($0)", $0) })
        for (i, first) in axes[0].values.enumerated() {
            t.add([.name(first)] + axes[1].values.indices.map { value(i * axes[1].values.count + $0) })
        }
        return t
    }
}
