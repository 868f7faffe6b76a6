import PlateEngine
import PlateRules

/// How an applicant picks numbers: on the pool-aware keyboard, or among drawn candidates, by their wants.
///
/// Keys are handled as ASCII codes: comparing `Character`s cost more than the keyboard queries themselves.
final class Typist {
    let wants: Cohort.Wants
    /// Lucky and avoided keys by ASCII code.
    private let lucky: [Bool]
    private let avoided: [Bool]

    init(wants: Cohort.Wants) {
        self.wants = wants
        func table(_ keys: [Character]) -> [Bool] {
            var table = Array(repeating: false, count: 256)
            for key in keys { if let code = key.asciiValue { table[Int(code)] = true } }
            return table
        }
        lucky = table(wants.luckyDigits)
        avoided = table(wants.avoidDigits)
    }

    /// Types one number key by key on the virtual keyboard; nil when no key leads anywhere.
    ///
    /// At each position: the pattern's character there when its key is enabled, else the next digit
    /// of a birthday when its key is enabled, else a lucky digit (most of the time) when one is
    /// enabled, else any enabled key that is not avoided.
    func type(on cursor: inout KeyboardCursor, pattern: String?, birthday: String?, excluding typed: [String],
              generator: inout Xoshiro256) -> String? {
        // A fresh cursor already shows the first keys; one that typed a number starts over.
        if !cursor.typed.isEmpty { cursor.clear() }
        var wish = birthday.map { Array($0.utf8) } ?? []
        let shape = pattern.map { Array($0.utf8) } ?? []
        for position in 0..<16 {
            let keys = cursor.keys
            if keys.isComplete {
                let number = cursor.text
                if !typed.contains(number) { return number }
            }
            let enabled = keys.enabledKeys
            if enabled.count == 0 { return nil }
            let key: UInt8
            if position < shape.count, shape[position] != UInt8(ascii: "?"), enabled.contains(shape[position]) {
                key = shape[position]
            } else if let next = wish.first, enabled.contains(next) {
                wish.removeFirst()
                key = next
            } else {
                key = pick(enabled, &generator)
            }
            cursor.press(key)
        }
        return nil
    }

    /// A lucky key most of the time when one is enabled, else any key that is not avoided (any key at all
    /// when every enabled one is avoided). Counts, then picks, so the hot path builds no arrays.
    func pick(_ enabled: EnabledKeys, _ generator: inout Xoshiro256) -> UInt8 {
        var luckyCount = 0, allowed = 0
        for key in enabled {
            if lucky[Int(key)] { luckyCount += 1 }
            if !avoided[Int(key)] { allowed += 1 }
        }
        let useLucky = luckyCount > 0 && generator.chance(0.6)
        let count = useLucky ? luckyCount : (allowed > 0 ? allowed : enabled.count)
        var chosen = Int(generator.next() % UInt64(count))
        for key in enabled {
            let eligible = useLucky ? lucky[Int(key)] : (allowed == 0 || !avoided[Int(key)])
            guard eligible else { continue }
            if chosen == 0 { return key }
            chosen -= 1
        }
        var first = enabled
        return first.next()!  // unreachable: `chosen` is below the count of eligible keys
    }

    /// How much an applicant likes a serial: lucky digits count for, avoided digits against.
    func score(_ serial: String) -> Int {
        serial.utf8.reduce(0) { total, c in total + (lucky[Int(c)] ? 1 : 0) - (avoided[Int(c)] ? 2 : 0) }
    }

    /// The candidate liked best; ties go to the earliest.
    func favourite(_ candidates: [String]) -> String? {
        var best: String?, bestScore = Int.min
        for candidate in candidates {
            let score = score(candidate)
            if score > bestScore { (best, bestScore) = (candidate, score) }
        }
        return best
    }
}
