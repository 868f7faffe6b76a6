import Testing

@testable import PlateEngine

@Suite("Binary heap")
struct BinaryHeapTests {
    @Test("the binary heap gives back every element, duplicates included, smallest first")
    func binaryHeapSorts() {
        var generator = Xoshiro256(seed: 3)
        var heap = BinaryHeap<Int>()
        var inserted: [Int] = []
        var removed: [Int] = []
        for _ in 0..<2000 {
            if heap.isEmpty || generator.next() % 100 < 55 {
                let value = Int(generator.next() % 51)
                heap.insert(value)
                inserted.append(value)
            } else {
                let smallest = heap.min
                let value = heap.removeMin()
                #expect(value == smallest && value == inserted.min())
                inserted.remove(at: inserted.firstIndex(of: value)!)
                removed.append(value)
            }
        }
        while !heap.isEmpty { removed.append(heap.removeMin()) }
        #expect(removed.count > 1000 && heap.count == 0 && heap.min == nil)
    }
}
