import Testing

@testable import PlateEngine

@Suite("Pool segment index")
struct SegmentIndexTests {
    @Test("segments published in any order are found at their slot through growth, and nothing else is found")
    func agreesWithADictionary() {
        var index = SegmentIndex()
        var model: [Int: Int] = [:]
        var state: UInt64 = 2026
        // Runs of consecutive segments (publication in shape order) mixed with scattered ones (random order).
        while model.count < 5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let sequential = model.count % 4 == 0 && model[model.count] == nil
            let segment = sequential ? model.count : Int(state >> 33) % 2_000_000
            guard model[segment] == nil else { continue }
            model[segment] = index.append(segment)
        }
        #expect(model.values.sorted() == Array(0..<5_000))
        for (segment, slot) in model {
            #expect(index.slot(of: segment) == slot)
            #expect(index.segments[slot] == segment)
        }
        for probe in [-1, 2_000_001, Int.max, Int.min] { #expect(index.slot(of: probe) == nil) }
        let absent = (0..<10_000).filter { model[$0] == nil }
        #expect(!absent.isEmpty)
        #expect(absent.allSatisfy { index.slot(of: $0) == nil })
    }
}
