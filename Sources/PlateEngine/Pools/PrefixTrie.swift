import PlateRules

/// The published numbers of one serial length as a prefix tree for the virtual keyboard.
///
/// Nodes exist only for prefixes of published numbers and are created at publication. Each node keeps
/// two bit masks over the alphabet, one per keyboard rule: in `open`, bit `c` is set when some
/// self-compose-available number continues the prefix with character `c`; in `offered`, when some number
/// of a segment open to self-compose does, taken or not (the published pool). A keyboard query is then a
/// walk down the prefix plus one mask read; the keyboard code reads these fields in place (a method call on
/// a tree held in an array copies it out, a retain and a release per array it holds).
/// Leaves are not stored: the last level's masks say everything, so a node costs 21 bytes plus,
/// above the last level, `width` child slots; numbers keep their last-level node and code themselves.
struct PrefixTrie {
    let length: Int
    let width: Int
    /// `children[d][node * width + code]`: 1 + the child's id at depth d + 1, or 0; depths `0..<length - 1`.
    private(set) var children: [[Int32]]
    /// `open[d][node]`: codes that lead to a self-compose-available number.
    private(set) var open: [[UInt64]]
    /// `offered[d][node]`: codes that lead to a number of a segment open to self-compose; only ever grows.
    private(set) var offered: [[UInt64]]
    /// `parent[d][node]` for d ≥ 1, and the code that leads to the node from it.
    private var parent: [[Int32]]
    private var codeInParent: [[UInt8]]

    init(length: Int, width: Int) {
        precondition(length >= 1 && width <= 64, "serials have at least one character and at most 64 distinct ones")
        self.length = length
        self.width = width
        children = (0..<(length - 1)).map { $0 == 0 ? [Int32](repeating: 0, count: width) : [] }
        open = (0..<length).map { $0 == 0 ? [0] : [] }
        offered = open
        parent = (0..<length).map { $0 == 0 ? [-1] : [] }
        codeInParent = (0..<length).map { $0 == 0 ? [0] : [] }
    }

    /// Adds the path of `codes` (one per character), creating missing nodes; returns the last-level node.
    mutating func insert(_ codes: [UInt8]) -> Int32 {
        var node = 0
        for depth in 0..<(length - 1) {
            let slot = node * width + Int(codes[depth])
            let child = children[depth][slot]
            if child != 0 {
                node = Int(child) - 1
                continue
            }
            let id = open[depth + 1].count
            open[depth + 1].append(0)
            offered[depth + 1].append(0)
            parent[depth + 1].append(Int32(node))
            codeInParent[depth + 1].append(codes[depth])
            if depth + 1 < length - 1 { children[depth + 1].append(contentsOf: repeatElement(0, count: width)) }
            children[depth][slot] = Int32(id + 1)
            node = id
        }
        return Int32(node)
    }

    /// Marks the number ending with `code` under last-level `node` as self-compose-available or not.
    mutating func setOpen(_ isOpen: Bool, node: Int32, code: UInt8) {
        var depth = length - 1
        var node = Int(node)
        var bit = UInt64(1) << UInt64(code)
        while true {
            let before = open[depth][node]
            let after = isOpen ? before | bit : before & ~bit
            open[depth][node] = after
            // Ancestors change only when this node turns empty or non-empty.
            guard depth > 0, (before == 0) != (after == 0) else { return }
            bit = UInt64(1) << UInt64(codeInParent[depth][node])
            node = Int(parent[depth][node])
            depth -= 1
        }
    }

    /// Marks the number ending with `code` under last-level `node` as offered to self-compose (its segment opened).
    mutating func setOffered(node: Int32, code: UInt8) {
        var depth = length - 1
        var node = Int(node)
        var bit = UInt64(1) << UInt64(code)
        while true {
            let before = offered[depth][node]
            offered[depth][node] = before | bit
            // Ancestors change only when this node turns non-empty.
            guard depth > 0, before == 0 else { return }
            bit = UInt64(1) << UInt64(codeInParent[depth][node])
            node = Int(parent[depth][node])
            depth -= 1
        }
    }

    /// Bytes held, counting array capacities.
    var storageBytes: Int {
        children.reduce(0) { $0 + $1.capacity * 4 } + (open + offered).reduce(0) { $0 + $1.capacity * 8 }
            + parent.reduce(0) { $0 + $1.capacity * 4 } + codeInParent.reduce(0) { $0 + $1.capacity }
    }
}
