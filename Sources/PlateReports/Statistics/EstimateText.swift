import PlateStudies

/// Figures over replications for people: `4512.3 ± 21.4`, `71.2 % ± 1.3 pp`, `12 min ± 40 s`, `day 3.25 ± 0.40`.
public enum Numbers {
    /// A decimal with one place.
    public static func decimal(_ value: Double) -> String { FixedDecimals.text(value, decimals: 1) }

    /// A value of a figure of `unit`, without its interval; durations in `in` when given (to match a neighbour).
    static func value(_ value: Double, _ unit: Figure.Unit, in time: DurationUnit? = nil) -> String {
        switch unit {
        case .count: decimal(value)
        case .share: FixedDecimals.text(value * 100, decimals: 1) + " %"
        case .seconds: duration(value, in: time)
        case .days: "day " + FixedDecimals.text(value, decimals: 2)
        }
    }

    /// Seconds in the unit that fits, with one decimal: means and intervals of waits differ by less than a minute.
    static func duration(_ seconds: Double, in given: DurationUnit? = nil) -> String {
        let unit = given ?? DurationUnit.fitting(Int64(abs(seconds).rounded()))
        let short = ["seconds": "s", "minutes": "min", "hours": "h", "days": "days"][unit.name] ?? unit.name
        return FixedDecimals.text(seconds / unit.seconds, decimals: 1) + " " + short
    }

    /// A half-width (or any spread) of a figure of `unit`.
    static func spread(_ value: Double, _ unit: Figure.Unit, in time: DurationUnit? = nil) -> String {
        switch unit {
        case .count: decimal(value)
        case .share: FixedDecimals.text(value * 100, decimals: 1) + " pp"
        case .seconds: duration(value, in: time)
        case .days: FixedDecimals.text(value, decimals: 2) + " days"
        }
    }

    /// `±1.2` (the half-width alone), or `no interval` below two values.
    public static func halfWidth(_ e: Estimate, _ unit: Figure.Unit) -> String {
        e.halfWidth.map { "±" + spread($0, unit) } ?? "no interval"
    }

    /// The duration unit for every number of one cell: the one that fits the largest.
    static func time(_ values: [Double?]) -> DurationUnit {
        DurationUnit.fitting(Int64((values.compactMap { $0.map(abs) }.max() ?? 0).rounded()))
    }

    /// `mean ± half-width`, the mean alone below two values, `–` when undefined everywhere.
    public static func estimate(_ e: Estimate, _ unit: Figure.Unit) -> String {
        guard let mean = e.mean else { return "–" }
        let t = time([mean])
        return value(mean, unit, in: t) + (e.halfWidth.map { " ± " + beside($0, unit, in: t) } ?? "")
    }

    /// A half-width in its neighbour's duration unit, or in its own when that would round a non-zero one to 0.
    static func beside(_ h: Double, _ unit: Figure.Unit, in t: DurationUnit) -> String {
        let text = spread(h, unit, in: t)
        guard unit == .seconds, h > 0, !text.contains(where: { $0.isNumber && $0 != "0" }) else { return text }
        return spread(h, unit)
    }

    /// A signed value: `+12.0`, `−1.5 pp`; no sign when it shows as zero.
    static func signed(_ v: Double, _ unit: Figure.Unit, in time: DurationUnit?) -> String {
        let text = spread(abs(v), unit, in: time)
        guard text.contains(where: { $0.isNumber && $0 != "0" }) else { return text }
        return (v > 0 ? "+" : "−") + text
    }

    /// A signed difference: `+12.0 ± 3.1`, `−1.5 pp ± 0.4 pp`.
    public static func difference(_ e: Estimate, _ unit: Figure.Unit) -> String {
        guard let mean = e.mean else { return "–" }
        let t = time([mean])
        return signed(mean, unit, in: t) + (e.halfWidth.map { " ± " + beside($0, unit, in: t) } ?? "")
    }

    /// The interval `low to high` in one unit, or `–` below two values.
    public static func interval(_ e: Estimate, _ unit: Figure.Unit, signed: Bool = false) -> String {
        guard let low = e.low, let high = e.high else { return "–" }
        let t = time([low, high])
        func show(_ v: Double) -> String { signed ? Self.signed(v, unit, in: t) : value(v, unit, in: t) }
        return show(low) + " to " + show(high)
    }
}
