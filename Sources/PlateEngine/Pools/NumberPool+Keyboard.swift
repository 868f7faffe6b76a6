import PlateRules

extension NumberPool {
    /// The keys enabled after `prefix` has been typed on a keyboard following `rule`: characters that continue
    /// it towards a number the keyboard offers (of a segment open to self-compose; under `.available` only
    /// if it is available now), and whether it already is one. O(prefix + alphabet).
    public func keyboard(prefix: String, rule: KeyboardRule) -> KeyboardKeys {
        let utf8 = prefix.utf8
        let typed = utf8.count
        var mask: UInt64 = 0
        var isComplete = false
        // One read of the pool's tries; walking them by index borrows each instead of copying its arrays.
        let tries = self.tries, alphabet = self.alphabet
        for t in tries.indices {
            let length = tries[t].length
            if length > typed {
                if let node = tries[t].descend(utf8, depth: typed, alphabet: alphabet) { mask |= tries[t].mask(rule, depth: typed, node: node) }
            } else if length == typed, let node = tries[t].descend(utf8, depth: typed - 1, alphabet: alphabet) {
                // The last character picks a bit of the last-level node.
                let code = alphabet.code(utf8[utf8.index(before: utf8.endIndex)])
                isComplete = isComplete || (code >= 0 && tries[t].mask(rule, depth: typed - 1, node: node) & (UInt64(1) << UInt64(code)) != 0)
            }
        }
        return KeyboardKeys(mask: mask, labels: alphabet.labels, isComplete: isComplete)
    }
}
