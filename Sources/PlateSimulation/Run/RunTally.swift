import PlateEngine
import PlateRules

/// The run's counts, folded from engine events as they happen; reports render this and nothing else.
public final class RunTally {
    /// Cohort names, then `scripted users` for the scripted ones.
    public let cohortNames: [String]
    let zone: UTCOffset
    public private(set) var total = CohortTally()
    public private(set) var cohorts: [CohortTally]
    /// Rejections by reason name, overall and per cohort.
    public private(set) var rejections: [String: Int] = [:]
    public private(set) var cohortRejections: [[String: Int]]
    /// Per local day (days since 1970-01-01) on which anything was counted.
    public var days: [Int: DayTally] {
        var days: [Int: DayTally] = [:]
        for (offset, counts) in dayCounts.enumerated() where counts != DayTally() { days[firstDay + offset] = counts }
        return days
    }
    /// Counts by day from `firstDay`: an array, as a day is counted several times per applicant.
    private var dayCounts: [DayTally] = []
    private var firstDay = 0
    /// Seconds from arrival to reservation, per cohort, in order of reservation.
    public private(set) var waits: [[Int64]]
    /// The waits sorted, per cohort and all together: reports take order statistics of them many times, so they are sorted once.
    public private(set) lazy var sortedWaits: [[Int64]] = waits.map { $0.sorted() }
    public private(set) lazy var sortedAllWaits: [Int64] = waits.flatMap { $0 }.sorted()
    public private(set) var pools: [PoolTally]
    /// Self-compose numbers and draws used per applicant with a VIN file (numbers used → applicants), filled at the end.
    public internal(set) var selfComposeUse: [Int: Int] = [:]
    public internal(set) var drawUse: [Int: Int] = [:]
    /// The same per cohort (scripted users last).
    public internal(set) var cohortSelfComposeUse: [[Int: Int]]
    public internal(set) var cohortDrawUse: [[Int: Int]]

    // Who is who: applicants are numbered in arrival order; the engine names them by account, session and VIN.
    // Simulated applicants are found by the number in their account id and VIN (no hashing on the hot path);
    // scripted users, few, by dictionary.
    private var applicantOfUser: [String: Int32] = [:]
    private var applicantOfVIN: [String: Int32] = [:]
    /// How many scripted users hold each VIN (they may share one).
    private var scriptedHolders: [String: Int] = [:]
    /// By session id (sessions are numbered from 1); -1 for sessions of nobody tracked.
    private var applicantOfSession: [Int32] = []
    /// By applicant: simulated ones at their number (one record, so an event about an applicant last seen days
    /// ago misses the cache once), scripted users after them in arrival order.
    private var members: [Member]
    /// How many simulated applicants there are (numbered from 0).
    private let population: Int
    private var poolSlots: [PoolKey: Int] = [:]

    /// What the tally keeps per applicant.
    private struct Member {
        var arrival: Instant
        /// -1 until the applicant arrives.
        var cohort: Int32
        var reached: Reached

        static let notArrived = Member(arrival: Instant(secondsSinceEpoch: 0), cohort: -1, reached: [])
    }

    /// Milestones an applicant reached, each counted once.
    struct Reached: OptionSet {
        let rawValue: UInt16
        static let refused = Reached(rawValue: 1 << 0), entered = Reached(rawValue: 1 << 1), basicInfo = Reached(rawValue: 1 << 2)
        static let identity = Reached(rawValue: 1 << 3), reserved = Reached(rawValue: 1 << 4), registered = Reached(rawValue: 1 << 5)
        static let lapsed = Reached(rawValue: 1 << 6), office = Reached(rawValue: 1 << 7), blacklisted = Reached(rawValue: 1 << 8)
        static let movedToRandom = Reached(rawValue: 1 << 9)
    }

    init(cohortNames: [String], pools: [PoolKey], zone: UTCOffset, population: Int) {
        self.cohortNames = cohortNames
        members = Array(repeating: .notArrived, count: population)
        self.population = population
        self.zone = zone
        cohorts = Array(repeating: CohortTally(), count: cohortNames.count)
        cohortRejections = Array(repeating: [:], count: cohortNames.count)
        waits = Array(repeating: [], count: cohortNames.count)
        cohortSelfComposeUse = Array(repeating: [:], count: cohortNames.count)
        cohortDrawUse = Array(repeating: [:], count: cohortNames.count)
        self.pools = pools.map { PoolTally(key: $0) }
        for (slot, key) in pools.enumerated() { poolSlots[key] = slot }
    }

