/// Counting, ranking and unranking of one shape's members via a layered DP; never enumerates.
///
/// Layer p holds the distinct states reachable after p characters. For each state and each
/// alphabet index k it stores the successor state and how many members start with a smaller
/// character, so rank and unrank are one table walk (plus a binary search per position).
final class SerialCounter: Sendable {
    let alphabets: [SerialAlphabet]
    /// `next[p][s * width + k]`: the layer p+1 state after character k from state s, or -1.
    private let next: [[Int32]]
    /// `below[p][s * (width + 1) + k]`: members from state s whose character p sorts before k;
    /// column `width` is every member from s.
    private let below: [[Int]]
    /// Whether a complete serial in a last-layer state is counted here.
    private let accepting: [Bool]
    /// Ranks (withheld ignored) of withheld serials that would be members, ascending.
    let withheldRanks: [Int]

    /// Builds the tables; `shadowMasks[p][k]` marks the earlier overlapping shapes that also allow character k at p.
    init(alphabets: [SerialAlphabet], constraints: SerialConstraints, shadowMasks: [[[UInt64]]], shadowWords: [UInt64])
    {
        let length = alphabets.count
        var layers: [[SerialState]] = []
        var next: [[Int32]] = []
        if let initial = constraints.initialState(length: length, shadow: shadowWords) {
            layers.append([initial])
            for position in 0..<length {
                let alphabet = alphabets[position].bytes
                var states: [SerialState] = []
                var indexOf: [SerialState: Int32] = [:]
                var table = [Int32](repeating: -1, count: layers[position].count * alphabet.count)
                for (s, state) in layers[position].enumerated() {
                    for (k, byte) in alphabet.enumerated() {
                        guard var successor = constraints.step(state, byte, at: position, length: length) else {
                            continue
                        }
                        if !successor.shadow.isEmpty {
                            let mask = shadowMasks[position][k]
                            for word in successor.shadow.indices { successor.shadow[word] &= mask[word] }
                        }
                        // States are numbered in discovery order, so tables never depend on hashing order.
                        let id: Int32
                        if let known = indexOf[successor] {
                            id = known
                        } else {
                            id = Int32(states.count)
                            indexOf[successor] = id
                            states.append(successor)
                        }
                        table[s * alphabet.count + k] = id
                    }
                }
                next.append(table)
                layers.append(states)
            }
        } else {
            // Nothing passes: one dead start state and empty successor tables keep the walks uniform.
            layers = [[SerialState(shadow: shadowWords)]] + Array(repeating: [], count: length)
            next = alphabets.map { [Int32](repeating: -1, count: $0.bytes.count) }
        }
        let accepting = layers[length].map { constraints.accepts($0) && $0.shadow.allSatisfy { $0 == 0 } }

        // Backward pass: completions of each state, accumulated per character.
        var completions: [Int] = accepting.map { $0 ? 1 : 0 }
        var below = [[Int]](repeating: [], count: length)
        for position in stride(from: length - 1, through: 0, by: -1) {
            let width = alphabets[position].bytes.count
            let stateCount = layers[position].count
            var table = [Int](repeating: 0, count: stateCount * (width + 1))
            var counts = [Int](repeating: 0, count: stateCount)
            for s in 0..<stateCount {
                var running = 0
                for k in 0..<width {
                    table[s * (width + 1) + k] = running
                    let successor = next[position][s * width + k]
                    if successor >= 0 { running = Self.add(running, completions[Int(successor)]) }
                }
                table[s * (width + 1) + width] = running
                counts[s] = running
            }
            below[position] = table
            completions = counts
        }
        self.alphabets = alphabets
        self.next = next
        self.below = below
        self.accepting = accepting
        self.withheldRanks = []
    }

    private init(copying other: SerialCounter, withheldRanks: [Int]) {
        alphabets = other.alphabets
        next = other.next
        below = other.below
        accepting = other.accepting
        self.withheldRanks = withheldRanks
    }

    /// The same tables with the withheld members' ranks recorded.
    func withholding(_ ranks: [Int]) -> SerialCounter {
        SerialCounter(copying: self, withheldRanks: Array(Set(ranks)).sorted())
    }

    /// Members of this shape, withheld serials included.
    var rawCount: Int {
        guard let first = below.first else { return 0 }
        let width = alphabets[0].bytes.count
        return first[width]
    }

    /// Members of this shape, withheld serials excluded.
    var count: Int { rawCount - withheldRanks.count }

    /// The rank of `bytes` with withheld serials ignored; nil when it is not a member counted here.
    func rawRank(_ bytes: Span<UInt8>) -> Int? {
        guard bytes.count == alphabets.count else { return nil }
        var state = 0
        var rank = 0
        for position in bytes.indices {
            let width = alphabets[position].bytes.count
            let k = Int(alphabets[position].index[Int(bytes[position])])
            guard k >= 0 else { return nil }
            let successor = next[position][state * width + k]
            guard successor >= 0 else { return nil }
            rank = Self.add(rank, below[position][state * (width + 1) + k])
            state = Int(successor)
        }
        return accepting[state] ? rank : nil
    }

    /// The member with `rawRank` (withheld serials ignored); nil when out of range.
    func rawSerial(at rawRank: Int) -> [UInt8]? {
        guard rawRank >= 0, rawRank < rawCount else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(alphabets.count)
        var state = 0
        var rest = rawRank
        for position in alphabets.indices {
            let width = alphabets[position].bytes.count
            let row = state * (width + 1)
            // The character is the last k with below[k] <= rest, i.e. the first k with below[k + 1] > rest.
            var low = 0
            var high = width - 1
            while low < high {
                let mid = (low + high) / 2
                if below[position][row + mid + 1] > rest { high = mid } else { low = mid + 1 }
            }
            rest -= below[position][row + low]
            bytes.append(alphabets[position].bytes[low])
            state = Int(next[position][state * width + low])
        }
        return bytes
    }

    /// The rank among non-withheld members of `bytes`, or nil.
    func rank(_ bytes: Span<UInt8>) -> Int? {
        guard let raw = rawRank(bytes), !Self.contains(withheldRanks, raw) else { return nil }
        return raw - Self.countBelow(withheldRanks, raw)
    }

    /// The non-withheld member with `rank`, or nil when out of range.
    func serial(at rank: Int) -> [UInt8]? {
        guard rank >= 0, rank < count else { return nil }
        // Step over each withheld rank at or below the candidate; ranks are ascending.
        var raw = rank
        for withheld in withheldRanks {
            guard withheld <= raw else { break }
            raw += 1
        }
        return rawSerial(at: raw)
    }

    /// Members from `state` at `position` (a last-layer position counts the state itself).
    func completions(position: Int, state: Int) -> Int {
        if position == alphabets.count { return accepting[state] ? 1 : 0 }
        let width = alphabets[position].bytes.count
        return below[position][state * (width + 1) + width]
    }

    /// The successor of `state` at `position` after character `k`, or -1.
    func successor(position: Int, state: Int, k: Int) -> Int {
        Int(next[position][state * alphabets[position].bytes.count + k])
    }

    /// Saturating addition: counts beyond `Int.max` are clamped rather than trapping.
    static func add(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }

    /// How many of the ascending `values` are below `bound`.
    static func countBelow(_ values: [Int], _ bound: Int) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < bound { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Whether the ascending `values` contain `value`.
    static func contains(_ values: [Int], _ value: Int) -> Bool {
        let index = countBelow(values, value)
        return index < values.count && values[index] == value
    }
}
