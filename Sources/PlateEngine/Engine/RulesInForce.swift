import PlateRules

/// One rule epoch of a region as the engine uses it, held by reference.
///
/// Steps read the sections they need through it: handing out `RuleSet` values copied the whole
/// struct (and retained every array and set in it) several times per step.
final class RulesInForce {
    let rules: RuleSet
    /// When the epoch begins; nil for the base rules.
    let from: Instant?
    /// The epoch's index in its book.
    let epoch: Int
    let zone: UTCOffset
    /// Credential formats by kind, so a check needs no dictionary lookup.
    private let certificateFormat: CredentialFormat
    private let importCertificateFormat: CredentialFormat
    /// Per office in listed order: its pools offered per vehicle kind, resolved to engine pool slots once.
    private let offices: [OfficePools]
    /// Per engine pool slot: its rules in this epoch (nil when the epoch has no such pool or the slot is another
    /// region's).
    private let poolRulesBySlot: [PoolRules?]
    /// Per engine pool slot: the publication threshold, read on every reservation without copying the pool rules.
    private let publishThresholds: [Int?]
    /// Last service window found open (a pure function of these rules), so most checks need no calendar walk.
    private var openWindow: Range<Instant>?
    /// Last reservation deadline computed: local issue day (days since epoch), last valid day, lapse instant.
    private var deadline: (day: Int64, last: CivilDate, lapses: Instant)?

    struct OfficePools {
        let office: Office
        /// The first pool listed for each vehicle kind, with the engine's slot for it (nil: the engine has no such
        /// pool).
        let pools: [(vehicle: VehicleKind, key: PoolKey, slot: Int?)]
    }

    /// `poolKeys` are the engine's pools in slot order.
    init(rules: RuleSet, from: Instant?, epoch: Int, poolKeys: [PoolKey]) {
        self.rules = rules
        self.from = from
        self.epoch = epoch
        zone = rules.region.utcOffset
        certificateFormat = rules.verification.format(for: .certificate)
        importCertificateFormat = rules.verification.format(for: .importCertificate)
        offices = rules.offices.map { office in
            var pools: [(vehicle: VehicleKind, key: PoolKey, slot: Int?)] = []
            for id in office.pools {
                guard let vehicle = rules.pool(id)?.vehicle, !pools.contains(where: { $0.vehicle == vehicle }) else {
                    continue
                }
                let key = PoolKey(region: rules.region.id, office: office.id, pool: id)
                pools.append((vehicle, key, poolKeys.firstIndex(of: key)))
            }
            return OfficePools(office: office, pools: pools)
        }
        poolRulesBySlot = poolKeys.map { $0.region == rules.region.id ? rules.pool($0.pool) : nil }
        publishThresholds = poolRulesBySlot.map { $0?.publish.whenAvailableBelow }
    }

    var region: Region { rules.region }
    var notice: String { rules.notice }
    var serviceHours: ServiceHours { rules.serviceHours }
    var calendar: WorkCalendar { rules.calendar }
    var locality: LocalityRules { rules.locality }
    var verification: VerificationRules { rules.verification }
    var selfCompose: SelfComposeRules { rules.selfCompose }
    var random: RandomDrawRules { rules.random }
    var reservation: ReservationRules { rules.reservation }
    var blacklist: BlacklistRules { rules.blacklist }

    /// The office with this id.
    func office(_ id: String) -> Office? {
        for index in offices.indices where offices[index].office.id == id { return offices[index].office }
        return nil
    }

    /// The first pool `office` lists for `vehicle`, with the engine's slot for it (nil: the engine has no such pool);
    /// nil when the office is unknown or lists none. Read in place: every office choice and re-entry asks, and copying
    /// an office's entry out retained each of its texts.
    func officePool(_ id: String, vehicle: VehicleKind) -> (key: PoolKey, slot: Int?)? {
        for index in offices.indices where offices[index].office.id == id {
            for pool in offices[index].pools.indices where offices[index].pools[pool].vehicle == vehicle {
                return (offices[index].pools[pool].key, offices[index].pools[pool].slot)
            }
            return nil
        }
        return nil
    }

    /// The rules of the engine's pool in `slot`, if this epoch has it.
    func poolRules(poolSlot slot: Int) -> PoolRules? { poolRulesBySlot[slot] }

    /// The publication threshold of the engine's pool in `slot`, if this epoch has the pool.
    func publishThreshold(poolSlot slot: Int) -> Int? { publishThresholds[slot] }

    /// The format for a credential kind.
    func credentialFormat(_ kind: CredentialKind) -> CredentialFormat {
        switch kind {
        case .certificate: certificateFormat
        case .importCertificate: importCertificateFormat
        }
    }

    /// Whether selection is served at `instant`; remembers the window found.
    func isOpen(at instant: Instant) -> Bool {
        if let window = openWindow, window.contains(instant) { return true }
        guard let window = rules.serviceHours.window(containing: instant, offset: zone, calendar: rules.calendar) else {
            return false
        }
        openWindow = window
        return true
    }

    /// The last valid day of a reservation made at `instant`, and the instant it lapses; remembers the latest
    /// answer by local day (the calendar walk costs more than the rest of a reservation).
    func deadline(reservedAt instant: Instant, remember: Bool) -> (lastDay: CivilDate, lapsesAt: Instant) {
        let local = instant.secondsSinceEpoch + Int64(zone.seconds)
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        if let known = deadline, known.day == day { return (known.last, known.lapses) }
        let issued = instant.date(in: zone)
        let validity = rules.reservation
        let last =
            rules.calendar.lastValidDay(
                issuedOn: issued, validFor: validity.validFor, countedFrom: validity.countedFrom) ?? issued
        // The reservation lapses when the day after the last valid day begins.
        let lapses = Instant(date: last.adding(days: 1), offset: zone)
        if remember { deadline = (day, last, lapses) }
        return (last, lapses)
    }
}
