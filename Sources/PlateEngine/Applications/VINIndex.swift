/// The registry's index from packed VIN to record slot: open addressing with linear probing.
///
/// The table holds only record slots (four bytes each), keys live by record slot, and consecutive VINs
/// share cache lines (see `hash`), so lookups in arrival order mostly find their lines already loaded.
/// A dictionary keyed by VIN scattered them and missed the cache twice per lookup on the submit and
/// registration paths.
struct VINIndex {
    /// `table[i]`: 1 + the record slot whose key hashes nearest to `i`, or 0 when empty; a power of two long.
    private var table: [Int32]
    /// Keys by record slot (records without a key hold a placeholder no table entry points to).
    private var keys: [VINKey] = []
    private var count = 0

    /// An empty index with room for `capacity` keys before it grows.
    init(capacity: Int = 0) {
        table = Array(repeating: 0, count: Self.tableSize(for: capacity))
        keys.reserveCapacity(capacity)
    }

    /// The record slot of `key`, if indexed.
    func slot(of key: VINKey) -> Int? {
        let mask = table.count - 1
        var i = Self.hash(key) & mask
        while true {
            let entry = table[i]
            if entry == 0 { return nil }
            if keys[Int(entry) - 1] == key { return Int(entry) - 1 }
            i = (i + 1) & mask
        }
    }

    /// Records that record slot `slot` (the next one) has no key, so slots and keys stay aligned.
    mutating func appendUnkeyed(slot: Int) {
        precondition(slot == keys.count, "record slots are appended in order")
        keys.append(VINKey.placeholder)
    }

    /// The slot already holding `key`, or `next` (which must be the next record slot) after indexing it there.
    mutating func slot(of key: VINKey, orAppend next: Int) -> Int {
        if let existing = slot(of: key) { return existing }
        precondition(next == keys.count && next < Int(Int32.max), "record slots are appended in order")
        if (count + 1) * 4 > table.count { grow() }
        keys.append(key)
        place(next)
        count += 1
        return next
    }

    private mutating func place(_ slot: Int) {
        let mask = table.count - 1
        var i = Self.hash(keys[slot]) & mask
        while table[i] != 0 { i = (i + 1) & mask }
        table[i] = Int32(slot + 1)
    }

    private mutating func grow() {
        let old = table
        table = Array(repeating: 0, count: max(64, old.count * 2))
        for entry in old where entry != 0 { place(Int(entry) - 1) }
    }

    /// A table at most a quarter full for `capacity` keys: runs of serials fill lines, so lines need room to spare.
    private static func tableSize(for capacity: Int) -> Int {
        var size = 64
        while size < capacity * 4 { size *= 2 }
        return size
    }

    /// Where `key` starts probing: the cache line picked by its characters but the check digit and the last,
    /// mixed, and the place in the line by its last character.
    ///
    /// A manufacturer's VINs differ in their last characters, the production serial (and in the check digit,
    /// which follows from the rest), so ten vehicles that arrive together share one cache line and a run of
    /// lookups loads each line once. The mix is fixed, not seeded: VINs come from the scenario, and the
    /// index's order is never observed.
    private static func hash(_ key: VINKey) -> Int {
        // `low` packs characters 9–17, the check digit in its top six of 54 bits.
        let withoutCheckDigit = key.low & (1 << 48 - 1)
        var h = key.high &* 0x9E37_79B9_7F4A_7C15 ^ withoutCheckDigit >> 6
        h ^= h >> 31
        h &*= 0xBF58_476D_1CE4_E5B9
        h ^= h >> 29
        // Sixteen four-byte entries to a 64-byte line.
        return Int(truncatingIfNeeded: h << 4 | key.low & 15)
    }
}
