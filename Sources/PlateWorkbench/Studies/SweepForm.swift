import PlateStudies

/// The sweep form: a scenario, one or two rule values each over a list or a range, replications and seed.
struct SweepForm: Sendable {
    var scenario: String
    var replications: String = String(SweepForm.defaultReplications)
    var seed: String = ""
    /// Each axis as written: its rule path and its values (`10,20,30` or `10..30/5`).
    var axes: [(path: String, values: String)]

    static let defaultReplications = 3
    /// Most runs (points × replications) one sweep of the workbench may ask for.
    static let maxRuns = 2000
    static let axisCount = 2

    static func pathField(_ axis: Int) -> String { "axis\(axis).path" }
    static func valuesField(_ axis: Int) -> String { "axis\(axis).values" }

    static func read(_ fields: [String: String]) -> SweepForm {
        let axes = (1...axisCount).map { number in
            (
                (fields[pathField(number)] ?? "").trimmingCharacters(in: .whitespaces),
                (fields[valuesField(number)] ?? "").trimmingCharacters(in: .whitespaces)
            )
        }
        return SweepForm(
            scenario: fields["scenario"] ?? "",
            replications: (fields["replications"] ?? "").trimmingCharacters(in: .whitespaces),
            seed: (fields["seed"] ?? "").trimmingCharacters(in: .whitespaces),
            axes: axes)
    }

    /// The values of one axis: a comma-separated list whose items may be ranges of whole numbers `FROM..TO` or
    /// `FROM..TO/STEP` (`10..30/10` is 10, 20, 30); nil with a reason when a range is not one.
    static func values(_ text: String) -> Result<[String], SweepError> {
        var values: [String] = []
        for item in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            guard item.contains("..") else {
                values.append(item)
                continue
            }
            let parts = item.split(separator: "/", maxSplits: 1).map(String.init)
            let ends = parts[0].components(separatedBy: "..")
            let step = parts.count > 1 ? Int(parts[1].trimmingCharacters(in: .whitespaces)) : 1
            guard ends.count == 2, let from = Int(ends[0].trimmingCharacters(in: .whitespaces)),
                let to = Int(ends[1].trimmingCharacters(in: .whitespaces)), let step, step > 0, from <= to,
                (to - from) / step < 1000
            else {
                return .failure(
                    SweepError("\(item): a range is FROM..TO or FROM..TO/STEP of whole numbers, FROM ≤ TO, STEP ≥ 1"))
            }
            values += stride(from: from, through: to, by: step).map(String.init)
        }
        return .success(values)
    }

    /// Every problem of a form, with the field it concerns.
    struct Problems: Error {
        let all: [StudyForm.Problem]
    }

    /// The grid, or every problem of the form with the field it concerns.
    func grid(scenarios: [String]) -> Result<[SweepAxis], Problems> {
        var problems = StudyForm.settingsProblems(
            scenario: scenario, replications: replications, seed: seed, scenarios: scenarios)
        let replicationCount = Int(replications)
        var axes: [SweepAxis] = []
        for (index, axis) in self.axes.enumerated() where !axis.path.isEmpty || !axis.values.isEmpty {
            let number = index + 1
            guard RuleFields.field(axis.path) != nil else {
                problems.append(.init(field: Self.pathField(number), message: "choose a rule value to vary"))
                continue
            }
            switch Self.values(axis.values) {
            case .failure(let error):
                problems.append(.init(field: Self.valuesField(number), message: error.description))
            case .success(let values) where values.isEmpty:
                problems.append(
                    .init(field: Self.valuesField(number), message: "give the values to try, e.g. 10,20,30"))
            case .success(let values): axes.append(SweepAxis(path: axis.path, values: values))
            }
        }
        if axes.isEmpty && problems.allSatisfy({ !$0.field.hasPrefix("axis") }) {
            problems.append(.init(field: Self.pathField(1), message: "a sweep varies at least one rule value"))
        }
        if !axes.isEmpty, case .failure(let error) = SweepGrid.parse(axes.map(\.argument)) {
            problems.append(.init(field: Self.valuesField(1), message: error.description))
        }
        let points = axes.reduce(1) { $0 * $1.values.count }
        if !axes.isEmpty, let replicationCount, points * replicationCount > Self.maxRuns {
            problems.append(
                .init(
                    field: Self.valuesField(1),
                    message:
                        "\(points) points × \(replicationCount) replications is \(points * replicationCount) runs; the workbench runs at most \(Self.maxRuns) (use platelab sweep --shard for more)"
                ))
        }
        return problems.isEmpty ? .success(axes) : .failure(Problems(all: problems))
    }
}
