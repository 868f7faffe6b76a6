/// Where a session stands, without its data: the one home of the stage names that scenarios expect
/// (`expect: {stage: self_compose}`), the engine reports and the practice site names.
public enum StageName: String, Hashable, Sendable, CaseIterable {
    case choosingOffice = "choosing_office"
    case readingNotice = "reading_notice"
    case enteringVehicle = "entering_vehicle"
    case confirmingBasicInfo = "confirming_basic_info"
    case serviceNotes = "service_notes"
    case identityCheck = "identity_check"
    case selfCompose = "self_compose"
    case random, done
    case goToOffice = "go_to_office"

    /// The name as written in scenarios and messages.
    public var name: String { rawValue }
}
