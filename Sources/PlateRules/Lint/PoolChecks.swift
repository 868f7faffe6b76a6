/// Checks on pool serial formats.
enum PoolChecks {
    /// A pool node with its path and decoded format.
    typealias Pool = (node: YAMLNode, path: String, format: SerialFormat)

    /// A check over the decoded pools.
    typealias PoolCheck = @Sendable ([Pool]) -> [Diagnostic]

    /// Every pool check, sharing one decoding of the pools (building a format's tables is the costly part).
    static let all: RuleSetLinter.Check = { root in
        let decoded = pools(root)
        return [
            shapesAdmitSerials, shapesDoNotOverlap, shapeLengthsAgree, lettersInFirstFits, withheldAreSerials,
            lettersAvoidIAndO, bracketLiteralsInAlphabet,
        ].flatMap { $0(decoded) } + publishBatchFits(root)
    }

    /// The most numbers one publication may add: a published number is held in memory for the run (about 40 bytes).
    static let largestPublication = 100_000_000

    /// A publication (`publish.segments` segments of `segments.size` numbers) adds at most `largestPublication`
    /// numbers.
    static func publishBatchFits(_ root: YAMLNode) -> [Diagnostic] {
        (root["pools"]?.items ?? []).enumerated().compactMap { index, node in
            guard let segments = node.int("publish.segments"), let size = node.int("segments.size"),
                let at = node.at("publish.segments")
            else { return nil }
            let (numbers, overflow) = segments.multipliedReportingOverflow(by: size)
            guard overflow || numbers > largestPublication else { return nil }
            return error(
                at, node.itemPath("pools", index: index) + ".publish.segments",
                "\(segments) segments of \(size) numbers publish more than \(largestPublication) numbers at once; publish fewer or smaller segments"
            )
        }
    }

    /// Each pool with its path and decoded format, skipping pools that do not decode.
    static func pools(_ root: YAMLNode) -> [Pool] {
        (root["pools"]?.items ?? []).enumerated().compactMap { index, node in
            RuleSetDecoder.decodeFormat(NodeReader(node)).map { (node, node.itemPath("pools", index: index), $0) }
        }
    }

    static let shapesAdmitSerials: PoolCheck = { pools in
        pools.flatMap { pool in
            pool.format.shapes.indices.compactMap { index in
                guard !pool.format.admitsAnySerial(shapeIndex: index), let node = pool.node["shapes"]?.items?[index]
                else { return nil }
                return error(
                    node, pool.path + ".shapes",
                    "shape \(pool.format.shapes[index].pattern) admits no serial with this pool's letters, digits and rules"
                )
            }
        }
    }

    static let shapesDoNotOverlap: PoolCheck = { pools in
        pools.flatMap { pool in
            let count = pool.format.shapes.count
            return (0..<count).flatMap { b in
                (0..<b).compactMap { a -> Diagnostic? in
                    guard pool.format.overlaps(a, b), let node = pool.node["shapes"]?.items?[b] else { return nil }
                    return warning(
                        node, pool.path + ".shapes",
                        "shape \(pool.format.shapes[b].pattern) overlaps \(pool.format.shapes[a].pattern); shared serials count under the earlier shape"
                    )
                }
            }
        }
    }

    static let shapeLengthsAgree: PoolCheck = { pools in
        pools.compactMap { pool in
            let lengths = pool.format.shapes.map(\.positions.count)
            guard let first = lengths.first, let index = lengths.firstIndex(where: { $0 != first }),
                let node = pool.node["shapes"]?.items?[index]
            else { return nil }
            return warning(
                node, pool.path + ".shapes",
                "shape \(pool.format.shapes[index].pattern) has \(lengths[index]) characters, the first shape \(first)")
        }
    }

    static let lettersInFirstFits: PoolCheck = { pools in
        pools.compactMap { pool in
            guard let rule = pool.format.lettersInFirst, let node = pool.node["letters_in_first"] else { return nil }
            if rule.exactly > rule.positions {
                return error(
                    node, pool.path + ".letters_in_first",
                    "exactly \(rule.exactly) letters cannot fit in the first \(rule.positions) positions")
            }
            let shortest = pool.format.shapes.map(\.positions.count).min() ?? 0
            if rule.positions > shortest {
                return error(
                    node, pool.path + ".letters_in_first",
                    "\(rule.positions) positions exceed the shortest shape (\(shortest) characters)")
            }
            return nil
        }
    }

    static let withheldAreSerials: PoolCheck = { pools in
        pools.flatMap { pool -> [Diagnostic] in
            let items = pool.node["withheld"]?.items ?? []
            guard !items.isEmpty else { return [] }
            // The same format without its withheld list says whether each entry would be a serial at all.
            let unwithheld = SerialFormat(
                shapes: pool.format.shapes, letters: pool.format.letters, digits: pool.format.digits,
                forbid: pool.format.forbid, maxLetters: pool.format.maxLetters,
                lettersInFirst: pool.format.lettersInFirst, withheld: [])
            return items.compactMap { node -> Diagnostic? in
                guard let serial = node.scalar else { return nil }
                guard case .rejected(let reason) = unwithheld.check(serial) else { return nil }
                return warning(
                    node, pool.path + ".withheld", "withheld '\(serial)' is not a serial of this pool anyway: \(reason)"
                )
            }
        }
    }

    static let lettersAvoidIAndO: PoolCheck = { pools in
        pools.compactMap { pool in
            let used = pool.format.letters.filter { "IO".contains($0) }
            guard !used.isEmpty, let node = pool.node["letters"] else { return nil }
            return warning(
                node, pool.path + ".letters",
                "letters \(used.map(String.init).joined(separator: ", ")) are never used on plates (GA 36-2018)")
        }
    }
}

extension PoolChecks {
    /// `[..]` literals outside the pool's letters and digits are allowed but usually a slip (`[DI]`).
    static let bracketLiteralsInAlphabet: PoolCheck = { pools in
        pools.flatMap { pool in
            pool.format.shapes.enumerated().compactMap { index, shape -> Diagnostic? in
                let outside = shape.positions.flatMap { position -> [Character] in
                    guard case .oneOf(let bytes) = position else { return [] }
                    return bytes.map { Character(Unicode.Scalar($0)) }.filter {
                        !pool.format.letters.contains($0) && !pool.format.digits.contains($0)
                    }
                }
                guard !outside.isEmpty, let node = pool.node["shapes"]?.items?[index] else { return nil }
                return warning(
                    node, pool.path + ".shapes",
                    "shape \(shape.pattern) lists \(outside.map(String.init).joined(separator: ", ")), which are not among the pool's letters or digits"
                )
            }
        }
    }
}
