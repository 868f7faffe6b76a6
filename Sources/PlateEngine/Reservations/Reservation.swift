import PlateRules

/// A reserved number (预选成功) and how long it stays valid.
///
/// The fields live in one shared, immutable box: a reservation rides in session stages, VIN files
/// and events, and copying eight strings and keys at every step cost more than the reservation itself.
public struct Reservation: Hashable, Sendable {
    private let box: Box

    public var serial: String { box.values.serial }
    /// The full plate as shown, e.g. 冀H·A1234.
    public var plate: String { box.values.plate }
    public var vin: String { box.values.vin }
    public var user: String { box.values.user }
    /// The subject of the account that reserved it.
    public var subject: Subject { box.values.subject }
    public var pool: PoolKey { box.values.pool }
    public var mode: SelectionMode { box.values.mode }
    public var application: ApplicationID { box.values.application }
    public var reservedAt: Instant { box.values.reservedAt }
    /// The last day on which the vehicle may be registered.
    public var lastValidDay: CivilDate { box.values.lastValidDay }
    /// The instant the reservation lapses if not registered.
    public var lapsesAt: Instant { box.values.lapsesAt }
    /// Practice reservations are invalid: never in the pool, never registrable.
    public var practice: Bool { box.values.practice }

    init(
        serial: String, plate: String, vin: String, user: String, subject: Subject, pool: PoolKey, mode: SelectionMode,
        application: ApplicationID,
        reservedAt: Instant, lastValidDay: CivilDate, lapsesAt: Instant, practice: Bool
    ) {
        box = Box(
            values: Values(
                serial: serial, plate: plate, vin: vin, user: user, subject: subject, pool: pool, mode: mode,
                application: application,
                reservedAt: reservedAt, lastValidDay: lastValidDay, lapsesAt: lapsesAt, practice: practice))
    }

    /// Equal when every field is.
    public static func == (lhs: Reservation, rhs: Reservation) -> Bool {
        lhs.box === rhs.box || lhs.box.values == rhs.box.values
    }

    /// Hashes every field, consistent with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(box.values) }

    private final class Box: Sendable {
        let values: Values
        init(values: Values) { self.values = values }
    }

    /// The fields as one value, for equality and hashing.
    private struct Values: Hashable, Sendable {
        let serial: String
        let plate: String
        let vin: String
        let user: String
        let subject: Subject
        let pool: PoolKey
        let mode: SelectionMode
        let application: ApplicationID
        let reservedAt: Instant
        let lastValidDay: CivilDate
        let lapsesAt: Instant
        let practice: Bool
    }
}

/// A user's blacklist standing.
public struct BlacklistEntry: Hashable, Sendable {
    /// The subject of the account.
    public let subject: Subject
    public internal(set) var lapses = 0
    /// Blacklisted through this day (inclusive), when blacklisted.
    public internal(set) var until: CivilDate?
    public internal(set) var liftsAt: Instant?

    init(subject: Subject) { self.subject = subject }
}
