import Foundation
import PlateReports
import PlateRules

/// A study request as the API takes it: `{"scenario", "replications", "seed", "variants": [{"name", "set"}]}`.
enum StudyRequestJSON {
    struct Refusal: Error {
        let message: String
    }

    static func decode(_ data: Data) -> Result<StudyForm, Refusal> {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return .failure(Refusal(message: "the body is not a JSON object"))
        }
        let known: Set<String> = ["scenario", "replications", "seed", "precision", "variants"]
        if let unknown = root.keys.sorted().first(where: { !known.contains($0) }) {
            return .failure(
                Refusal(
                    message:
                        "unknown key '\(unknown)'; a study has scenario, replications, seed, precision and variants"))
        }
        guard let scenario = root["scenario"] as? String else {
            return .failure(Refusal(message: "scenario: expected one of the scenarios /api/scenarios lists"))
        }
        let replications: String
        switch root["replications"].map(scalar) {
        case nil: replications = String(StudyForm.defaultReplications)
        case .number(let text)?: replications = text
        default: return .failure(Refusal(message: "replications: expected a whole number"))
        }
        let seed: String
        switch root["seed"].map(scalar) {
        case nil, .null?: seed = ""
        case .number(let text)?: seed = text
        case .text(let text)? where (1...20).contains(text.count) && text.allSatisfy({ ("0"..."9").contains($0) }):
            seed = text
        default: return .failure(Refusal(message: "seed: expected a whole number (or a string of one)"))
        }
        var precision = ""
        switch root["precision"].map(scalar) {
        case nil, .null?: break
        case .text(let text)? where StudyForm.isPrecision(text): precision = text
        default: return .failure(Refusal(message: "precision: expected FIGURE=X% or FIGURE=X (X > 0) as a string"))
        }
        guard let items = root["variants"] as? [[String: Any]] else {
            return .failure(Refusal(message: "variants: expected a list of {\"name\": …, \"set\": {rule path: value}}"))
        }
        var variants: [StudyVariant] = []
        for (index, item) in items.prefix(StudyForm.maxVariants + 1).enumerated() {
            guard let name = item["name"] as? String, let set = item["set"] as? [String: Any] else {
                return .failure(
                    Refusal(message: "variants[\(index)]: expected {\"name\": text, \"set\": {rule path: value}}"))
            }
            var changes: [StudyVariant.Change] = []
            // In the form's order, then any path the form does not have (the loader names it, with a did-you-mean).
            let order = Dictionary(uniqueKeysWithValues: RuleFields.all.enumerated().map { ($1.path, $0) })
            for path in set.keys.sorted(by: { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }) {
                switch scalar(set[path]!) {
                case .text(let text), .number(let text), .boolean(let text):
                    changes.append(.init(path: path, value: text))
                default:
                    return .failure(
                        Refusal(message: "variants[\(index)].set.\(path): expected a text, number or true/false"))
                }
            }
            variants.append(StudyVariant(name: name, values: changes))
        }
        if items.count > StudyForm.maxVariants {
            return .failure(Refusal(message: "variants: at most \(StudyForm.maxVariants)"))
        }
        return .success(
            StudyForm(
                scenario: scenario, replications: replications, seed: seed, precision: precision, variants: variants))
    }
}

extension StudyRequestJSON {
    /// A JSON scalar as the text a change file would hold.
    enum Scalar {
        case text(String)
        case number(String)
        case boolean(String)
        case null, other
    }

    /// What JSONSerialization made of a value. Booleans come as NSNumber too, of a class of their own (on Linux as on
    /// Darwin), so `true` is told from `1` by that class, not by casting (which takes 1 for true).
    static func scalar(_ value: Any) -> Scalar {
        if value is NSNull { return .null }
        if let text = value as? String { return .text(text) }
        if let number = value as? NSNumber {
            if String(describing: type(of: number)).contains("Boolean") {
                return .boolean(number.boolValue ? "true" : "false")
            }
            return .number(number.stringValue)
        }
        return .other
    }
}

/// Studies as the API gives them.
enum StudyJSON {
    static func value(
        _ study: StudyRecord, workbench: Workbench, progress: (done: Int, total: Int, secondsLeft: Int?)? = nil
    ) -> JSONValue {
        .object([
            ("id", .string(study.id)), ("link", .string("/studies/\(study.id)")), ("author", .string(study.author)),
            (
                "created_at",
                .string(ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(study.createdAt))))
            ),
            ("scenario", .string(study.scenario)), ("replications", .int(study.replications)),
            ("seed", study.seed.map { .string(String($0)) } ?? .null),
            ("precision", study.precision.map(JSONValue.string) ?? .null),
            (
                "variants",
                .array(
                    study.variants.map { variant in
                        .object([
                            ("name", .string(variant.name)),
                            ("set", .object(variant.values.map { ($0.path, .string($0.value)) })),
                        ])
                    })
            ),
            ("status", .string(study.status.rawValue)), ("done", .int(progress?.done ?? study.done)),
            ("total", .int(progress?.total ?? study.total)),
            ("seconds_left", progress?.secondsLeft.map { .int($0) } ?? .null),
            ("from_store", .bool(study.fromStore)),
            ("exit_status", study.exitStatus.map { .int($0) } ?? .null),
            ("message", .string(study.message)), ("note", .string(study.note)),
            ("command", .string(study.command)), ("key", study.studyKey.map(JSONValue.string) ?? .null),
        ])
    }

    /// A finished study: the study, each run's `summary.json` as the report holds it, and the paired differences.
    static func summary(_ study: StudyRecord, workbench: Workbench) -> String {
        let report = workbench.folders.report(study.id)
        var runs: [String] = []
        let folders =
            [("Baseline", CompareFiles.runFolder(index: 0, label: "Baseline"))]
            + study.variants.enumerated().map { ($1.name, CompareFiles.runFolder(index: $0 + 1, label: $1.name)) }
        for (label, folder) in folders {
            let text = (try? String(contentsOfFile: report + "/" + folder + "/summary.json", encoding: .utf8)) ?? "null"
            runs.append("    " + JSONValue.quote(label) + ": " + text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        var differences: [(String, JSONValue)] = []
        for (index, variant) in study.variants.enumerated() {
            guard let table = PairedCSV(reportFolder: report, variant: index + 1) else { continue }
            differences.append(
                (
                    variant.name,
                    .array(
                        table.rows.map { cells in
                            .object(
                                zip(table.header, cells).map { ($0, Double($1).map(JSONValue.double) ?? .string($1)) })
                        })
                ))
        }
        return "{\n  \"study\": " + value(study, workbench: workbench).rendered(indent: 1) + ",\n  \"runs\": {\n"
            + runs.joined(separator: ",\n") + "\n  },\n  \"differences\": "
            + JSONValue.object(differences).rendered(indent: 1) + "\n}\n"
    }

    /// Why a study was refused: every problem, with its variant and rule path where it has them.
    static func refusal(_ problems: [StudyForm.Problem], _ findings: [(variant: String?, diagnostic: Diagnostic)])
        -> JSONValue
    {
        var errors: [JSONValue] = problems.map { problem in
            .object([("field", .string(problem.field)), ("message", .string(problem.message))])
        }
        errors += findings.map { finding in
            .object([
                ("variant", finding.variant.map(JSONValue.string) ?? .null),
                ("path", .string(finding.diagnostic.path)), ("message", .string(finding.diagnostic.description)),
            ])
        }
        return .object([("error", .string("the study cannot run")), ("errors", .array(errors))])
    }
}
