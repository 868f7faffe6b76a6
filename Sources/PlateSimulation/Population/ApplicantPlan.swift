import PlateEngine
import PlateRules
import PlateScenarios

/// What one simulated applicant will do, drawn at arrival from the cohort's plan stream in a fixed
/// order, so every applicant's intentions are the same whatever the rules.
struct ApplicantPlan {
    /// Picks the office among those offering the vehicle (0 ..< 1).
    let officePick: Double
    let counterSigned: Bool
    let wrongVIN: Bool
    let wrongSMS: Bool
    let missesCountdown: Bool
    let letsBackupExpire: Bool
    /// How the applicant composes its numbers.
    let style: TypingStyle
    let registers: Bool
    /// Where in the allowed registration delay the applicant registers (0 ..< 1), and the hour fraction.
    let registerDelay: Double
    let registerHour: Double
    let returnsWhenBlacklisted: Bool
    /// Days after the lapse that a returning applicant tries again.
    let returnAfterDays: Int
    /// Seeds the applicant's own stream (think times, keys, candidates).
    let choices: UInt64

    /// The next applicant's plan from the cohort's plan stream.
    init(_ cohort: Cohort, _ generator: inout Xoshiro256) {
        officePick = generator.unit()
        counterSigned = generator.unit() < cohort.counterSigned
        wrongVIN = generator.chance(cohort.mistakes.wrongVIN)
        wrongSMS = generator.chance(cohort.mistakes.wrongSMS)
        missesCountdown = generator.chance(cohort.mistakes.missedCountdown)
        letsBackupExpire = generator.chance(cohort.mistakes.expiredBackup)
        let month = UInt8(generator.int(in: 1...12))
        let day = UInt8(generator.int(in: 1...28))
        registers = generator.unit() < cohort.registerShare
        registerDelay = generator.unit()
        registerHour = generator.unit()
        returnsWhenBlacklisted = generator.chance(cohort.returnsWhenBlacklisted)
        returnAfterDays = generator.int(in: 1...30)
        choices = generator.next()
        style = TypingStyle(cohort.wants, month: month, day: day, &generator)
    }
}
