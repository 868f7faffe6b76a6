/// A day of the week, spelled as in rule sets (`mon` … `sun`).
public enum Weekday: String, CaseIterable, Sendable, Hashable, Comparable {
    case mon, tue, wed, thu, fri, sat, sun

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
