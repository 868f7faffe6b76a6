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
    let changes = ChangesLoader.load(text: text, file: "fuzz.yaml")
    if let overlay = changes.overlay {
        _ = RuleSetLoader.load(text: FuzzSeed.minimalRules, file: "base.yaml", overlays: [overlay])
    }
}

#if FUZZING
/// libFuzzer's entry point; build instructions are in Fuzz/README.md.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    exercise(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
#else
import Foundation

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
