import PlateEngine
import PlateRules

/// How an applicant picks numbers: on the pool-aware keyboard, or among drawn candidates, by their wants.
struct Typist {
    let wants: Cohort.Wants

    /// Types one number key by key on the virtual keyboard; nil when no key leads anywhere.
    ///
    /// At each position: the next digit of a birthday when its key is enabled, else a lucky digit
    /// (most of the time) when one is enabled, else any enabled key that is not avoided.
    func type(on engine: PlateEngine, _ id: ApplicationID, birthday: String?, excluding typed: [String],
              generator: inout Xoshiro256) -> String? {
        var prefix = ""
        var wish = birthday.map(Array.init) ?? []
        for _ in 0..<16 {
            guard case .success(let keys) = engine.keyboard(id, prefix: prefix) else { return nil }
            if keys.isComplete, !typed.contains(prefix) { return prefix }
            let enabled = keys.enabled
            if enabled.isEmpty { return nil }
            if let next = wish.first, keys.allows(next) {
                wish.removeFirst()
                prefix.append(next)
                continue
            }
            let lucky = enabled.filter(wants.luckyDigits.contains)
            let allowed = enabled.filter { !wants.avoidDigits.contains($0) }
            let choices = !lucky.isEmpty && generator.chance(0.6) ? lucky : (allowed.isEmpty ? enabled : allowed)
            prefix.append(choices[Int(generator.next() % UInt64(choices.count))])
        }
        return nil
    }

    /// How much an applicant likes a serial: lucky digits count for, avoided digits against.
    func score(_ serial: String) -> Int {
        serial.reduce(0) { total, c in total + (wants.luckyDigits.contains(c) ? 1 : 0) - (wants.avoidDigits.contains(c) ? 2 : 0) }
    }

    /// The candidate liked best; ties go to the earliest.
    func favourite(_ candidates: [String]) -> String? {
        candidates.enumerated().max { a, b in (score(a.element), -a.offset) < (score(b.element), -b.offset) }?.element
    }
}
