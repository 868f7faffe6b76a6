import ArgumentParser
import PlateBenchmarks
import PlateEngine
import PlateRules

/// `platelab bench`: engine figures with a fixed seed, for the performance figures in docs/ and closing notes.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the engine: pool operations and full applicant flows on a large pool (use a release build).",
        discussion: "Example: swift run -c release platelab bench --numbers 1000000 --applicants 100000"
    )

    @Option(help: "Rule set whose first office and pool are measured.")
    var rules = "Scenarios/regions/hebei-chengde.yaml"

    @Option(parsing: .unconditional, help: "Published numbers in the measured pool (1 to 10,000,000).")
    var numbers = 1_000_000

    @Option(parsing: .unconditional, help: "Applicants driven through the whole flow (1 to 10,000,000).")
    var applicants = 100_000

    @Option(help: "Seed for every random choice.")
    var seed: UInt64 = 20_261_124

    enum Part: String, ExpressibleByArgument, CaseIterable {
        case all, pool, flows
    }

    @Option(help: "Which measurements: all, pool (pool operations) or flows (whole applicant flows).")
    var only: Part = .all

    /// Sizes a benchmark can represent and finish: a pool of up to 10 million numbers, up to 10 million applicants.
    func validate() throws {
        guard (1...10_000_000).contains(numbers) else {
            throw ValidationError("--numbers must be from 1 to 10000000, found \(numbers)")
        }
        guard (1...10_000_000).contains(applicants) else {
            throw ValidationError("--applicants must be from 1 to 10000000, found \(applicants)")
        }
    }

    func run() throws {
        let result: RuleSetLoader.Result
        do { result = try RuleSetLoader.load(file: rules, overlays: [EngineBenchmark.alwaysOpen]) } catch {
            print(error.description)
            throw ExitCode(2)
        }
        guard let book = result.book else {
            for item in result.diagnostics { print(item) }
            throw ExitCode(1)
        }
        let pool = book.base.pool(book.base.offices[0].pools[0])!
        var figures: [(String, Int, Double)] = []
        if only != .flows {
            figures += PoolBenchmark.run(rules: pool, numbers: numbers, seed: seed).map {
                ($0.name, 1, $0.nanosecondsPerOperation)
            }
        }
        if only != .pool {
            figures += EngineBenchmark.run(book: book, numbers: numbers, applicants: applicants, seed: seed)
                .map { ($0.name, $0.operations, $0.nanosecondsPerOperation) }
        }
        print("| measure | time per operation |")
        print("|---|---|")
        for (name, _, ns) in figures {
            print("| \(name) | \(format(ns)) |")
        }
    }

    func format(_ ns: Double) -> String {
        if ns >= 1e9 { return String(Double(Int(ns / 1e7)) / 100) + " s" }
        if ns >= 1e6 { return String(Double(Int(ns / 1e4)) / 100) + " ms" }
        if ns >= 1e3 { return String(Double(Int(ns / 10)) / 100) + " µs" }
        return String(Int(ns)) + " ns"
    }
}
