import PlateRules
import PlateStudies

/// How a variant's figure differs from the baseline's, written for people: signed, with units.
enum Difference {
    /// `+12 (+4.0 %)`, `−3`, `0`.
    static func count(_ base: Int, _ variant: Int) -> String {
        let d = variant - base
        guard d != 0 else { return "0" }
        let sign = d > 0 ? "+" : "−"
        let relative = base == 0 ? "" : " (\(sign)\(oneDecimal(abs(Double(d)) * 100 / Double(base))) %)"
        return "\(sign)\(abs(d))\(relative)"
    }

    /// A share as a percentage with one decimal.
    static func share(_ value: Double?) -> String { value.map { oneDecimal($0 * 100) + " %" } ?? "–" }

    /// Percentage points: `+2.5 pp`.
    static func points(_ base: Double?, _ variant: Double?) -> String {
        guard let base, let variant else { return "–" }
        let d = (variant - base) * 100
        if abs(d) < 0.05 { return "0 pp" }
        return (d > 0 ? "+" : "−") + oneDecimal(abs(d)) + " pp"
    }

    /// A duration difference in seconds: `+3 min`, `−1.5 h`.
    static func seconds(_ base: Int64?, _ variant: Int64?) -> String {
        guard let base, let variant else { return "–" }
        let d = variant - base
        if d == 0 { return "0" }
        return (d > 0 ? "+" : "−") + WaitStatistics.readable(abs(d))
    }

    /// When something happened in the variant relative to the baseline: `2.5 days earlier`, `never (was ...)`.
    static func instant(_ base: Instant?, _ variant: Instant?) -> String {
        switch (base, variant) {
        case (nil, nil): return "–"
        case (nil, _?): return "newly happens"
        case (_?, nil): return "no longer happens"
        case (let b?, let v?):
            let d = v.secondsSinceEpoch - b.secondsSinceEpoch
            if d == 0 { return "same time" }
            return WaitStatistics.readable(abs(d)) + (d < 0 ? " earlier" : " later")
        }
    }

    /// A decimal with two places: `1.25`.
    static func decimal(_ value: Double?) -> String {
        guard let value else { return "–" }
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(zeroPadded(abs(hundredths % 100), width: 2))"
    }

    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
