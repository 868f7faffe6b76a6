import PlateEngine
import PlateRules
import Testing

@testable import PlateReports

/// `explain` quotes the rule values each decision read: from the file where a rule set sets them, and the schema's
/// default where it leaves them out.
@Suite("explain: the rule values a decision read")
struct ExplainTraceTests {
    /// A rule set that sets the locality lists but leaves out `counter_signing`, whose default is no one.
    static let rules = """
        schema: platelab/rules/v1
        region: {id: trace-region, name: 测试市, province: 冀, authority: H}
        offices:
          - {id: main, name: 测试车管所, pools: [small-car]}
        notice: 业务须知
        service_hours: {open: "08:00", close: "23:00", days: [mon, tue, wed, thu, fri, sat, sun]}
        calendar: {holidays: []}
        locality:
          home_only: [new_vehicle_owner, organisation]
          cross_region: [owner_driver, counter_registered]
        verification:
          sms: {digits: 6, valid_for: 5m, resend_after: 60s, max_attempts: 5, lockout: 30m}
          identity_countdown: 10s
          credentials: {certificate: "[A-Z0-9]{15}", import_certificate: "[A-Z0-9]{14,18}"}
        self_compose: {total: 20, per_confirm: 5, confirm_interval: 8s}
        random: {draws: 5, candidates: 10, batch_expires: 90s, backup_expires: 180s, without_four_option: true}
        reservation: {valid_for: 5 working days, counted_from: next_day, reuse_after: 0d}
        blacklist: {after_lapses: 1, lasts: 2y}
        pools:
          - id: small-car
            vehicle: small_car
            shapes: [DDDDD]
            letters: ABC
            segments: {size: 100, random_only_for: 7d, first_open_to_both: true}
            publish: {when_available_below: 300, segments: 20, order: shapes}
        """

    @Test("a value the file sets is quoted with its line; one it leaves out with the schema's default, said to be one")
    func defaultsAreQuoted() throws {
        let loaded = RuleSetLoader.load(text: Self.rules, file: "trace.yaml")
        let book = try #require(loaded.book, "\(loaded.diagnostics)")
        let trace = ApplicantTrace(subject: Subject(0))
        let at = try #require(Instant(iso8601: "2027-03-01T09:00+08:00"))
        trace.observe(
            EngineEvent(
                at: at, kind: .applicationOpened(ApplicationID(1), Subject(0), user: "u0", region: "trace-region")))
        let lines = trace.render(book: book, zone: book.base.region.utcOffset).split(separator: "\n").map(String.init)
        #expect(
            lines.contains("    rule locality.home_only = [new_vehicle_owner, organisation]  (trace.yaml:9)"),
            "\(lines)")
        let field = try #require(RulePath.localityCounterSigning.field)
        #expect(field.defaultValue == "[]")
        #expect(lines.contains("    rule locality.counter_signing = []  (default: not in the rule set)"), "\(lines)")
    }
}
