import PlateEngine

/// Self-compose confirms (确认选号) folded from engine events: how often every entered number was already taken,
/// how many numbers each confirm tried, and at which attempt applicants got a number.
public struct SelfComposeTally: Hashable, Sendable {
    /// Confirms the engine judged.
    public internal(set) var confirms = 0
    /// Confirms that found every entered number taken (each cost all of them).
    public internal(set) var allTaken = 0
    /// Numbers tried over all confirms, so taken off quotas.
    public internal(set) var numbersTried = 0
    /// `triedPerConfirm[k]`: confirms that tried k + 1 numbers.
    public internal(set) var triedPerConfirm: [Int] = []
    /// `confirmsAtAttempt[k]`: confirms that were their vehicle's (k + 1)-th.
    public internal(set) var confirmsAtAttempt: [Int] = []
    /// `reservedAtAttempt[k]`: of those, confirms that reserved a number.
    public internal(set) var reservedAtAttempt: [Int] = []

    /// Share of confirms that found every entered number taken; nil without confirms.
    public var allTakenShare: Double? { confirms > 0 ? Double(allTaken) / Double(confirms) : nil }

    /// Mean numbers tried per confirm; nil without confirms.
    public var meanTriedPerConfirm: Double? { confirms > 0 ? Double(numbersTried) / Double(confirms) : nil }

    mutating func fold(_ confirm: SelfComposeConfirm) {
        confirms += 1
        numbersTried += confirm.tried
        if confirm.allTaken { allTaken += 1 }
        Self.count(&triedPerConfirm, at: confirm.tried - 1)
        Self.count(&confirmsAtAttempt, at: confirm.attempt - 1)
        if !confirm.allTaken { Self.count(&reservedAtAttempt, at: confirm.attempt - 1) }
        // Both attempt lists cover the same attempts, so tables can read them side by side.
        if reservedAtAttempt.count < confirmsAtAttempt.count {
            reservedAtAttempt.append(
                contentsOf: repeatElement(0, count: confirmsAtAttempt.count - reservedAtAttempt.count))
        }
    }

    private static func count(_ counts: inout [Int], at index: Int) {
        guard index >= 0 else { return }
        if index >= counts.count { counts.append(contentsOf: repeatElement(0, count: index - counts.count + 1)) }
        counts[index] += 1
    }
}
