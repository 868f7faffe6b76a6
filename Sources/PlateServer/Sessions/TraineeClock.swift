import PlateRules

/// The wall clock, in milliseconds since 1970, read only at the edge (each request).
public typealias WallClock = @Sendable () -> Int64

/// A trainee's time: starts at `origin` when the session starts and runs `speed` times as fast as the wall clock.
struct TraineeClock {
    let origin: Instant
    let wallStart: Int64
    let speed: Int

    func now(wall: Int64) -> Instant {
        origin.adding(seconds: max(0, wall - wallStart) * Int64(speed) / 1000)
    }

    /// Wall milliseconds until `instant` of trainee time, for countdowns shown in the browser.
    func wallMilliseconds(until instant: Instant, wall: Int64) -> Int64 {
        let traineeSeconds = instant.secondsSinceEpoch - now(wall: wall).secondsSinceEpoch
        return max(0, traineeSeconds * 1000 / Int64(speed))
    }
}

extension Instant {
    /// The wall-clock instant of `milliseconds` since 1970.
    init(wallMilliseconds milliseconds: Int64) {
        self.init(secondsSinceEpoch: milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000)
    }
}
