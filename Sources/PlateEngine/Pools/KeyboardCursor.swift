import PlateRules

/// The virtual keyboard while a number is typed: each key press walks one step down the pool's prefix
/// trees, where a `keyboard(prefix:)` query walks the whole prefix again.
///
/// Like the platform's page, which keeps the typed characters in the browser, the cursor only advises:
/// it reads the pool at every press (nodes are never removed, so its place stays valid while others
/// take numbers or segments open), and the confirm is what the engine judges.
///
/// The enabled keys are kept as a bare mask over the pool alphabet's codes: a simulated typist presses
/// some hundred million keys in a large run, and building a `KeyboardKeys` (which holds the key labels by
/// reference) at every press cost more in reference counting than the press. `keys` builds one on demand.
public struct KeyboardCursor {
    let pool: NumberPool
    /// Which numbers the keyboard offers.
    public let rule: KeyboardRule
    /// The characters typed so far, as ASCII bytes.
    public private(set) var typed: [UInt8] = []
    /// Per prefix tree of the pool: the node the typed characters reach, or -1 once no published number starts so.
    private var nodes: [Int]
    /// The enabled keys as a bit mask over the alphabet's codes (see `keyLabels`).
    public private(set) var enabledMask: UInt64 = 0
    /// Whether the typed characters are a complete number the keyboard offers.
    public private(set) var isComplete = false

    /// A cursor at the start of a number on `pool`'s keyboard following `rule`.
    public init(pool: NumberPool, rule: KeyboardRule) {
        self.pool = pool
        self.rule = rule
        nodes = Array(repeating: 0, count: pool.store.tries.count)
        typed.reserveCapacity(8)
        showFirstKeys(pool.store.tries)
    }

    /// The keys enabled now.
    public var keys: KeyboardKeys {
        KeyboardKeys(mask: enabledMask, labels: pool.alphabet.labels, isComplete: isComplete)
    }

    /// The ASCII label of each alphabet code: bit `c` of `enabledMask` is the key `keyLabels[c]`.
    public var keyLabels: [UInt8] { pool.alphabet.labels.bytes }

    /// Whether the key with ASCII code `key` is enabled now.
    public func allows(_ key: UInt8) -> Bool {
        let code = pool.alphabet.code(key)
        return code >= 0 && enabledMask & (UInt64(1) << UInt64(code)) != 0
    }

    /// Clears what was typed, for the next number: the cursor keeps its storage, so a typist reuses one per confirm.
    public mutating func clear() {
        clear(tries: pool.store.tries)
    }

    private mutating func clear(tries: [PrefixTrie]) {
        typed.removeAll(keepingCapacity: true)
        for t in nodes.indices { nodes[t] = 0 }
        showFirstKeys(tries)
    }

    /// Types a new number key by key, reading the pool's trees once for the whole number: clears what was typed,
    /// then asks `next` for each key, showing it what the keyboard shows (the enabled keys as `enabledMask` does,
    /// whether the typed characters are a complete number, what was typed), until it returns nil.
    ///
    /// Typing key by key with `type(_:)` reads the pool at each key, an exclusivity check each; a simulated typist
    /// types some hundred million keys in a large run. `next` must not change the pool. It is shown three values,
    /// not the cursor: passing the cursor copied it at every key, reading back the mask the key had just written.
    public mutating func typeNumber(
        choosing next: (_ enabledMask: UInt64, _ isComplete: Bool, _ typed: [UInt8]) -> UInt8?
    ) {
        let tries = pool.store.tries
        clear(tries: tries)
        while let key = next(enabledMask, isComplete, typed) { type(key, tries: tries) }
    }

    /// The keys of an empty entry: every tree's root mask (no serial is empty, so nothing is complete yet).
    private mutating func showFirstKeys(_ tries: [PrefixTrie]) {
        let published = rule == .published
        var mask: UInt64 = 0
        for t in tries.indices { mask |= published ? tries[t].offered[0][0] : tries[t].open[0][0] }
        enabledMask = mask
        isComplete = false
    }

    /// The typed characters as text.
    public var text: String { String(decoding: typed, as: UTF8.self) }

    /// Types `key` (an ASCII byte, enabled or not, as a user may) and returns the keys enabled after it.
    @discardableResult
    public mutating func press(_ key: UInt8) -> KeyboardKeys {
        type(key)
        return keys
    }

    /// Types `key` (an ASCII byte, enabled or not); read `enabledMask` and `isComplete` after it.
    ///
    /// The trees' fields are read in place (`tries[t].open[d][n]`), not through methods of `PrefixTrie`: a method
    /// call copied the tree out of the array, five retains and five releases per tree per key.
    public mutating func type(_ key: UInt8) { type(key, tries: pool.store.tries) }

    private mutating func type(_ key: UInt8, tries: [PrefixTrie]) {
        let code = pool.alphabet.code(key)
        let depth = typed.count
        typed.append(key)
        var mask: UInt64 = 0
        var complete = false
        let published = rule == .published
        for t in tries.indices where nodes[t] >= 0 {
            let length = tries[t].length
            guard code >= 0, depth < length else {
                nodes[t] = -1
                continue
            }
            let node = nodes[t]
            if depth == length - 1 {
                // The last character picks a bit of the last-level node.
                let last = published ? tries[t].offered[depth][node] : tries[t].open[depth][node]
                complete = complete || last & (UInt64(1) << UInt64(code)) != 0
                nodes[t] = -1
                continue
            }
            let child = Int(tries[t].children[depth][node * tries[t].width + code]) - 1
            nodes[t] = child
            if child >= 0 { mask |= published ? tries[t].offered[depth + 1][child] : tries[t].open[depth + 1][child] }
        }
        enabledMask = mask
        isComplete = complete
    }
}
