import PlateRules
import PlateScenarios

/// What an acting applicant reads of its cohort, copied out once per cohort: copying a whole `Cohort`
/// (its names and lists) on every action cost more in reference counting than the action itself.
struct Habits {
    let vehicle: VehicleKind
    let mode: Cohort.Mode
    /// Think time between steps in seconds.
    let think: ClosedRange<Int>
    let typing: Cohort.TypingPace
    /// Whether the cohort avoids the digit 4, and so draws without it when the platform offers that.
    let avoidsFour: Bool
    let registerWithin: RuleDuration

    init(_ cohort: Cohort) {
        vehicle = cohort.vehicle
        mode = cohort.mode
        think = cohort.think
        typing = cohort.typing
        avoidsFour = cohort.wants.avoidDigits.contains("4")
        registerWithin = cohort.registerWithin
    }
}
