import PlateRules

/// One certificate record: what the VIN check is verified against.
public struct VehicleRecord: Hashable, Sendable {
    public let vin: String
    public let kind: VehicleKind
    public let credentialKind: CredentialKind
    public let credential: String
    public var registered: Bool

    public init(vin: String, kind: VehicleKind, credentialKind: CredentialKind, credential: String, registered: Bool = false) {
        self.vin = vin
        self.kind = kind
        self.credentialKind = credentialKind
        self.credential = credential
        self.registered = registered
    }
}

/// The certificate records the engine is given (合格证 / 进口证明书 data), by VIN.
public struct VehicleRegistry: Sendable {
    private var records: [String: VehicleRecord] = [:]

    public init(_ records: [VehicleRecord] = []) {
        self.records.reserveCapacity(records.count)
        for record in records { self.records[record.vin] = record }
    }

    /// An empty registry with room for `capacity` records.
    public init(capacity: Int) { records.reserveCapacity(capacity) }

    /// The record for a VIN.
    public func record(vin: String) -> VehicleRecord? { records[vin] }

    /// Adds or replaces a record.
    public mutating func add(_ record: VehicleRecord) { records[record.vin] = record }

    /// Marks the vehicle registered (上牌).
    mutating func markRegistered(vin: String) { records[vin]?.registered = true }

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
