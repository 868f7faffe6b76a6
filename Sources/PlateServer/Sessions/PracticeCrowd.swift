import Foundation
import PlateEngine
import PlateRules

/// The other applicants selecting in one trainee's world (the trainee's own engine): at the trainee's clock they
/// reserve numbers of every pool, popular numbers first, so a number the trainee types may be gone by the time
/// they confirm, and "all N numbers already pre-selected" happens as on the real platform. Nothing reaches any
/// other trainee's world.
struct PracticeCrowd {
    /// Numbers the others take per trainee-minute, in each pool.
    let perMinute: Double
    /// Candidates an applicant looks at before taking the one it likes best: 1 takes any number alike; more
    /// means popular numbers go first.
    let choosiness: Int
    private var generator: Xoshiro256
    private var clock: Instant

    init(perMinute: Double, choosiness: Int, seed: UInt64, start: Instant) {
        self.perMinute = perMinute
        self.choosiness = choosiness
        generator = Xoshiro256(seed: seed, stream: "practice-crowd")
        clock = start
    }

    /// The others' selections from the last time seen up to `now`, in time order across the pools (at most
    /// `mostPerAdvance` applicants per pool, so a trainee back from a long pause does not wait for hours of others).
    mutating func advance(to now: Instant, engine: PlateEngine) {
        let keys = engine.poolKeys
        guard now > clock, perMinute > 0, !keys.isEmpty else { return }
        var t = clock
        clock = now
        // One Poisson stream for all pools, each applicant at a pool drawn alike: the engine's time only moves on.
        let rate = perMinute * Double(keys.count)
        for _ in 0..<(Self.mostPerAdvance * keys.count) {
            let gap = -60 / rate * log(1 - generator.unitInterval)
            t = t.adding(seconds: Int64(gap.rounded(.up)))
            guard t <= now else { break }
            let key = keys[Int(generator.next() % UInt64(keys.count))]
            guard let pool = engine.pool(key) else { continue }
            // Half compose their own number (only segments open to self-compose), half take a random draw's.
            var candidates = pool.draw(count: choosiness, withoutFour: false, generator: &generator)
            if generator.next() % 2 == 0 { candidates = candidates.filter { Self.openToSelfCompose($0, in: pool) } }
            guard let choice = candidates.max(by: { (Self.appeal($0), $0) < (Self.appeal($1), $1) }) else { continue }
            engine.setUpTaken(key, serials: [choice], at: t)
        }
    }

    static let mostPerAdvance = 200

    /// Whether `serial` is free and open to self-compose (a segment past its random-only period).
    static func openToSelfCompose(_ serial: String, in pool: NumberPool) -> Bool {
        if case .available(selfCompose: true, _) = pool.availability(of: serial) { return true }
        return false
    }

    /// How much applicants like a serial: lucky digits (6, 8, 9) and repeats up, the digit 4 down (吉利号).
    static func appeal(_ serial: String) -> Int {
        var score = 0
        var run = 1
        var longest = 1
        var previous: Character?
        for character in serial {
            if "689".contains(character) { score += 2 }
            if character == "4" { score -= 3 }
            if character == previous {
                run += 1
                longest = max(longest, run)
            } else {
                run = 1
            }
            previous = character
        }
        return score + 3 * (longest - 1) + (5 - Set(serial).count)
    }
}

extension Xoshiro256 {
    /// A uniform value in [0, 1). PlateSimulation has its own `unit()`; sharing one made the 1M run slower
    /// (docs/performance-log.md), so the site keeps this small copy.
    fileprivate var unitInterval: Double {
        mutating get { Double(next() >> 11) / Double(1 << 53) }
    }
}
