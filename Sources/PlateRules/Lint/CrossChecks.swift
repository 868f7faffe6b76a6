/// The rule values checked against each other, each with the paths it reads: what a sweep must check point by point.
///
/// Every other check reads one value at a time (its type, range, format), so a sweep checks each distinct value of an
/// axis once; only when two or more varied paths meet in one of these checks are their combinations checked, on the
/// rules in force, with this check alone. A path `pools.*.x` stands for the same pool's `x` in every path of a check.
/// Warnings are left out: they never stop a sweep. The pool format checks (shapes, letters, forbidden patterns) read
/// a dozen values together and stay in the loaders: a sweep over two of them at once finds a bad combination when
/// its run loads the point (exit 2, with the point's errors).
public struct CrossCheck: Sendable {
    /// Names the check, for `RuleSetLinter.lint(_:skipping:)`.
    public let name: String
    /// Every dotted rule path the check reads (`*` one pool's id): the combinations of these are what it judges.
    public let paths: [String]
    let check: RuleSetLinter.Check

    /// The check's findings on a whole rule-set tree.
    public func findings(_ root: YAMLNode) -> [Diagnostic] { check(root) }

    /// Every check of rule values against each other that can give an error.
    public static let all: [CrossCheck] = [
        CrossCheck(
            name: "per confirm within total", paths: ["self_compose.total", "self_compose.per_confirm"],
            check: QuotaChecks.perConfirmWithinTotal),
        CrossCheck(
            name: "open before close", paths: ["service_hours.open", "service_hours.close"],
            check: CalendarChecks.openBeforeClose),
        CrossCheck(
            name: "holidays are not workdays", paths: ["calendar.holidays", "calendar.extra_workdays"],
            check: CalendarChecks.holidaysAreNotWorkdays),
        CrossCheck(
            name: "extra workdays on the weekend", paths: ["calendar.weekend", "calendar.extra_workdays"],
            check: CalendarChecks.extraWorkdaysOnWeekend),
        CrossCheck(
            name: "publication fits", paths: ["pools.*.publish.segments", "pools.*.segments.size"],
            check: { PoolChecks.publishBatchFits($0) }),
    ]

    /// The varied paths of `axes` this check reads together, grouped by pool for `pools.*` paths: each group of two
    /// or more is a set of axes (their indices) whose combinations must be checked.
    public func coupled(_ axes: [String]) -> [[Int]] {
        var groups: [String: [Int]] = [:]
        for (index, axis) in axes.enumerated() {
            for path in paths {
                if let item = Self.item(of: axis, matching: path) { groups[item, default: []].append(index) }
            }
        }
        return groups.keys.sorted().compactMap { groups[$0]!.count > 1 ? groups[$0]! : nil }
    }

    /// The pool id `axis` names when it matches `pattern` (`""` for a pattern without `*`); nil when it does not match.
    static func item(of axis: String, matching pattern: String) -> String? {
        guard let star = pattern.firstIndex(of: "*") else { return axis == pattern ? "" : nil }
        let head = pattern[..<star]
        let tail = pattern[pattern.index(after: star)...]
        guard axis.hasPrefix(head), axis.hasSuffix(tail), axis.count > head.count + tail.count else { return nil }
        let id = axis.dropFirst(head.count).dropLast(tail.count)
        return id.contains(".") ? nil : String(id)
    }
}
