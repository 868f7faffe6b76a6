/// Semantic checks beyond types: errors for the impossible, warnings for the doubtful.
///
/// Each check reads the validated tree on its own and skips what it cannot read, so a file with a
/// type error elsewhere still gets every other finding.
public enum RuleSetLinter {
    /// One check: findings about a rule-set tree.
    typealias Check = @Sendable (YAMLNode) -> [Diagnostic]

    /// Every check but the cross checks (`CrossCheck.all`, run after these).
    static let checks: [Check] = [
        QuotaChecks.someModeAvailable,
        QuotaChecks.backupOutlastsBatch,
        QuotaChecks.smsResendWithinValidity,
        QuotaChecks.positiveDurations,
        OfficeChecks.officePoolsExist,
        OfficeChecks.everyPoolOffered,
        OfficeChecks.oneVehicleKindPerOffice,
        CalendarChecks.someServiceDay,
        LocalityChecks.everyUserKindPlaced,
        PoolChecks.all,
    ]

    /// All findings of all checks on `root`, but the cross checks named in `skipping` (a sweep judges those point by
    /// point).
    public static func lint(_ root: YAMLNode, skipping: Set<String> = []) -> [Diagnostic] {
        checks.flatMap { $0(root) }
            + CrossCheck.all.filter { !skipping.contains($0.name) }.flatMap { $0.findings(root) }
    }
}

/// Small helpers the checks share.
extension YAMLNode {
    /// The node at a dotted path of plain keys.
    func at(_ path: String) -> YAMLNode? {
        path.split(separator: ".").reduce(Optional(self)) { $0?[String($1)] }
    }

    /// The whole number at a dotted path.
    func int(_ path: String) -> Int? { at(path)?.scalar.flatMap { Int($0) } }

    /// Seconds of the clock duration at a dotted path.
    func seconds(_ path: String) -> Int? { at(path)?.scalar.flatMap(RuleDuration.init)?.seconds }

    /// The scalar texts of a list.
    var strings: [String] { items?.compactMap(\.scalar) ?? [] }

    /// `base.id` for keyed items, the dotted path the validator uses.
    func itemPath(_ base: String, index: Int) -> String {
        self["id"]?.scalar.map { "\(base).\($0)" } ?? "\(base)[\(index)]"
    }
}

func error(_ node: YAMLNode, _ path: String, _ message: String) -> Diagnostic {
    Diagnostic(.error, at: node.location, path: path, message)
}

func warning(_ node: YAMLNode, _ path: String, _ message: String) -> Diagnostic {
    Diagnostic(.warning, at: node.location, path: path, message)
}
