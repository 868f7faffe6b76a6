/// Figures over replications for people: `4512.3 ± 21.4`, `71.2 % ± 1.3 pp`, `12 min ± 40 s`, `day 3.25 ± 0.40`.
public enum Numbers {
    /// A decimal with one place.
    public static func decimal(_ value: Double) -> String { FixedDecimals.text(value, decimals: 1) }

    /// A value of a figure of `unit`, without its interval.
    public static func value(_ value: Double, _ unit: Figure.Unit) -> String {
        switch unit {
        case .count: decimal(value)
        case .share: FixedDecimals.text(value * 100, decimals: 1) + " %"
        case .seconds: duration(value)
        case .days: "day " + FixedDecimals.text(value, decimals: 2)
        }
    }

    /// Seconds in the unit that fits, with one decimal: means and intervals of waits differ by less than a minute.
    static func duration(_ seconds: Double) -> String {
        let unit = DurationUnit.fitting(Int64(abs(seconds).rounded()))
        let short = ["seconds": "s", "minutes": "min", "hours": "h", "days": "days"][unit.name] ?? unit.name
        return FixedDecimals.text(seconds / unit.seconds, decimals: 1) + " " + short
    }

    /// A half-width (or any spread) of a figure of `unit`.
    public static func spread(_ value: Double, _ unit: Figure.Unit) -> String {
        switch unit {
        case .count: decimal(value)
        case .share: FixedDecimals.text(value * 100, decimals: 1) + " pp"
        case .seconds: duration(value)
        case .days: FixedDecimals.text(value, decimals: 2) + " days"
        }
    }

    /// `mean ± half-width`, the mean alone below two values, `–` when undefined everywhere.
    public static func estimate(_ e: Estimate, _ unit: Figure.Unit) -> String {
        guard let mean = e.mean else { return "–" }
        return value(mean, unit) + (e.halfWidth.map { " ± " + spread($0, unit) } ?? "")
    }

    /// A signed difference: `+12.0 ± 3.1`, `−1.5 pp ± 0.4 pp`.
    public static func difference(_ e: Estimate, _ unit: Figure.Unit) -> String {
        guard let mean = e.mean else { return "–" }
        let sign = mean > 0 ? "+" : mean < 0 ? "−" : ""
        return sign + spread(abs(mean), unit) + (e.halfWidth.map { " ± " + spread($0, unit) } ?? "")
    }

    /// The interval `[low, high]`, or `–` below two values.
    public static func interval(_ e: Estimate, _ unit: Figure.Unit, signed: Bool = false) -> String {
        guard let low = e.low, let high = e.high else { return "–" }
        func show(_ v: Double) -> String {
            guard signed else { return value(v, unit) }
            return (v > 0 ? "+" : v < 0 ? "−" : "") + spread(abs(v), unit)
        }
        return show(low) + " to " + show(high)
    }
}
