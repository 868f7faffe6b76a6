import ArgumentParser
import PlateEngine
import PlateReports
import PlateRules
import PlateSimulation

/// `platelab explain SCENARIO --user NAME | --applicant N`: one applicant's way through the engine, step by step.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Trace one applicant of a scenario run: every engine decision with its instant and the rule values it read.",
        discussion: """
            Simulated applicants are numbered from 0, cohort after cohort in the order written (a cohort of 300 then \
            one of 100: 0-299, then 300-399). Exit status: 0 traced, 2 invalid input or no such applicant.
            """
    )

    @OptionGroup var options: ScenarioOptions

    @Option(help: "A scripted user's name.")
    var user: String?

    @Option(help: "A simulated applicant's number.")
    var applicant: Int?

    @OptionGroup var changes: ChangeOptions

    func validate() throws {
        guard (user == nil) != (applicant == nil) else { throw ValidationError("Name one applicant: --user NAME or --applicant N.") }
    }

    func run() throws {
        let (scenario, seed) = (options.scenario, options.seed)
        let input = try ScenarioInput.load(scenario, changes: changes.files, seed: seed, command: ["run", scenario] + changes.arguments)
        let account: String, subject: Subject
        var heading: String
        if let user {
            guard input.scenario.users.contains(where: { $0.name == user }) else {
                printError("\(scenario): no scripted user '\(user)'\(Suggestion.phrase(for: user, among: input.scenario.users.map(\.name)))")
                throw ExitCode(2)
            }
            account = ScenarioRunner.accountID(ofScriptedUser: user)
            subject = ScenarioRunner.subject(ofScriptedUser: user, in: input.scenario)!
            heading = "scripted user \(user)"
        } else {
            let number = applicant!
            var first = 0
            guard let cohort = input.scenario.population.first(where: { first += $0.count; return number < first }), number >= 0 else {
                let total = input.scenario.population.reduce(0) { $0 + $1.count }
                printError("\(scenario): no applicant \(number); the population has \(total) (0-\(max(0, total - 1)))")
                throw ExitCode(2)
            }
            account = ScenarioRunner.accountID(ofApplicant: number)
            subject = ScenarioRunner.subject(ofApplicant: number)
            heading = "applicant \(number) of cohort '\(cohort.name)'"
        }
        let trace = ApplicantTrace(subject: subject)
        _ = ScenarioRunner.run(input.scenario, book: input.book, seed: seed, onEvent: trace.observe)
        heading += " (account \(account)) in \(input.scenario.name), seed \(seed ?? input.scenario.seed)"
        print(heading)
        print(String(repeating: "=", count: heading.count))
        print(trace.render(book: input.book, zone: input.zone), terminator: "")
    }
}
