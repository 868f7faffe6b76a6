import ArgumentParser
import PlateEngine
import PlateReports
import PlateRules
import PlateScenarios
import PlateSimulation
import PlateStudies

/// `platelab explain SCENARIO --user NAME | --applicant N`: one applicant's way through the engine, step by step.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract:
            "Trace one applicant of a scenario run: every engine decision with its instant and the rule values it read.",
        discussion: """
            Simulated applicants are numbered from 0, cohort after cohort in the order written (a cohort of 300 then \
            one of 100: 0-299, then 300-399). Exit status: 0 traced, 2 invalid input or no such applicant.
            """
    )

    @OptionGroup var options: ScenarioOptions

    @Option(help: "A scripted user's name.")
    var user: String?

    @Option(parsing: .unconditional, help: "A simulated applicant's number (from 0).")
    var applicant: Int?

    @Option(name: .customLong("case"), help: "In a case file: the case to run.")
    var caseName: String?

    @OptionGroup var changes: ChangeOptions

    func validate() throws {
        guard (user == nil) != (applicant == nil) else {
            throw ValidationError("Name one applicant: --user NAME or --applicant N.")
        }
    }

    func run() throws {
        let (scenario, seed) = (options.scenario, options.seed)
        let input = try Self.load(scenario, case: caseName, changes: changes, seed: seed)
        let account: String
        let subject: Subject
        var heading: String
        if let user {
            guard input.scenario.users.contains(where: { $0.name == user }) else {
                printError(
                    "\(scenario): no scripted user '\(user)'\(Suggestion.phrase(for: user, among: input.scenario.users.map(\.name)))"
                )
                throw ExitCode(2)
            }
            account = ScenarioRunner.accountID(ofScriptedUser: user)
            subject = ScenarioRunner.numbering(of: input.scenario, book: input.book, seed: seed).subject(
                ofScriptedUser: user)!
            heading = "scripted user \(user)"
        } else {
            let number = applicant!
            let numbering = ScenarioRunner.numbering(of: input.scenario, book: input.book, seed: seed)
            guard let cohort = numbering.cohort(ofApplicant: number) else {
                let total = numbering.simulated
                printError(
                    "\(scenario): no applicant \(number); \(total) applicants arrive in this run"
                        + (total == 0 ? "" : " (0-\(total - 1))"))
                throw ExitCode(2)
            }
            account = ScenarioRunner.accountID(ofApplicant: number)
            subject = ScenarioRunner.subject(ofApplicant: number)
            heading = "applicant \(number) of cohort '\(input.scenario.population[cohort].name)'"
        }
        let trace = ApplicantTrace(subject: subject)
        _ = ScenarioRunner.run(input.scenario, book: input.book, seed: seed, onEvent: trace.observe)
        heading += " (account \(account)) in \(input.scenario.name), seed \(seed ?? input.scenario.seed)"
        print(heading)
        print(String(repeating: "=", count: heading.count))
        print(trace.render(book: input.book, zone: input.book.base.region.utcOffset), terminator: "")
    }

    /// The scenario to trace: a scenario file, or one case of a case file (`--case`).
    static func load(_ file: String, case name: String?, changes: ChangeOptions, seed: UInt64?) throws -> (
        scenario: Scenario, book: RuleBook
    ) {
        guard TestFiles.schema(of: file) == CaseFileLoader.version else {
            let input = try ScenarioInput.load(
                file, changes: changes.files, seed: seed, command: ["run", file] + changes.arguments)
            return (input.scenario, input.book)
        }
        let loaded: CaseFileLoader.Result
        do { loaded = try CaseFileLoader.load(file: file) } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        for item in loaded.diagnostics { printError(item.description) }
        let names = loaded.cases.map(\.name)
        guard !loaded.diagnostics.hasErrors else { throw ExitCode(2) }
        guard let name, let found = loaded.cases.first(where: { $0.name == name }),
            let scenario = found.result.scenario,
            let book = found.result.book, changes.files.isEmpty
        else {
            printError(
                "\(file) is a case file: name one of its cases with --case"
                    + (name.map { " ('\($0)' is none of them" + Suggestion.phrase(for: $0, among: names) + ")" } ?? "")
                    + (changes.files.isEmpty ? "" : "; --changes does not apply to case files") + ". Cases: "
                    + names.joined(separator: ", "))
            throw ExitCode(2)
        }
        return (scenario, book)
    }
}
