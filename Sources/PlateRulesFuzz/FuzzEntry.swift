import Foundation
import PlateReports
import PlateRules
import PlateScenarios
import PlateSimulation
import PlateStudies

/// Feeds one input to every loader entry point, runs a scenario that loads (when its work is small) and merges a
/// sweep part that decodes, rendering their reports; none may crash or hang, whatever the bytes.
/// Returns what the input reached beyond the loaders: a scenario run, a part merged.
@discardableResult
func exercise(_ bytes: UnsafeRawBufferPointer) -> (ran: Bool, merged: Bool) {
    let text = String(decoding: bytes, as: UTF8.self)
    let reached = (ran: runScenario(text), merged: mergePart(Data(bytes)))
    let rules = RuleSetLoader.load(text: text, file: "fuzz.yaml")
    if let book = rules.book {
        for pool in book.base.pools {
            _ = pool.format.totalCount
            _ = pool.format.serial(at: 0, shapeIndex: 0)
        }
    }
    _ = ScenarioLoader.load(text: text, file: "fuzz.yaml")
    let changes = ChangesLoader.load(text: text, file: "fuzz.yaml")
    if let overlay = changes.overlay {
        _ = RuleSetLoader.load(text: FuzzSeed.minimalRules, file: "base.yaml", overlays: [overlay])
    }
    return reached
}

/// A scenario that passed `check` runs through the engine and its reports render, as `platelab run` would: the
/// promise that nothing which passed `check` crashes later. Its file sits in `Fuzz/`, so corpus scenarios name
/// the bundled rules as `../Scenarios/regions/...`; runs beyond a small budget are only loaded, to keep each input
/// fast.
func runScenario(_ text: String) -> Bool {
    let loaded = ScenarioLoader.load(text: text, file: FuzzSeed.scenarioFile)
    guard let scenario = loaded.scenario, let book = loaded.book, !loaded.diagnostics.hasErrors,
        FuzzSeed.isSmall(scenario)
    else { return false }
    let result = ScenarioRunner.run(scenario, book: book)
    let provenance = RunProvenance(
        scenarioFile: FuzzSeed.scenarioFile, book: book, scenarioChangeFiles: [], inlineChanges: false,
        extraChangeFiles: [], seed: result.seed, command: "platelab run fuzz.yaml")
    let zone = book.base.region.utcOffset
    _ = MarkdownReport.render(result, provenance, zone: zone)
    _ = SummaryJSON.render(result, provenance, zone: zone)
    _ = HTMLReport.render(result, provenance, zone: zone)
    return true
}

/// A sweep part that decodes is merged alone and its pages render, as `platelab merge` would.
func mergePart(_ data: Data) -> Bool {
    guard case .success(let part) = SweepPart.decode(data, file: "fuzz.json"),
        case .success(let sweep) = SweepPart.merge([part])
    else {
        return false
    }
    _ = SweepReport.csv(sweep)
    _ = SweepReport.markdown(sweep)
    _ = SweepHTML.render(sweep)
    return true
}

#if FUZZING
    /// libFuzzer's entry point for one input.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        exercise(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    }

    /// libFuzzer's driver; SwiftPM renames an executable's `main`, so we call the driver from ours.
    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    @main
    struct FuzzMain {
        static func main() {
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
        }
    }
#else
    /// Without libFuzzer: replays corpus files (arguments) through the same entry, for CI and crash reproduction.
    @main
    struct FuzzReplay {
        static func main() {
            var count = 0
            var runs = 0
            var merges = 0
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    print("cannot read \(path)")
                    exit(2)
                }
                let reached = data.withUnsafeBytes(exercise)
                count += 1
                if reached.ran { runs += 1 }
                if reached.merged { merges += 1 }
            }
            print(
                "replayed \(count) input\(count == 1 ? "" : "s") without a crash (\(runs) scenario runs, \(merges) parts merged)"
            )
        }
    }
#endif
