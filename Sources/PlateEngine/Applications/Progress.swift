import PlateRules

/// Where a session stands, with what its later steps need: each stage carries the data the steps after it read,
/// so no step unwraps a field an earlier step was supposed to have set. `Application.stage` is its public face.
enum Progress: Hashable, Sendable {
    case choosingOffice
    case readingNotice(Choice)
    case enteringVehicle(Choice)
    /// The VIN passed phase 1's checks and a code was sent.
    case confirmingBasicInfo(Choice, vin: String, Checked)
    case serviceNotes(Selection)
    case identityCheck(Selection, countdownEnds: Instant)
    case selecting(Selection, SelectionMode)
    /// A number is reserved; the file keeps the quota use that `close` reports.
    case done(Reservation, FileRef)
    /// Both quotas used up.
    case goToOffice(FileRef)

    /// The stage as shown.
    var stage: Application.Stage {
        switch self {
        case .choosingOffice: .choosingOffice
        case .readingNotice: .readingNotice
        case .enteringVehicle: .enteringVehicle
        case .confirmingBasicInfo: .confirmingBasicInfo
        case .serviceNotes: .serviceNotes
        case .identityCheck(_, let ends): .identityCheck(countdownEnds: ends)
        case .selecting(_, let mode): .selecting(mode)
        case .done(let reservation, _): .done(reservation)
        case .goToOffice: .goToOffice
        }
    }

    /// The office and vehicle kind chosen, once they are.
    var choice: Choice? {
        switch self {
        case .readingNotice(let c), .enteringVehicle(let c), .confirmingBasicInfo(let c, _, _): c
        case .serviceNotes(let s), .identityCheck(let s, _), .selecting(let s, _): s.choice
        case .choosingOffice, .done, .goToOffice: nil
        }
    }

    /// What phase 2 works on, from the service notes until a number is reserved.
    var selection: Selection? {
        switch self {
        case .serviceNotes(let s), .identityCheck(let s, _), .selecting(let s, _): s
        default: nil
        }
    }

    /// The slot of the pool the self-compose tab types into, while it is open.
    var selfComposePool: Int? {
        if case .selecting(let s, .selfCompose) = self { s.choice.poolSlot } else { nil }
    }

    /// The VIN entered, once it is.
    var vin: String? {
        switch self {
        case .confirmingBasicInfo(_, let vin, _): vin
        case .serviceNotes(let s), .identityCheck(let s, _), .selecting(let s, _): s.vin
        case .done(let reservation, _): reservation.vin
        default: nil
        }
    }

    /// The session's VIN file, once it has one: from the VIN check (when the file existed before) until the session
    /// ends.
    var file: FileRef? {
        switch self {
        case .confirmingBasicInfo(_, _, .registry(_, let slot?)): .engine(slot)
        case .serviceNotes(let s), .identityCheck(let s, _), .selecting(let s, _): s.file
        case .done(_, let file), .goToOffice(let file): file
        case .choosingOffice, .readingNotice, .enteringVehicle, .confirmingBasicInfo: nil
        }
    }

    /// The engine's slot of the session's VIN file, when it has one.
    var fileSlot: Int? {
        if case .engine(let slot)? = file { slot } else { nil }
    }
}

/// An office and vehicle kind chosen, with the engine's slot for the pool they select from.
public struct Choice: Hashable, Sendable {
    public let office: String
    public let vehicle: VehicleKind
    let poolSlot: Int
}

/// How a submitted VIN was checked: in the registry (its record's slot, and its file's if it has one), or, in
/// practice, for its form only.
enum Checked: Hashable, Sendable {
    case registry(record: Int, file: Int?)
    case practice
}

/// What phase 2 works on: the choice, the VIN, and where its file is.
struct Selection: Hashable, Sendable {
    let choice: Choice
    let vin: String
    let file: FileRef
}

/// Where a session's VIN file is: the engine's, by slot, or the practice session's own.
enum FileRef: Hashable, Sendable {
    case engine(Int)
    case practice
}
