import ArgumentParser
import PlateRules

/// `platelab check FILE...`: validate rule sets and change overlays.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Validate rule sets, rule-change overlays and scenarios, reporting every problem as file:line:column.",
        discussion: "Exit status: 0 clean (warnings allowed), 1 errors (or warnings with --strict), 2 unreadable input."
    )

    @Argument(
        help: "Rule-set (platelab/rules/v1), overlay (platelab/changes/v1) or scenario (platelab/scenario/v1) files.")
    var files: [String]

    /// Merged over every rule set checked; their paths are checked too.
    @OptionGroup var changes: ChangeOptions

    @Flag(help: "Treat warnings as findings (exit 1).")
    var strict = false

    func run() throws {
        var findings: [Diagnostic] = []
        var unreadable = false
        let overlays = loadOverlays(changes.files, findings: &findings, unreadable: &unreadable)
        var unread = 0
        for file in files {
            do {
                findings += try InputKind.check(file: file, overlays: overlays)
            } catch {
                print(error.description)
                unreadable = true
                unread += 1
            }
        }
        let all = findings.normalized()
        for item in all { print(item) }
        let errors = all.filter { $0.severity == .error }.count
        let warnings = all.count - errors
        // An unreadable file is not a clean one: the closing line says so rather than "0 errors".
        let checked = files.count - unread
        print(
            "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") in \(checked) file\(checked == 1 ? "" : "s")"
                + (unread > 0
                    ? "; \(unread) file\(unread == 1 ? "" : "s") could not be read (above) and \(unread == 1 ? "was" : "were") not checked"
                    : ""))
        if unreadable { throw ExitCode(2) }
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }
}

/// Reads overlay files, adding their findings; unreadable ones set `unreadable`.
func loadOverlays(_ files: [String], findings: inout [Diagnostic], unreadable: inout Bool) -> [RuleOverlay] {
    files.compactMap { file -> RuleOverlay? in
        do {
            let result = try ChangesLoader.load(file: file)
            findings += result.diagnostics
            return result.overlay
        } catch {
            print("\(error)")
            unreadable = true
            return nil
        }
    }
}
