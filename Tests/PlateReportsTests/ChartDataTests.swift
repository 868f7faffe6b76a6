import PlateRules
import PlateSimulation
import PlateStudies
import Testing

@testable import PlateReports

@Suite("Chart and table CSV files")
struct ChartDataTests {
    /// A CSV file as rows of fields (quoted fields may hold commas, quotes and line breaks).
    static func parse(_ csv: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var scalars = csv.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = scalars.next()
                    if next == "\"" {
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                        pending = next
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        return rows
    }

    static func files() throws -> (RunResult, [String: [[String]]], [String]) {
        let (result, _, zone) = try ReportFixture.run()
        let files = ChartData.files(result, zone: zone)
        return (result, Dictionary(uniqueKeysWithValues: files.map { ($0.name, parse($0.csv)) }), files.map(\.name))
    }

    @Test("one CSV per chart and per table, each with a header and rows as wide as it")
    func namesAndHeaders() throws {
        let (_, files, names) = try Self.files()
        #expect(
            names == [
                "chart-pool-availability.csv", "chart-pool-events.csv", "chart-reservations-per-day.csv",
                "chart-funnel.csv",
                "chart-blacklist-per-day.csv", "chart-quota-use.csv", "chart-self-compose-attempts.csv",
                "chart-time-to-reservation.csv",
                "table-expectations.csv", "table-funnel.csv", "table-cohorts.csv", "table-rejections.csv",
                "table-quota-use.csv",
                "table-self-compose.csv", "table-self-compose-attempts.csv",
                "table-self-compose-numbers-per-confirm.csv",
                "table-self-compose-use-by-cohort.csv", "table-waits.csv", "table-wait-histogram.csv",
                "table-blacklist.csv", "table-pools.csv",
                "table-pool-daily-lows.csv", "table-days.csv", "table-scripted-steps.csv",
            ])
        for (name, rows) in files {
            let header = try #require(rows.first, "\(name) is empty")
            #expect(header.allSatisfy { !$0.isEmpty }, "\(name): \(header)")
            #expect(rows.allSatisfy { $0.count == header.count }, "\(name): ragged rows")
        }
        #expect(
            files["chart-pool-availability.csv"]?.first == [
                "office", "pool", "at", "self_compose_available", "random_available",
            ])
        #expect(files["chart-reservations-per-day.csv"]?.first == ["date", "reserved_self_compose", "reserved_random"])
        #expect(
            files["chart-blacklist-per-day.csv"]?.first == [
                "date", "blacklisted", "blacklist_hits", "blacklist_lifted",
            ])
        #expect(files["table-funnel.csv"]?.first == ["stage", "applicants", "share_of_arrivals_percent"])
    }

    @Test("row counts and sums match the tally")
    func matchTally() throws {
        let (result, files, _) = try Self.files()
        let tally = result.tally
        func body(_ name: String) -> [[String]] { Array((files[name] ?? []).dropFirst()) }
        func sum(_ name: String, column: Int) -> Int { body(name).reduce(0) { $0 + (Int($1[column]) ?? -1_000_000) } }

        #expect(body("chart-pool-availability.csv").count == tally.pools.reduce(0) { $0 + $1.samples.count })
        let marks = tally.pools.reduce(0) { total, pool in
            total + pool.publications.count
                + [pool.exhausted, pool.exhaustedSelfCompose, pool.exhaustedRandom].compactMap { $0 }.count
        }
        #expect(marks > 0 && body("chart-pool-events.csv").count == marks)

        // The daily charts cover every day of the period, days without events included.
        let zone = UTCOffset(seconds: 8 * 3600)
        let periodDays =
            result.scenario.until.date(in: zone).daysSinceEpoch - result.scenario.start.date(in: zone).daysSinceEpoch
            + 1
        #expect(body("chart-reservations-per-day.csv").count == periodDays)
        #expect(body("chart-blacklist-per-day.csv").count == periodDays)
        let days = tally.days.values
        #expect(sum("chart-reservations-per-day.csv", column: 1) == days.reduce(0) { $0 + $1.reservedSelfCompose })
        #expect(sum("chart-reservations-per-day.csv", column: 2) == days.reduce(0) { $0 + $1.reservedRandom })
        #expect(sum("chart-blacklist-per-day.csv", column: 1) == days.reduce(0) { $0 + $1.blacklisted })
        #expect(sum("chart-blacklist-per-day.csv", column: 2) == days.reduce(0) { $0 + $1.blacklistHits })
        #expect(tally.total.blacklisted > 0 && tally.total.blacklistHits > 0, "the fixture should reach the blacklist")

        #expect(body("chart-funnel.csv").count == 9)
        #expect(body("chart-funnel.csv").first == ["arrived", String(tally.total.applicants), "100.0"])
        #expect(body("chart-time-to-reservation.csv").count == WaitStatistics.buckets.count)
        #expect(sum("chart-time-to-reservation.csv", column: 1) == tally.waits.reduce(0) { $0 + $1.count })
        #expect(sum("chart-quota-use.csv", column: 1) == tally.selfComposeUse.values.reduce(0, +))
        #expect(sum("chart-quota-use.csv", column: 2) == tally.drawUse.values.reduce(0, +))

        #expect(body("table-expectations.csv").count == result.verdicts.count)
        #expect(body("table-cohorts.csv").count == tally.cohorts.filter { $0.applicants > 0 }.count)
        #expect(body("table-rejections.csv").count == tally.rejections.count)
        #expect(sum("table-rejections.csv", column: 1) == tally.rejections.values.reduce(0, +))
        #expect(body("table-pools.csv").count == tally.pools.count)
        #expect(body("table-days.csv").count == tally.days.count)
        #expect(body("table-scripted-steps.csv").count == result.steps.count)
        #expect(
            body("table-blacklist.csv").map { $0[1] }
                == [
                    tally.total.lapsed, tally.total.blacklisted, tally.total.blacklistHits,
                    tally.total.blacklistLifted,
                ].map(String.init))
    }

    @Test("the same run gives the same files")
    func deterministic() throws {
        let (a, _, zone) = try ReportFixture.run()
        let (b, _, _) = try ReportFixture.run()
        let first = ChartData.files(a, zone: zone)
        let second = ChartData.files(b, zone: zone)
        #expect(first.map(\.name) == second.map(\.name) && first.map(\.csv) == second.map(\.csv))
    }
}
