/// Checks that offices and pools refer to each other consistently.
enum OfficeChecks {
    static let officePoolsExist: RuleSetLinter.Check = { root in
        let poolIDs = (root["pools"]?.items ?? []).compactMap { $0["id"]?.scalar }
        var findings: [Diagnostic] = []
        for (index, office) in (root["offices"]?.items ?? []).enumerated() {
            for pool in office["pools"]?.items ?? [] {
                guard let id = pool.scalar, !poolIDs.contains(id) else { continue }
                findings.append(
                    error(
                        pool, office.itemPath("offices", index: index) + ".pools",
                        "unknown pool '\(id)'\(Suggestion.phrase(for: id, among: poolIDs)) Pools defined: \(poolIDs.joined(separator: ", "))."
                    ))
            }
        }
        return findings
    }

    static let everyPoolOffered: RuleSetLinter.Check = { root in
        let offered = Set((root["offices"]?.items ?? []).flatMap { $0["pools"]?.strings ?? [] })
        return (root["pools"]?.items ?? []).enumerated().compactMap { index, pool in
            guard let id = pool["id"]?.scalar, !offered.contains(id) else { return nil }
            return warning(
                pool["id"]!, pool.itemPath("pools", index: index),
                "no office offers pool '\(id)'; nobody can select from it")
        }
    }

    static let oneVehicleKindPerOffice: RuleSetLinter.Check = { root in
        let kinds = Dictionary(
            (root["pools"]?.items ?? []).compactMap { pool in
                pool["id"]?.scalar.flatMap { id in pool["vehicle"]?.scalar.map { (id, $0) } }
            }, uniquingKeysWith: { first, _ in first })
        var findings: [Diagnostic] = []
        for (index, office) in (root["offices"]?.items ?? []).enumerated() {
            var seen: [String: String] = [:]
            for pool in office["pools"]?.items ?? [] {
                guard let id = pool.scalar, let kind = kinds[id] else { continue }
                if let other = seen[kind] {
                    findings.append(
                        error(
                            pool, office.itemPath("offices", index: index) + ".pools",
                            "pools '\(other)' and '\(id)' both serve \(kind); an office offers one pool per vehicle kind"
                        ))
                } else {
                    seen[kind] = id
                }
            }
        }
        return findings
    }
}
