import PlateRules

/// Instants as the trainee reads them: local date and time in the region's zone.
enum Clock {
    static func dateTime(_ instant: Instant, zone: UTCOffset) -> String {
        "\(instant.date(in: zone)) \(instant.timeOfDay(in: zone))"
    }

    static func time(_ instant: Instant, zone: UTCOffset) -> String { "\(instant.timeOfDay(in: zone))" }
}
