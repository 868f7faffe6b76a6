/// A pool's index from segment number to publication slot: open addressing with linear probing on the slots'
/// own segment list.
///
/// Every entry of a self-compose confirm looks its segment up (some ten million lookups in a large run); a
/// dictionary hashed each segment number with SipHash first, which cost more than the probe. Segment numbers
/// come from the rule set and the seeded allocator, not from users, so a fixed mix is enough, and the index's
/// order is never observed.
struct SegmentIndex {
    /// `table[i]`: 1 + the slot whose segment hashes nearest to `i`, or 0 when empty; a power of two long.
    private var table: [Int32] = Array(repeating: 0, count: 16)
    /// Segment number by slot.
    private(set) var segments: [Int] = []

    /// The slot of `segment`, if published here.
    func slot(of segment: Int) -> Int? {
        let mask = table.count - 1
        var i = Self.hash(segment) & mask
        while true {
            let entry = table[i]
            if entry == 0 { return nil }
            if segments[Int(entry) - 1] == segment { return Int(entry) - 1 }
            i = (i + 1) & mask
        }
    }

    /// Indexes `segment` at the next slot, which it returns; the segment must not be indexed yet.
    mutating func append(_ segment: Int) -> Int {
        precondition(slot(of: segment) == nil, "a segment is published once per pool")
        let slot = segments.count
        precondition(slot < Int(Int32.max), "too many segments")
        segments.append(segment)
        if segments.count * 2 > table.count { grow() } else { place(slot) }
        return slot
    }

    /// Bytes held, counting array capacities.
    var storageBytes: Int { table.capacity * 4 + segments.capacity * 8 }

    private mutating func place(_ slot: Int) {
        let mask = table.count - 1
        var i = Self.hash(segments[slot]) & mask
        while table[i] != 0 { i = (i + 1) & mask }
        table[i] = Int32(slot + 1)
    }

    /// Doubles the table and places every slot again (at most half full after).
    private mutating func grow() {
        table = Array(repeating: 0, count: table.count * 2)
        for slot in segments.indices { place(slot) }
    }

    /// A multiplicative mix (Fibonacci hashing), so consecutive segment numbers spread over the table.
    private static func hash(_ segment: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(segment)) &* 0x9E37_79B9_7F4A_7C15) >> 32)
    }
}
