import PlateRules

extension PoolStore {
    /// The keys enabled after `prefix` has been typed on a keyboard following `rule`: characters that continue
    /// it towards a number the keyboard offers (of a segment open to self-compose; under `.available` only
    /// if it is available now), and whether it already is one. O(prefix + alphabet).
    func keyboard(prefix: String, rule: KeyboardRule) -> KeyboardKeys {
        let utf8 = prefix.utf8
        let typed = utf8.count
        var mask: UInt64 = 0
        var isComplete = false
        // One read of the pool's tries, whose fields are then read in place: calling a method on `tries[t]` copied
        // the tree out of the array (a retain and a release per array it holds).
        let tries = self.tries
        let alphabet = self.alphabet
        let published = rule == .published
        for t in tries.indices {
            let length = tries[t].length
            guard length >= typed else { continue }
            // Down the prefix, all of it if the tree's numbers are longer, all but the last character if they are as
            // long.
            let steps = length > typed ? typed : typed - 1
            var node = 0
            var depth = 0
            var code = -1
            for byte in utf8 {
                code = alphabet.code(byte)
                guard code >= 0 else {
                    node = -1
                    break
                }
                guard depth < steps else { break }
                node = Int(tries[t].children[depth][node * tries[t].width + code]) - 1
                guard node >= 0 else { break }
                depth += 1
            }
            guard node >= 0 else { continue }
            if length > typed {
                mask |= published ? tries[t].offered[typed][node] : tries[t].open[typed][node]
            } else {
                // The last character picks a bit of the last-level node.
                let last = published ? tries[t].offered[typed - 1][node] : tries[t].open[typed - 1][node]
                isComplete = isComplete || last & (UInt64(1) << UInt64(code)) != 0
            }
        }
        return KeyboardKeys(mask: mask, labels: alphabet.labels, isComplete: isComplete)
    }
}
