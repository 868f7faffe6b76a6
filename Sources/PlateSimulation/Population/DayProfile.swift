import PlateEngine

/// A time-of-day profile: how a cohort's arrivals spread over the 24 local hours.
///
/// Profiles describe people, not rules, so they live with the population model.
struct DayProfile {
    /// Cumulative weights of the hours 0 ... 23, ending at 1.
    private let cumulative: [Double]

    /// The profile for a name of the scenario schema (`office_hours`, `evening`, `uniform`).
    init(_ name: String) {
        let weights: [Double] =
            switch name {
            // Most people apply in office hours, with a lunch dip.
            case "office_hours": [0, 0, 0, 0, 0, 0, 0, 1, 6, 10, 10, 8, 4, 5, 8, 9, 8, 5, 2, 1, 1, 0, 0, 0]
            // After work: most arrive between 19:00 and 22:00.
            case "evening": [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2, 5, 9, 10, 8, 4, 1]
            default: Array(repeating: 1, count: 24)
            }
        let total = weights.reduce(0, +)
        var running = 0.0
        cumulative = weights.map {
            running += $0
            return running / total
        }
    }

    /// A second of the local day: an hour drawn by weight, then a second uniformly within it.
    func second(_ generator: inout Xoshiro256) -> Int {
        let u = generator.unit()
        let hour = cumulative.firstIndex { u < $0 } ?? 23
        return hour * 3600 + Int(generator.next() % 3600)
    }
}
