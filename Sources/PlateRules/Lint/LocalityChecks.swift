/// Checks that every user kind has exactly one locality rule.
enum LocalityChecks {
    static let everyUserKindPlaced: RuleSetLinter.Check = { root in
        guard let locality = root["locality"], let home = locality["home_only"], let cross = locality["cross_region"]
        else { return [] }
        var findings: [Diagnostic] = []
        for node in cross.items ?? [] where home.strings.contains(node.scalar ?? "") {
            findings.append(
                error(node, "locality.cross_region", "'\(node.scalar!)' is listed in both home_only and cross_region"))
        }
        let placed = Set(home.strings + cross.strings)
        let missing = UserKind.allCases.map(\.rawValue).filter { !placed.contains($0) }
        if !missing.isEmpty {
            findings.append(
                error(
                    locality, "locality",
                    "user kinds \(missing.joined(separator: ", ")) are in neither home_only nor cross_region; place each kind in one"
                ))
        }
        return findings
    }
}
