/// The members of one shape in rank order, walking the DP tables depth-first.
///
/// Subtrees without members are skipped via their counts, so each serial costs amortised
/// O(length × alphabet) at worst and usually far less; withheld serials are stepped over by rank.
struct SerialSequence: Sequence {
    let counter: SerialCounter

    func makeIterator() -> Iterator { Iterator(counter: counter) }

    /// Depth-first cursor over the DP layers.
    struct Iterator: IteratorProtocol {
        private let counter: SerialCounter
        private let length: Int
        private var states: [Int]
        private var choices: [Int]
        private var bytes: [UInt8]
        private var depth = 0
        private var rawRank = 0
        private var withheldIndex = 0
        private var finished: Bool

        init(counter: SerialCounter) {
            self.counter = counter
            length = counter.alphabets.count
            states = [Int](repeating: 0, count: length + 1)
            choices = [Int](repeating: 0, count: length + 1)
            bytes = [UInt8](repeating: 0, count: length)
            finished = counter.rawCount == 0
        }

        mutating func next() -> String? {
            while let serial = nextRaw() {
                defer { rawRank += 1 }
                if withheldIndex < counter.withheldRanks.count, counter.withheldRanks[withheldIndex] == rawRank {
                    withheldIndex += 1
                    continue
                }
                return String(decoding: serial, as: UTF8.self)
            }
            return nil
        }

        /// The next member with withheld serials included.
        private mutating func nextRaw() -> [UInt8]? {
            guard !finished else { return nil }
            // After a leaf, resume at the last position with its next character.
            if depth == length { depth -= 1 }
            while depth < length {
                let alphabet = counter.alphabets[depth].bytes
                var k = choices[depth]
                var successor = -1
                while k < alphabet.count {
                    let candidate = counter.successor(position: depth, state: states[depth], k: k)
                    if candidate >= 0, counter.completions(position: depth + 1, state: candidate) > 0 {
                        successor = candidate
                        break
                    }
                    k += 1
                }
                if successor >= 0 {
                    bytes[depth] = alphabet[k]
                    choices[depth] = k + 1
                    depth += 1
                    states[depth] = successor
                    choices[depth] = 0
                } else {
                    if depth == 0 {
                        finished = true
                        return nil
                    }
                    depth -= 1
                }
            }
            return bytes
        }
    }
}
