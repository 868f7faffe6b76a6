import PlateRules

/// One certificate record: what the VIN check is verified against.
public struct VehicleRecord: Hashable, Sendable {
    public let vin: String
    public let kind: VehicleKind
    public let credentialKind: CredentialKind
    public let credential: String
    public var registered: Bool

    public init(
        vin: String, kind: VehicleKind, credentialKind: CredentialKind, credential: String, registered: Bool = false
    ) {
        self.vin = vin
        self.kind = kind
        self.credentialKind = credentialKind
        self.credential = credential
        self.registered = registered
    }
}

/// The certificate records the engine is given (合格证 / 进口证明书 data), by VIN.
///
/// Records sit in an array with a VIN index, so the engine can keep a record's slot and reach it again without hashing.
public struct VehicleRegistry: Sendable {
    private var records: [VehicleRecord] = []
    /// Whether each record's vehicle is registered, kept apart: registration sets it days after the record
    /// was last read, and a byte here is likelier cached than the record.
    private var registered: [Bool] = []
    /// Record slots by packed VIN: no string hashing or comparing on the hot path.
    private var index = VINIndex()

    public init(_ records: [VehicleRecord] = []) {
        self.records.reserveCapacity(records.count)
        registered.reserveCapacity(records.count)
        index = VINIndex(capacity: records.count)
        for record in records { add(record) }
    }

    /// An empty registry with room for `capacity` records.
    public init(capacity: Int) {
        records.reserveCapacity(capacity)
        registered.reserveCapacity(capacity)
        index = VINIndex(capacity: capacity)
    }

    /// The record for a VIN.
    public func record(vin: String) -> VehicleRecord? { slot(vin: vin).map(record(at:)) }

    /// Adds or replaces a record.
    public mutating func add(_ record: VehicleRecord) {
        let next = records.count
        // A record whose VIN is malformed is kept, so slots follow the order added, but lookups take VINs only: it is
        // never found.
        guard let key = VINKey(record.vin) else {
            index.appendUnkeyed(slot: next)
            records.append(record)
            return registered.append(record.registered)
        }
        let slot = index.slot(of: key, orAppend: next)
        if slot == next {
            records.append(record)
            registered.append(record.registered)
        } else {
            records[slot] = record
            registered[slot] = record.registered
        }
    }

    /// The slot of a VIN's record, stable for the registry's life.
    func slot(vin: String) -> Int? { VINKey(vin).flatMap { index.slot(of: $0) } }

    /// The record in `slot`.
    func record(at slot: Int) -> VehicleRecord {
        var record = records[slot]
        record.registered = registered[slot]
        return record
    }

    /// Whether the vehicle in `slot` is registered.
    func isRegistered(slot: Int) -> Bool { registered[slot] }

    /// Marks the vehicle in `slot` registered (上牌).
    mutating func markRegistered(slot: Int) { registered[slot] = true }

    public var count: Int { records.count }
}

/// A selection credential as entered: its kind and number.
public struct Credential: Hashable, Sendable {
    public let kind: CredentialKind
    public let number: String

    public init(_ kind: CredentialKind, _ number: String) {
        self.kind = kind
        self.number = number
    }
}
