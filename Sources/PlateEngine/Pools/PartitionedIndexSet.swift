/// A set of small integers with O(1) insert, remove and uniform pick, split into a preferred part and the rest.
///
/// Members sit densely in `members`; the first `preferredCount` are the preferred ones (numbers
/// without the digit 4), so "any member" and "a preferred member" are both a uniform index into one array.
struct PartitionedIndexSet {
    /// Members, preferred ones first; order otherwise follows the history of swaps (deterministic).
    private(set) var members: [Int32] = []
    /// `position[x]`: where `x` sits in `members`, or -1.
    private var position: [Int32] = []
    private(set) var preferredCount = 0

    var count: Int { members.count }

    /// Makes room for values below `limit`.
    mutating func grow(to limit: Int) {
        if position.count < limit { position.append(contentsOf: repeatElement(-1, count: limit - position.count)) }
    }

    func contains(_ x: Int32) -> Bool { position[Int(x)] >= 0 }

    mutating func insert(_ x: Int32, preferred: Bool) {
        precondition(position[Int(x)] < 0, "already a member")
        position[Int(x)] = Int32(members.count)
        members.append(x)
        if preferred {
            // Swap into the first non-preferred place and widen the preferred part over it.
            swapAt(members.count - 1, preferredCount)
            preferredCount += 1
        }
    }

    mutating func remove(_ x: Int32) {
        var at = Int(position[Int(x)])
        precondition(at >= 0, "not a member")
        if at < preferredCount {
            // Move x to the preferred part's end, then shrink the part so x stands among the rest.
            swapAt(at, preferredCount - 1)
            preferredCount -= 1
            at = preferredCount
        }
        swapAt(at, members.count - 1)
        members.removeLast()
        position[Int(x)] = -1
    }

    private mutating func swapAt(_ i: Int, _ j: Int) {
        guard i != j else { return }
        let a = members[i]
        let b = members[j]
        members[i] = b
        members[j] = a
        position[Int(b)] = Int32(i)
        position[Int(a)] = Int32(j)
    }

    var storageBytes: Int { members.capacity * 4 + position.capacity * 4 }
}
