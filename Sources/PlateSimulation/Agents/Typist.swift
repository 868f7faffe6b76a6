import PlateEngine
import PlateRules

/// How an applicant picks numbers: on the pool-aware keyboard, or among drawn candidates, by their wants.
struct Typist {
    let wants: Cohort.Wants
    /// Lucky and avoided keys by ASCII code: comparing Characters is slow on this hot path.
    private let lucky: [Bool]
    private let avoided: [Bool]

    init(wants: Cohort.Wants) {
        self.wants = wants
        func table(_ keys: [Character]) -> [Bool] {
            var table = Array(repeating: false, count: 128)
            for key in keys { if let code = key.asciiValue { table[Int(code)] = true } }
            return table
        }
        lucky = table(wants.luckyDigits)
        avoided = table(wants.avoidDigits)
    }

    private func isLucky(_ key: Character) -> Bool { key.asciiValue.map { lucky[Int($0)] } ?? false }
    private func isAvoided(_ key: Character) -> Bool { key.asciiValue.map { avoided[Int($0)] } ?? false }

    /// Types one number key by key on the virtual keyboard; nil when no key leads anywhere.
    ///
    /// At each position: the pattern's character there when its key is enabled, else the next digit
    /// of a birthday when its key is enabled, else a lucky digit (most of the time) when one is
    /// enabled, else any enabled key that is not avoided.
    func type(on engine: PlateEngine, _ id: ApplicationID, pattern: String?, birthday: String?, excluding typed: [String],
              generator: inout Xoshiro256) -> String? {
        var prefix = ""
        var wish = birthday.map(Array.init) ?? []
        let shape = pattern.map(Array.init) ?? []
        for position in 0..<16 {
            guard case .success(let keys) = engine.keyboard(id, prefix: prefix) else { return nil }
            if keys.isComplete, !typed.contains(prefix) { return prefix }
            let enabled = keys.enabled
            if enabled.isEmpty { return nil }
            if position < shape.count, shape[position] != "?", keys.allows(shape[position]) {
                prefix.append(shape[position])
                continue
            }
            if let next = wish.first, keys.allows(next) {
                wish.removeFirst()
                prefix.append(next)
                continue
            }
            prefix.append(pick(enabled, &generator))
        }
        return nil
    }

    /// A lucky key most of the time when one is enabled, else any key that is not avoided (any key at all
    /// when every enabled one is avoided). Counts, then picks, so the hot path builds no arrays.
    func pick(_ enabled: [Character], _ generator: inout Xoshiro256) -> Character {
        var luckyCount = 0, allowed = 0
        for key in enabled {
            if isLucky(key) { luckyCount += 1 }
            if !isAvoided(key) { allowed += 1 }
        }
        let useLucky = luckyCount > 0 && generator.chance(0.6)
        let count = useLucky ? luckyCount : (allowed > 0 ? allowed : enabled.count)
        var chosen = Int(generator.next() % UInt64(count))
        for key in enabled {
            let eligible = useLucky ? isLucky(key) : (allowed == 0 || !isAvoided(key))
            guard eligible else { continue }
            if chosen == 0 { return key }
            chosen -= 1
        }
        return enabled[0]
    }

    /// How much an applicant likes a serial: lucky digits count for, avoided digits against.
    func score(_ serial: String) -> Int {
        serial.reduce(0) { total, c in total + (isLucky(c) ? 1 : 0) - (isAvoided(c) ? 2 : 0) }
    }

    /// The candidate liked best; ties go to the earliest.
    func favourite(_ candidates: [String]) -> String? {
        candidates.enumerated().max { a, b in (score(a.element), -a.offset) < (score(b.element), -b.offset) }?.element
    }
}
