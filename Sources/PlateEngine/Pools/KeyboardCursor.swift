import PlateRules

/// The virtual keyboard while a number is typed: each key press walks one step down the pool's prefix
/// trees, where a `keyboard(prefix:)` query walks the whole prefix again.
///
/// Like the platform's page, which keeps the typed characters in the browser, the cursor only advises:
/// it reads the pool at every press (nodes are never removed, so its place stays valid while others
/// take numbers or segments open), and the confirm is what the engine judges.
public struct KeyboardCursor {
    let pool: NumberPool
    /// Which numbers the keyboard offers.
    public let rule: KeyboardRule
    /// The characters typed so far, as ASCII bytes.
    public private(set) var typed: [UInt8] = []
    /// Per prefix tree of the pool: the node the typed characters reach, or -1 once no published number starts so.
    private var nodes: [Int]
    /// The keys enabled now.
    public private(set) var keys: KeyboardKeys

    /// A cursor at the start of a number on `pool`'s keyboard following `rule`.
    public init(pool: NumberPool, rule: KeyboardRule) {
        self.pool = pool
        self.rule = rule
        nodes = Array(repeating: 0, count: pool.tries.count)
        typed.reserveCapacity(8)
        keys = pool.keyboard(prefix: "", rule: rule)
    }

    /// Clears what was typed, for the next number: the cursor keeps its storage, so a typist reuses one per confirm.
    public mutating func clear() {
        typed.removeAll(keepingCapacity: true)
        for t in nodes.indices { nodes[t] = 0 }
        keys = pool.keyboard(prefix: "", rule: rule)
    }

    /// The typed characters as text.
    public var text: String { String(decoding: typed, as: UTF8.self) }

    /// Types `key` (an ASCII byte, enabled or not, as a user may) and returns the keys enabled after it.
    @discardableResult
    public mutating func press(_ key: UInt8) -> KeyboardKeys {
        let code = pool.alphabet.code(key)
        let depth = typed.count
        typed.append(key)
        var mask: UInt64 = 0
        var isComplete = false
        let tries = pool.tries
        for t in tries.indices where nodes[t] >= 0 {
            let length = tries[t].length, masks = tries[t].masks(rule)
            guard code >= 0, depth < length else {
                nodes[t] = -1
                continue
            }
            if depth == length - 1 {
                // The last character picks a bit of the last-level node.
                isComplete = isComplete || masks[depth][nodes[t]] & (UInt64(1) << UInt64(code)) != 0
                nodes[t] = -1
            } else if let child = tries[t].child(of: nodes[t], depth: depth, code: code) {
                nodes[t] = child
                mask |= masks[depth + 1][child]
            } else {
                nodes[t] = -1
            }
        }
        keys = KeyboardKeys(mask: mask, labels: pool.alphabet.labels, isComplete: isComplete)
        return keys
    }
}
