import PlateRules

/// A count axis from zero to a round maximum, with ticks at steps of 1, 2 or 5 times a power of ten.
struct CountScale {
    let maximum: Int
    let step: Int
    /// Pixel positions of zero and of `maximum` (for a vertical axis the first is the larger).
    let from: Double
    let to: Double

    /// A scale that holds `largest` in about `ticks` steps; whole numbers only, since every value is a count.
    init(largest: Int, ticks: Int = 5, from: Double, to: Double) {
        var step = 1
        var magnitude = 1
        // Integer search keeps the choice exact: 1, 2, 5, 10, 20, 50, ...
        search: while true {
            for factor in [1, 2, 5] where magnitude * factor * ticks >= largest {
                step = magnitude * factor
                break search
            }
            magnitude *= 10
        }
        self.step = step
        maximum = max(step, (largest + step - 1) / step * step)
        self.from = from
        self.to = to
    }

    var ticks: [Int] { Array(stride(from: 0, through: maximum, by: step)) }

    func callAsFunction(_ value: Double) -> Double { from + (to - from) * value / Double(maximum) }
    func callAsFunction(_ value: Int) -> Double { self(Double(value)) }
}

/// Ticks for a time axis in local time: whole hours or days, at most as many as fit.
enum TimeTicks {
    /// Candidate spacings in seconds, shortest first.
    static let steps: [Int64] = [
        3600, 2 * 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86_400, 2 * 86_400, 7 * 86_400, 14 * 86_400, 28 * 86_400,
        56 * 86_400, 91 * 86_400, 182 * 86_400, 364 * 86_400,
    ]

    /// Tick instants within `start...end` and their labels (`MM-DD`, with `HH:MM` when ticks fall within a day).
    static func ticks(from start: Instant, to end: Instant, zone: UTCOffset, atMost count: Int) -> [(
        at: Instant, label: String
    )] {
        let offset = Int64(zone.seconds)
        let localStart = start.secondsSinceEpoch + offset
        let localEnd = end.secondsSinceEpoch + offset
        let span = max(1, localEnd - localStart)
        let step = steps.first { span / $0 + 1 <= Int64(max(2, count)) } ?? steps.last!
        // Weekly steps start on Mondays (1970-01-05 was one); other steps on multiples of themselves.
        let anchor: Int64 = step % (7 * 86_400) == 0 ? 4 * 86_400 : 0
        var local = ceilDiv(localStart - anchor, step) * step + anchor
        var result: [(Instant, String)] = []
        while local <= localEnd {
            let instant = Instant(secondsSinceEpoch: local - offset)
            result.append((instant, label(instant, zone: zone, withTime: step < 86_400)))
            local += step
        }
        return result
    }

    /// `MM-DD` or `MM-DD HH:MM` in local time.
    static func label(_ instant: Instant, zone: UTCOffset, withTime: Bool) -> String {
        let date = instant.date(in: zone)
        let day = zeroPadded(date.month, width: 2) + "-" + zeroPadded(date.day, width: 2)
        guard withTime else { return day }
        let seconds = instant.timeOfDay(in: zone).secondsSinceMidnight
        return day + " " + zeroPadded(seconds / 3600, width: 2) + ":" + zeroPadded(seconds / 60 % 60, width: 2)
    }

    private static func ceilDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? (a + b - 1) / b : -((-a) / b) }
}
