import Foundation
import PlateEngine
import PlateRules
import PlateScenarios

/// How a cohort's applicants pick numbers: key by key on the virtual keyboard, or among drawn candidates, by their
/// wants.
///
/// Every applicant of a cohort ranks the keys the same way (lucky digits in the order given, the other digits,
/// initials, the other letters, avoided digits last) and picks an enabled key with weight 1 / (rank + 1)^popularity,
/// so demand concentrates on a few numbers as real demand does. An applicant whose numbers were all taken may lower
/// its standard (see `SimulatedApplicant.lowersStandard`): at standard level ℓ > 0 it drops its style and the ranks
/// shift by ℓ, so the weights flatten towards less popular numbers.
///
/// Keys are handled as ASCII codes: comparing `Character`s cost more than the keyboard queries themselves.
final class Typist {
    let wants: Cohort.Wants
    private let patterns: [[UInt8]]
    private let initials: [UInt8]
    /// Rank of each key by ASCII code (0 is liked best).
    private let rank: [UInt8]
    private let avoided: [Bool]
    private let lucky: [Bool]
    /// `weights[level][rank]`: 1 / (rank + 1 + level)^popularity, for standard levels up to `maxLevel`.
    private let weights: [[Double]]
    private static let maxLevel = 63
    /// Fresh tries at a number the applicant has not entered yet, each less choosy, before it gives up.
    private static let tries = 8

    init(wants: Cohort.Wants) {
        self.wants = wants
        patterns = wants.patterns.map { Array($0.utf8) }
        initials = wants.initials.compactMap(\.asciiValue)
        func table(_ keys: [Character]) -> [Bool] {
            var table = Array(repeating: false, count: 256)
            for key in keys { if let code = key.asciiValue { table[Int(code)] = true } }
            return table
        }
        lucky = table(wants.luckyDigits)
        avoided = table(wants.avoidDigits)
        var order = wants.luckyDigits.compactMap(\.asciiValue)
        for digit in UInt8(ascii: "0")...UInt8(ascii: "9") where !order.contains(digit) && !avoided[Int(digit)] {
            order.append(digit)
        }
        for letter in initials where !order.contains(letter) { order.append(letter) }
        for letter in UInt8(ascii: "A")...UInt8(ascii: "Z") where !order.contains(letter) { order.append(letter) }
        for digit in UInt8(ascii: "0")...UInt8(ascii: "9") where !order.contains(digit) { order.append(digit) }
        var rank = Array(repeating: UInt8(order.count), count: 256)
        for (position, key) in order.enumerated() { rank[Int(key)] = UInt8(position) }
        self.rank = rank
        let exponent = wants.popularity
        weights = (0...Self.maxLevel).map { level in
            (0...order.count).map { rank in 1 / pow(Double(rank + 1 + level), exponent) }
        }
    }

    /// Types a number the applicant has not entered yet (neither in `tried` nor in `entered`); nil when it finds none.
    ///
    /// `level` is the applicant's standard level: 0 keeps to its style and liking; each level above drops the style and
    /// flattens the liking. A number it already entered sends it one level lower for the next try.
    func type(
        on cursor: inout KeyboardCursor, style: TypingStyle, level: Int, tried: [String], entered: [String],
        generator: inout Xoshiro256
    ) -> String? {
        for attempt in 0..<Self.tries {
            let lowered = min(level + attempt, Self.maxLevel)
            guard
                let number = typeOnce(
                    on: &cursor, style: lowered == 0 ? style : .lucky, level: lowered, generator: &generator)
            else { return nil }
            if !tried.contains(number), !entered.contains(number) { return number }
        }
        return nil
    }

    /// Types an exact serial key by key; nil when the keyboard does not let it be typed in full.
    func typeExactly(_ serial: String, on cursor: inout KeyboardCursor) -> String? {
        let keys = Array(serial.utf8)
        let labels = cursor.keyLabels
        var blocked = false
        cursor.typeNumber { enabled, _, typed in
            let position = typed.count
            guard position < keys.count else { return nil }
            guard Self.allows(keys[position], enabled: enabled, labels: labels) else {
                blocked = true
                return nil
            }
            return keys[position]
        }
        return !blocked && cursor.typed.count == keys.count && cursor.isComplete ? serial : nil
    }

    /// One number key by key: at each position the style's wish when its key is enabled, else a key by liking.
    private func typeOnce(on cursor: inout KeyboardCursor, style: TypingStyle, level: Int, generator: inout Xoshiro256)
        -> String?
    {
        let labels = cursor.keyLabels
        let liking = liking(of: labels, level: level)
        var wished = 0  // wish characters typed so far (birthday digits, initials)
        cursor.typeNumber { enabled, isComplete, typed in
            let position = typed.count
            guard !isComplete, enabled != 0, position < 16 else { return nil }
            if let wish = wish(style, at: position, wished: wished, typed: typed),
                Self.allows(wish, enabled: enabled, labels: labels)
            {
                if case .birthday = style { wished += 1 } else if case .initials = style { wished += 1 }
                return wish
            }
            return pick(enabled, labels: labels, liking: liking, &generator)
        }
        return cursor.isComplete ? cursor.text : nil
    }

