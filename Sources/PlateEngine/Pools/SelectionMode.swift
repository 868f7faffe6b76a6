/// The two ways of choosing a number: self-compose (自编) on the keyboard, or random draws (随机).
public enum SelectionMode: String, Sendable, Hashable, CaseIterable, Comparable {
    case selfCompose = "self_compose"
    case random

    public static func < (lhs: SelectionMode, rhs: SelectionMode) -> Bool { lhs == .selfCompose && rhs == .random }
}
