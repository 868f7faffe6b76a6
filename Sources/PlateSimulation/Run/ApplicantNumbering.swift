import PlateEngine
import PlateRules

/// How a run numbers its applicants (their subjects): simulated applicants from 0, cohort after cohort in the
/// order written, counting only those who arrive within the period; then scripted users, in the order written.
///
/// Numbers follow arrivals, not declared counts, so a run's memory follows the applicants who come: ten
/// million declared and three arriving number three. Arrivals read no rule, so neither does the numbering.
public struct ApplicantNumbering: Sendable {
    /// The applicant numbers of each cohort, in the order written.
    public let cohorts: [Range<Int>]
    /// The scripted users' names, in the order written.
    public let users: [String]

    /// Numbering for cohorts with `arrivals[c]` applicants arriving and the named scripted users.
    init(arrivals: [Int], users: [String]) {
        var first = 0
        cohorts = arrivals.map { count in
            defer { first += count }
            return first..<(first + count)
        }
        self.users = users
    }

    /// Simulated applicants arriving in the run.
    public var simulated: Int { cohorts.last?.upperBound ?? 0 }

    /// Subjects in the run, simulated and scripted.
    public var subjects: Int { simulated + users.count }

    /// The cohort of simulated applicant `number`; nil for no such applicant.
    public func cohort(ofApplicant number: Int) -> Int? { cohorts.firstIndex { $0.contains(number) } }

    /// The subject of a scripted user; nil for no such user.
    public func subject(ofScriptedUser name: String) -> Subject? {
        users.firstIndex(of: name).map { Subject(simulated + $0) }
    }
}
