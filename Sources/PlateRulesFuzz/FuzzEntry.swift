import Foundation
import PlateRules

/// Feeds one input to every loader entry point; none may crash, whatever the bytes.
func exercise(_ bytes: UnsafeRawBufferPointer) {
    let text = String(decoding: bytes, as: UTF8.self)
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
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

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
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("cannot read \(path)")
                exit(2)
            }
            data.withUnsafeBytes(exercise)
            count += 1
        }
        print("replayed \(count) input\(count == 1 ? "" : "s") without a crash")
    }
}
#endif
