import PlateRules
import PlateScenarios

/// A small valid rule set that fuzzed overlays are applied to, and the bounds of fuzzed runs.
enum FuzzSeed {
    static let minimalRules = """
        schema: platelab/rules/v1
        region: {id: r, name: R, province: 冀, authority: H}
        offices: [{id: o, name: O, pools: [p]}]
        notice: n
        service_hours: {open: "08:00", close: "23:00", days: [mon]}
        calendar: {}
        locality: {home_only: [new_vehicle_owner, organisation], cross_region: [owner_driver, counter_registered]}
        verification:
          sms: {digits: 6, valid_for: 5m, resend_after: 60s, max_attempts: 5, lockout: 30m}
          identity_countdown: 10s
          credentials: {certificate: "[A-Z0-9]{15}", import_certificate: "[A-Z0-9]{14,18}"}
        self_compose: {total: 20, per_confirm: 5, confirm_interval: 8s}
        random: {draws: 5, candidates: 10, batch_expires: 90s, backup_expires: 180s, without_four_option: true}
        reservation: {valid_for: 5 working days, counted_from: next_day, reuse_after: 0d}
        blacklist: {after_lapses: 1, lasts: 2y}
        pools:
          - {id: p, vehicle: small_car, shapes: [DDDDD, LDDDD], letters: ABC, segments: {size: 100, random_only_for: 7d, first_open_to_both: true}, publish: {when_available_below: 300, segments: 20, order: shapes}}
        """

    /// Where fuzzed scenarios are taken to sit: rule paths resolve from `Fuzz/` (run from the repository root).
    static let scenarioFile = "Fuzz/fuzz-scenario.yaml"

    /// Small enough to run for every input: a few hundred applicants over a few days.
    static func isSmall(_ scenario: Scenario) -> Bool {
        scenario.population.reduce(0) { $0 + $1.count } <= 500 && scenario.users.count <= 20
            && scenario.until.secondsSinceEpoch - scenario.start.secondsSinceEpoch <= 7 * 86_400
    }
}
