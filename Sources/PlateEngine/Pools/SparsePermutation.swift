/// A permutation of `0..<size` whose prefix `0..<count` is a set with O(1) uniform pick and removal.
///
/// Only entries moved away from the identity are stored, so memory grows with removals rather than
/// with `size`: a format of a billion serials costs nothing until segments are handed out.
struct SparsePermutation {
    /// How many values are still in the set (positions `0..<count`).
    private(set) var count: Int
    private var valueAt: [Int: Int] = [:]
    private var positionOf: [Int: Int] = [:]

    init(size: Int) { count = size }

    func value(at position: Int) -> Int { valueAt[position] ?? position }

    func position(of value: Int) -> Int { positionOf[value] ?? value }

    /// Whether `value` (in `0..<size`) is still in the set.
    func contains(_ value: Int) -> Bool { position(of: value) < count }

    /// Removes `value` by swapping it with the last member; the order of the others is irrelevant.
    mutating func remove(_ value: Int) {
        let position = position(of: value)
        precondition(position < count, "value \(value) already removed")
        let last = count - 1
        let moved = self.value(at: last)
        place(moved, at: position)
        place(value, at: last)
        count -= 1
    }

    private mutating func place(_ value: Int, at position: Int) {
        // Back at its identity place, the entry is implied and need not be stored.
        valueAt[position] = value == position ? nil : value
        positionOf[value] = value == position ? nil : position
    }
}
