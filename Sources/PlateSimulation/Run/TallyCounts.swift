import PlateEngine
import PlateRules

/// The run's counts as one value, folded from engine events alone: a fold is one access to it, and it reads
/// nothing but the event. Applicants are found by the subject events carry (the runner numbers simulated
/// applicants from 0, then scripted users), sessions by the subject their opening named.
struct TallyCounts {
    let zone: UTCOffset
    var total = CohortTally()
    var cohorts: [CohortTally]
    /// Rejections by reason name, overall and per cohort.
    var rejections: [String: Int] = [:]
    var cohortRejections: [[String: Int]]
    /// Counts by local day from `firstDay`: an array, as a day is counted several times per applicant.
    var dayCounts: [DayTally] = []
    var firstDay = 0
    /// Seconds from arrival to reservation, per cohort, in order of reservation.
    var waits: [[Int64]]
    var pools: [PoolTally]
    let poolSlots: [PoolKey: Int]
    /// By subject number: one record per applicant (an event about an applicant last seen days ago misses the cache
    /// once).
    var members: [Member]
    /// The subject of each session (sessions are numbered from 1); -1 for sessions of nobody tracked.
    var subjectOfSession: [Int32] = []

    /// What the tally keeps per applicant.
    struct Member {
        var arrival: Instant
        /// -1 until the applicant arrives.
        var cohort: Int32
        var reached: Reached
        /// The VIN file's quota use as its latest session closed (nil: no session with a file closed).
        var use: QuotaUse?

        static let notArrived = Member(arrival: Instant(secondsSinceEpoch: 0), cohort: -1, reached: [], use: nil)
    }

    /// Milestones an applicant reached, each counted once.
    struct Reached: OptionSet {
        let rawValue: UInt16
        static let refused = Reached(rawValue: 1 << 0), entered = Reached(rawValue: 1 << 1),
            basicInfo = Reached(rawValue: 1 << 2)
        static let identity = Reached(rawValue: 1 << 3), reserved = Reached(rawValue: 1 << 4),
            registered = Reached(rawValue: 1 << 5)
        static let lapsed = Reached(rawValue: 1 << 6), office = Reached(rawValue: 1 << 7),
            blacklisted = Reached(rawValue: 1 << 8)
        static let movedToRandom = Reached(rawValue: 1 << 9)
    }

    init(cohorts: Int, pools: [PoolKey], zone: UTCOffset, subjects: Int) {
        self.zone = zone
        self.cohorts = Array(repeating: CohortTally(), count: cohorts)
        cohortRejections = Array(repeating: [:], count: cohorts)
        waits = Array(repeating: [], count: cohorts)
        self.pools = pools.map { PoolTally(key: $0) }
        var slots: [PoolKey: Int] = [:]
        for (slot, key) in pools.enumerated() { slots[key] = slot }
        poolSlots = slots
        members = Array(repeating: .notArrived, count: subjects)
    }

    /// Notes an arriving applicant of `cohort`, known by its subject.
    mutating func arrive(_ subject: Subject, cohort: Int, at instant: Instant) {
        members[subject.number] = Member(arrival: instant, cohort: Int32(cohort), reached: [], use: nil)
        total.applicants += 1
        cohorts[cohort].applicants += 1
        countDay(instant) { $0.arrivals += 1 }
    }

    /// The member index of an arrived applicant's subject; nil for subjects the runner did not number.
    private func member(_ subject: Subject) -> Int? {
        let n = subject.number
        return n >= 0 && n < members.count && members[n].cohort >= 0 ? n : nil
    }

    private func member(session id: ApplicationID) -> Int? {
        guard id.value < subjectOfSession.count else { return nil }
        let n = Int(subjectOfSession[id.value])
        return n >= 0 ? n : nil
    }

