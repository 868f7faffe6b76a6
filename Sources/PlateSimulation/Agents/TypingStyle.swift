import PlateEngine
import PlateRules
import PlateScenarios

/// How one applicant composes numbers on the keyboard: the wish it keys towards at each position, before
/// falling back on the digits its cohort likes.
enum TypingStyle: Hashable {
    /// Every key by the cohort's liking (lucky digits first, avoided ones last).
    case lucky
    /// A positional pattern of the cohort (its index): `?` any key, other characters wanted there.
    case pattern(UInt8)
    /// A birthday, MMDD, typed digit by digit where the keys allow.
    case birthday(month: UInt8, day: UInt8)
    /// The key before repeated (AABBB, 88, 666), or the key two before (ABABA).
    case repeats(alternating: Bool)
    /// Each digit one above (12345), or one below (54321), the one before.
    case run(descending: Bool)
    /// The cohort's initials, in order, where the keys allow letters.
    case initials

    /// One applicant's style, drawn from the cohort's shares in a fixed order (patterns, birthdays, repeats,
    /// runs, initials; lucky digits for the rest). Always three draws, so the plan stream stays aligned.
    init(_ wants: Cohort.Wants, month: UInt8, day: UInt8, _ generator: inout Xoshiro256) {
        let pick = generator.unit()
        let flavour = generator.unit()
        let index = generator.next()
        var bound = 0.0
        func within(_ share: Double) -> Bool {
            bound += share
            return pick < bound
        }
        if !wants.patterns.isEmpty, within(wants.patternShare) {
            self = .pattern(UInt8(index % UInt64(min(wants.patterns.count, 256))))
        } else if within(wants.birthdayShare) {
            self = .birthday(month: month, day: day)
        } else if within(wants.repeatShare) {
            self = .repeats(alternating: flavour < 0.3)
        } else if within(wants.runShare) {
            self = .run(descending: flavour < 0.3)
        } else if !wants.initials.isEmpty, within(wants.initialsShare) {
            self = .initials
        } else {
            self = .lucky
        }
    }
}
