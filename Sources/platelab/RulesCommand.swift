import ArgumentParser
import PlateRules

/// `platelab rules show`: the rules in force, readable.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Inspect rule sets.",
        subcommands: [Show.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the rules in force at a date, with pool sizes per shape.",
            discussion: "Exit status: 0 shown, 1 the rules have errors, 2 unreadable input."
        )

        @Argument(help: "A rule-set file.")
        var file: String

        @Option(
            help:
                "Date (YYYY-MM-DD, local midnight) or instant (YYYY-MM-DDTHH:MM+08:00) at which to show the rules; default: the base rules."
        )
        var at: String?

        @OptionGroup var changes: ChangeOptions

        func validate() throws {
            if let at, CivilDate(at) == nil, Instant(iso8601: at) == nil {
                throw ValidationError("--at expects YYYY-MM-DD or YYYY-MM-DDTHH:MM+08:00, found '\(at)'")
            }
        }

        func run() throws {
            var findings: [Diagnostic] = []
            var unreadable = false
            let overlays = loadOverlays(changes.files, findings: &findings, unreadable: &unreadable)
            if unreadable { throw ExitCode(2) }
            let result: RuleSetLoader.Result
            do {
                result = try RuleSetLoader.load(file: file, overlays: overlays)
            } catch {
                print(error.description)
                throw ExitCode(2)
            }
            findings += result.diagnostics
            for item in findings.normalized() { print(item) }
            guard let book = result.book, !findings.hasErrors else { throw ExitCode(1) }
            let offset = book.base.region.utcOffset
            let instant = at.map { Instant(iso8601: $0) ?? Instant(date: CivilDate($0)!, offset: offset) }
            let epoch = instant.map(book.epoch(at:)) ?? book.epochs[0]
            print(RulesText.render(epoch.rules, book: book, epoch: epoch, changes: changes.files), terminator: "")
        }
    }
}