    /// Folds one engine event into the counts.
    mutating func fold(_ event: EngineEvent) {
        switch event.kind {
        case .applicationOpened(let id, let subject, _, _):
            guard let m = member(subject) else { return }
            if id.value >= subjectOfSession.count {
                subjectOfSession.append(contentsOf: repeatElement(-1, count: id.value - subjectOfSession.count + 1))
            }
            subjectOfSession[id.value] = Int32(m)
            mark(m, .entered) { $0.entered += 1 }
        case .entryRefused(let subject, _, _, let rejection):
            guard let m = member(subject) else { return }
            reject(m, rejection)
            if !members[m].reached.contains(.entered) { mark(m, .refused) { $0.refused += 1 } }
        case .stepRejected(let id, let rejection):
            guard let m = member(session: id) else { return }
            reject(m, rejection)
        case .basicInfoCompleted(_, let subject, _):
            guard let m = member(subject) else { return }
            mark(m, .basicInfo) { $0.basicInfoCompleted += 1 }
        case .identityConfirmed(let id):
            guard let m = member(session: id) else { return }
            mark(m, .identity) { $0.identityConfirmed += 1 }
        case .sentToOffice(let id):
            guard let m = member(session: id) else { return }
            mark(m, .office) { $0.sentToOffice += 1 }
        case .selfComposeConfirmed(let id, let confirm):
            guard let m = member(session: id) else { return }
            count(m) { $0.selfCompose.fold(confirm) }
        case .movedToRandom(let id):
            guard let m = member(session: id) else { return }
            mark(m, .movedToRandom) { $0.movedToRandom += 1 }
        case .reserved(let reservation):
            guard let m = member(reservation.subject) else { return }
            let selfComposed = reservation.mode == .selfCompose
            mark(m, .reserved) {
                $0.reserved += 1
                if selfComposed { $0.reservedSelfCompose += 1 } else { $0.reservedRandom += 1 }
            }
            let applicant = members[m]
            waits[Int(applicant.cohort)].append(
                reservation.reservedAt.secondsSinceEpoch - applicant.arrival.secondsSinceEpoch)
            countDay(event.at) { if selfComposed { $0.reservedSelfCompose += 1 } else { $0.reservedRandom += 1 } }
        case .registered(let subject, _, _):
            guard let m = member(subject) else { return }
            mark(m, .registered) { $0.registered += 1 }
            countDay(event.at) { $0.registered += 1 }
        case .registrationRefused(let subject, _, let rejection):
            guard let subject, let m = member(subject) else { return }
            reject(m, rejection)
        case .lapsed(let subject, _, _, _):
            guard let m = member(subject) else { return }
            mark(m, .lapsed) { $0.lapsed += 1 }
            countDay(event.at) { $0.lapsed += 1 }
        case .blacklisted(let subject, _, _):
            guard let m = member(subject) else { return }
            mark(m, .blacklisted) { $0.blacklisted += 1 }
            countDay(event.at) { $0.blacklisted += 1 }
        case .blacklistLifted(let subject, _):
            guard let m = member(subject) else { return }
            count(m) { $0.blacklistLifted += 1 }
            countDay(event.at) { $0.blacklistLifted += 1 }
        case .blacklistHit(let subject, _):
            guard let m = member(subject) else { return }
            count(m) { $0.blacklistHits += 1 }
            countDay(event.at) { $0.blacklistHits += 1 }
        case .sessionClosed(_, let subject, let use):
            guard let use, let m = member(subject) else { return }
            members[m].use = use
        case .pool(let key, let poolEvent):
            if let slot = poolSlots[key] { pools[slot].fold(poolEvent) }
        case .stageChanged, .officeChosen, .drawn, .backupKept:
            break
        }
    }

    /// Applicants by self-composed numbers and by draws used, overall and per cohort: from the quota use each
    /// applicant's VIN file showed when its last session closed (applicants whose sessions never had a file are not
    /// counted).
    func quotaUse() -> (
        selfCompose: [Int: Int], draws: [Int: Int], cohortSelfCompose: [[Int: Int]], cohortDraws: [[Int: Int]]
    ) {
        var selfCompose: [Int: Int] = [:]
        var draws: [Int: Int] = [:]
        var cohortSelfCompose = Array(repeating: [Int: Int](), count: cohorts.count)
        var cohortDraws = cohortSelfCompose
        for member in members where member.cohort >= 0 {
            guard let use = member.use else { continue }
            let cohort = Int(member.cohort)
            selfCompose[use.selfComposeNumbers, default: 0] += 1
            draws[use.draws, default: 0] += 1
            cohortSelfCompose[cohort][use.selfComposeNumbers, default: 0] += 1
            cohortDraws[cohort][use.draws, default: 0] += 1
        }
        return (selfCompose, draws, cohortSelfCompose, cohortDraws)
    }

    /// Counts something on the local day of `instant`.
    private mutating func countDay(_ instant: Instant, _ count: (inout DayTally) -> Void) {
        let day = instant.localDay(in: zone)
        if dayCounts.isEmpty { firstDay = day }
        if day < firstDay {
            dayCounts.insert(contentsOf: repeatElement(DayTally(), count: firstDay - day), at: 0)
            firstDay = day
        }
        let offset = day - firstDay
        if offset >= dayCounts.count {
            dayCounts.append(contentsOf: repeatElement(DayTally(), count: offset - dayCounts.count + 1))
        }
        count(&dayCounts[offset])
    }

    private mutating func reject(_ m: Int, _ rejection: Rejection) {
        let name = rejection.name
        rejections[name, default: 0] += 1
        cohortRejections[Int(members[m].cohort)][name, default: 0] += 1
        count(m) { $0.rejections += 1 }
    }

    /// Counts a milestone the first time an applicant reaches it.
    private mutating func mark(_ m: Int, _ milestone: Reached, _ body: (inout CohortTally) -> Void) {
        guard !members[m].reached.contains(milestone) else { return }
        members[m].reached.insert(milestone)
        count(m, body)
    }

    private mutating func count(_ m: Int, _ body: (inout CohortTally) -> Void) {
        body(&total)
        body(&cohorts[Int(members[m].cohort)])
    }
}