    /// Whether `key` is enabled in `enabled`, a mask over the codes whose keys `labels` lists (at most 64).
    private static func allows(_ key: UInt8, enabled: UInt64, labels: [UInt8]) -> Bool {
        guard let code = labels.firstIndex(of: key) else { return false }
        return enabled & (UInt64(1) << UInt64(code)) != 0
    }

    /// The key a style wants at `position`, given what was typed; nil when it wants nothing in particular.
    private func wish(_ style: TypingStyle, at position: Int, wished: Int, typed: [UInt8]) -> UInt8? {
        switch style {
        case .lucky:
            return nil
        case .pattern(let index):
            let pattern = patterns[Int(index)]
            guard position < pattern.count, pattern[position] != UInt8(ascii: "?") else { return nil }
            return pattern[position]
        case .birthday(let month, let day):
            guard wished < 4 else { return nil }
            let value = wished < 2 ? month : day
            return UInt8(ascii: "0") + (wished % 2 == 0 ? value / 10 : value % 10)
        case .initials:
            return wished < initials.count ? initials[wished] : nil
        case .repeats(let alternating):
            let back = alternating ? 2 : 1
            return typed.count >= back ? typed[typed.count - back] : nil
        case .run(let descending):
            guard let last = typed.last, last >= UInt8(ascii: "0"), last <= UInt8(ascii: "9") else { return nil }
            if descending { return last > UInt8(ascii: "0") ? last - 1 : nil }
            return last < UInt8(ascii: "9") ? last + 1 : nil
        }
    }

    /// How much the applicant likes each key of a keyboard at one standard level, by alphabet code: picking a key
    /// then reads one weight per enabled key, where looking each key's rank and weight up at every press cost
    /// several percent of a large run.
    struct Liking {
        /// `weight[code]`: 1 / (rank + 1 + level)^popularity of the key with that code.
        let weight: [Double]
        /// The codes of avoided keys.
        let avoided: UInt64
    }

    /// The keyboard whose liking is cached, and its liking per standard level (built when the keyboard changes: a
    /// cohort mostly types on one pool's keys). A typist belongs to one run, so the cache is never shared.
    private var likedLabels: [UInt8]?
    private var likingByLevel: [Liking] = []

    /// The applicant's liking of the keys `labels` lists (by code, at most 64) at standard `level`.
    func liking(of labels: [UInt8], level: Int) -> Liking {
        if likedLabels != labels {
            precondition(labels.count <= 64, "a keyboard mask holds at most 64 keys")
            var avoidedCodes: UInt64 = 0
            for code in labels.indices where avoided[Int(labels[code])] { avoidedCodes |= UInt64(1) << UInt64(code) }
            likingByLevel = weights.map { weights in
                Liking(weight: labels.map { weights[Int(rank[Int($0)])] }, avoided: avoidedCodes)
            }
            likedLabels = labels
        }
        return likingByLevel[min(level, Self.maxLevel)]
    }

    /// An enabled key by liking: weight 1 / (rank + 1 + level)^popularity, avoided keys only when every enabled key is
    /// avoided. `enabled` is a mask over alphabet codes, `labels` the key of each code, `liking` their weights. Sums,
    /// then picks, over the mask's bits in code order, so the hot path builds no arrays and counts no references.
    func pick(_ enabled: UInt64, labels: [UInt8], liking: Liking, _ generator: inout Xoshiro256) -> UInt8 {
        var eligible = enabled & ~liking.avoided
        if eligible == 0 { eligible = enabled }
        var total = 0.0
        var bits = eligible
        while bits != 0 {
            total += liking.weight[bits.trailingZeroBitCount]
            bits &= bits - 1
        }
        var target = generator.unit() * total
        var last: UInt8 = 0
        bits = eligible
        while bits != 0 {
            let code = bits.trailingZeroBitCount
            bits &= bits - 1
            target -= liking.weight[code]
            last = labels[code]
            if target < 0 { return last }
        }
        return last  // rounding left a sliver of the total: the last eligible key
    }

    /// How much an applicant likes a serial: lucky digits count for, avoided digits against.
    func score(_ serial: String) -> Int {
        serial.utf8.reduce(0) { total, c in total + (lucky[Int(c)] ? 1 : 0) - (avoided[Int(c)] ? 2 : 0) }
    }

    /// The candidate liked best; ties go to the earliest.
    func favourite(_ candidates: [String]) -> String? {
        var best: String?
        var bestScore = Int.min
        for candidate in candidates {
            let score = score(candidate)
            if score > bestScore { (best, bestScore) = (candidate, score) }
        }
        return best
    }
}