    /// Notes an arriving simulated applicant, known by its number.
    func arrive(applicant number: Int, cohort: Int, at instant: Instant) {
        members[number] = Member(arrival: instant, cohort: Int32(cohort), reached: [])
        arrived(cohort: cohort, at: instant)
    }

    /// Notes an arriving scripted user, known by account and VIN.
    func arrive(user: String, vin: String, cohort: Int, at instant: Instant) {
        let applicant = Int32(members.count)
        applicantOfUser[user] = applicant
        applicantOfVIN[vin] = applicant
        scriptedHolders[vin, default: 0] += 1
        members.append(Member(arrival: instant, cohort: Int32(cohort), reached: []))
        arrived(cohort: cohort, at: instant)
    }

    private func arrived(cohort: Int, at instant: Instant) {
        total.applicants += 1
        cohorts[cohort].applicants += 1
        countDay(instant) { $0.arrivals += 1 }
    }

    private func applicant(user: String) -> Int32? {
        if let number = SimulationWorld.number(ofUser: user), number < population {
            return members[number].cohort >= 0 ? Int32(number) : nil
        }
        return applicantOfUser[user]
    }

    private func applicant(vin: String) -> Int32? {
        if !applicantOfVIN.isEmpty, let applicant = applicantOfVIN[vin] { return applicant }
        guard let number = SimulationWorld.number(ofVIN: vin), number < population else { return nil }
        return members[number].cohort >= 0 ? Int32(number) : nil
    }

    private func applicant(session id: ApplicationID) -> Int32? {
        guard id.value < applicantOfSession.count else { return nil }
        let applicant = applicantOfSession[id.value]
        return applicant >= 0 ? applicant : nil
    }

    /// Folds one engine event into the counts.
    func fold(_ event: EngineEvent) {
        switch event.kind {
        case .applicationOpened(let id, let user, _):
            guard let applicant = applicant(user: user) else { return }
            if id.value >= applicantOfSession.count {
                applicantOfSession.append(contentsOf: repeatElement(-1, count: id.value - applicantOfSession.count + 1))
            }
            applicantOfSession[id.value] = applicant
            mark(applicant, .entered) { $0.entered += 1 }
        case .entryRefused(let user, _, let rejection):
            guard let applicant = applicant(user: user) else { return }
            reject(applicant, rejection)
            if !members[Int(applicant)].reached.contains(.entered) { mark(applicant, .refused) { $0.refused += 1 } }
        case .stepRejected(let id, let rejection):
            guard let applicant = applicant(session: id) else { return }
            reject(applicant, rejection)
        case .basicInfoCompleted(let id, _):
            guard let applicant = applicant(session: id) else { return }
            mark(applicant, .basicInfo) { $0.basicInfoCompleted += 1 }
        case .identityConfirmed(let id):
            guard let applicant = applicant(session: id) else { return }
            mark(applicant, .identity) { $0.identityConfirmed += 1 }
        case .sentToOffice(let id):
            guard let applicant = applicant(session: id) else { return }
            mark(applicant, .office) { $0.sentToOffice += 1 }
        case .reserved(let reservation):
            // By the session, which its opening mapped to the applicant: no account id to parse.
            guard let applicant = applicant(session: reservation.application) else { return }
            let selfComposed = reservation.mode == .selfCompose
            mark(applicant, .reserved) {
                $0.reserved += 1
                if selfComposed { $0.reservedSelfCompose += 1 } else { $0.reservedRandom += 1 }
            }
            let member = members[Int(applicant)]
            waits[Int(member.cohort)].append(reservation.reservedAt.secondsSinceEpoch - member.arrival.secondsSinceEpoch)
            countDay(event.at) { if selfComposed { $0.reservedSelfCompose += 1 } else { $0.reservedRandom += 1 } }
        case .registered(let vin, _):
            guard let applicant = applicant(vin: vin) else { return }
            mark(applicant, .registered) { $0.registered += 1 }
            countDay(event.at) { $0.registered += 1 }
        case .registrationRefused(let vin, let rejection):
            guard let applicant = applicant(vin: vin) else { return }
            reject(applicant, rejection)
        case .lapsed(_, _, let user):
            guard let applicant = applicant(user: user) else { return }
            mark(applicant, .lapsed) { $0.lapsed += 1 }
            countDay(event.at) { $0.lapsed += 1 }
        case .blacklisted(let user, _):
            guard let applicant = applicant(user: user) else { return }
            mark(applicant, .blacklisted) { $0.blacklisted += 1 }
            countDay(event.at) { $0.blacklisted += 1 }
        case .blacklistLifted(let user):
            guard let applicant = applicant(user: user) else { return }
            count(applicant) { $0.blacklistLifted += 1 }
            countDay(event.at) { $0.blacklistLifted += 1 }
        case .blacklistHit(let user):
            guard let applicant = applicant(user: user) else { return }
            count(applicant) { $0.blacklistHits += 1 }
            countDay(event.at) { $0.blacklistHits += 1 }
        case .pool(let key, let poolEvent):
            if let slot = poolSlots[key] { pools[slot].fold(poolEvent) }
        case .selfComposeConfirmed(let id, let confirm):
            guard let applicant = applicant(session: id) else { return }
            count(applicant) { $0.selfCompose.fold(confirm) }
        case .movedToRandom(let id):
            guard let applicant = applicant(session: id) else { return }
            mark(applicant, .movedToRandom) { $0.movedToRandom += 1 }
        case .stageChanged, .drawn, .backupKept:
            break
        }
    }

