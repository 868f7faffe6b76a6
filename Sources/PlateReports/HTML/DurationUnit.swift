/// The unit a chart axis shows durations in: the largest that still gives the longest duration two or more units,
/// so an axis of waits reads `0 10 20 min` rather than `0 600 1200 s`.
struct DurationUnit: Equatable {
    /// Plural, for axis labels: `minutes`.
    let name: String
    let seconds: Double

    static let seconds = DurationUnit(name: "seconds", seconds: 1)
    static let minutes = DurationUnit(name: "minutes", seconds: 60)
    static let hours = DurationUnit(name: "hours", seconds: 3600)
    static let days = DurationUnit(name: "days", seconds: 86_400)

    /// The unit for durations up to `longest` seconds.
    static func fitting(_ longest: Int64) -> DurationUnit {
        if longest < 120 { return .seconds }
        if longest < 2 * 3600 { return .minutes }
        if longest < 2 * 86_400 { return .hours }
        return .days
    }

    func value(_ seconds: Int64) -> Double { Double(seconds) / self.seconds }
}