    /// Records the available numbers of every pool at `instant`.
    func sample(_ engine: PlateEngine, at instant: Instant) {
        for slot in pools.indices {
            guard let counts = engine.pool(pools[slot].key)?.counts else { continue }
            pools[slot].samples.append(.init(at: instant, selfCompose: counts.availableSelfCompose, random: counts.availableRandom))
        }
    }

    /// The cohorts of the arrived applicants holding `vin`, one entry each: its simulated applicant, if arrived, and any scripted users.
    func holderCohorts(ofVIN vin: String) -> [Int] {
        var cohorts: [Int] = []
        if let number = SimulationWorld.number(ofVIN: vin), number < population, members[number].cohort >= 0 {
            cohorts.append(Int(members[number].cohort))
        }
        if !scriptedHolders.isEmpty, let holders = scriptedHolders[vin] {
            cohorts.append(contentsOf: repeatElement(cohortNames.count - 1, count: holders))
        }
        return cohorts
    }

    /// Counts something on the local day of `instant`.
    private func countDay(_ instant: Instant, _ count: (inout DayTally) -> Void) {
        let day = instant.localDay(in: zone)
        if dayCounts.isEmpty { firstDay = day }
        if day < firstDay {
            dayCounts.insert(contentsOf: repeatElement(DayTally(), count: firstDay - day), at: 0)
            firstDay = day
        }
        let offset = day - firstDay
        if offset >= dayCounts.count { dayCounts.append(contentsOf: repeatElement(DayTally(), count: offset - dayCounts.count + 1)) }
        count(&dayCounts[offset])
    }

    private func reject(_ applicant: Int32, _ rejection: Rejection) {
        let name = rejection.name
        rejections[name, default: 0] += 1
        cohortRejections[Int(members[Int(applicant)].cohort)][name, default: 0] += 1
        count(applicant) { $0.rejections += 1 }
    }

    /// Counts a milestone the first time an applicant reaches it.
    private func mark(_ applicant: Int32, _ milestone: Reached, _ body: (inout CohortTally) -> Void) {
        let index = Int(applicant)
        guard !members[index].reached.contains(milestone) else { return }
        members[index].reached.insert(milestone)
        count(applicant, body)
    }

    private func count(_ applicant: Int32, _ body: (inout CohortTally) -> Void) {
        body(&total)
        body(&cohorts[Int(members[Int(applicant)].cohort)])
    }
}

extension RunTally {
    /// Records how much of each quota every applicant with a VIN file used (read from the engine's files at the end).
    ///
    /// Walks the files rather than looking each applicant's VIN up: a million random lookups cost more than the rest of the fold.
    func noteQuotaUse(_ engine: PlateEngine) {
        for file in engine.vehicleFiles {
            for cohort in holderCohorts(ofVIN: file.vin) {
                selfComposeUse[file.selfComposeUsed, default: 0] += 1
                drawUse[file.drawsUsed, default: 0] += 1
                cohortSelfComposeUse[cohort][file.selfComposeUsed, default: 0] += 1
                cohortDrawUse[cohort][file.drawsUsed, default: 0] += 1
            }
        }
    }
}
