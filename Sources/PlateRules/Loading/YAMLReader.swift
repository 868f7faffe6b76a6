import Yams

/// Turns YAML text into a located `YAMLNode` tree, or the located problems that stop it.
///
/// Only `Yams.compose` touches user input: `Yams.load` force-unwraps on non-scalar keys, so it never sees it.
public enum YAMLReader {
    /// Limits that keep hostile input (deep nesting, alias bombs) from crashing or stalling the loader.
    public struct Limits: Sendable {
        public var maxBytes = 8 << 20
        public var maxFlowDepth = 200
        public var maxNodes = 1_000_000
        /// Scalar bytes after alias expansion: an alias repeats its anchor's text, so nodes alone do not bound the
        /// work.
        public var maxExpandedBytes = 32 << 20

        public init() {}
    }

    /// Parses one YAML document; `file` names the input in locations.
    public static func read(_ text: String, file: String, limits: Limits = Limits()) -> Result<YAMLNode, Diagnostic> {
        let fileStart = SourceLocation(file: file, line: 1, column: 1)
        if text.utf8.count > limits.maxBytes {
            return .failure(
                Diagnostic(.error, at: fileStart, path: "", "file is larger than \(limits.maxBytes >> 20) MiB"))
        }
        if let deep = firstTooDeepFlow(in: text, limit: limits.maxFlowDepth, file: file) {
            return .failure(
                Diagnostic(
                    .error, at: deep, path: "", "flow collections nested deeper than \(limits.maxFlowDepth) levels"))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: file, text: text))
        } catch {
            return .failure(Diagnostic(.error, at: fileStart, path: "", "cannot read YAML: \(error)"))
        }
        guard let root else {
            return .success(YAMLNode(.scalar("", plain: true), at: fileStart))
        }
        var converter = Converter(file: file, budget: limits.maxNodes, bytes: limits.maxExpandedBytes)
        let node = converter.convert(root, path: "")
        if let problem = converter.problem { return .failure(problem) }
        return .success(node)
    }

    /// Copies Yams nodes into our tree, rejecting non-scalar keys and bounding alias expansion.
    private struct Converter {
        let file: String
        var budget: Int
        var bytes: Int
        var problem: Diagnostic?

        init(file: String, budget: Int, bytes: Int) {
            self.file = file
            self.budget = budget
            self.bytes = bytes
        }

        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
        }

        mutating func convert(_ node: Node, path: String) -> YAMLNode {
            let here = location(node.mark)
            budget -= 1
            if budget < 0 || problem != nil {
                if problem == nil {
                    problem = Diagnostic(
                        .error, at: here, path: path,
                        "document expands to too many values (aliases repeated too often?)")
                }
                return YAMLNode(.scalar("", plain: true), at: here)
            }
            switch node {
            case .scalar(let scalar):
                bytes -= scalar.string.utf8.count
                if bytes < 0 {
                    problem = Diagnostic(
                        .error, at: here, path: path,
                        "document expands to too much text (a long value repeated by aliases?)")
                    return YAMLNode(.scalar("", plain: true), at: here)
                }
                return YAMLNode(.scalar(scalar.string, plain: scalar.style == .plain || scalar.style == .any), at: here)
            case .sequence(let sequence):
                var items: [YAMLNode] = []
                items.reserveCapacity(sequence.count)
                for (index, item) in sequence.enumerated() {
                    items.append(convert(item, path: "\(path)[\(index)]"))
                }
                return YAMLNode(.sequence(items), at: here)
            case .mapping(let mapping):
                var entries: [YAMLNode.Entry] = []
                entries.reserveCapacity(mapping.count)
                for (key, value) in mapping {
                    guard case .scalar(let keyScalar) = key else {
                        if problem == nil {
                            problem = Diagnostic(
                                .error, at: location(key.mark), path: path,
                                "mapping keys must be plain words, found a \(key.sequence != nil ? "list" : "mapping") as a key"
                            )
                        }
                        continue
                    }
                    let name = keyScalar.string
                    let child = path.isEmpty ? name : "\(path).\(name)"
                    entries.append(
                        YAMLNode.Entry(key: name, keyLocation: location(key.mark), value: convert(value, path: child)))
                }
                return YAMLNode(.mapping(entries), at: here)
            case .alias(let alias):
                problem =
                    problem
                    ?? Diagnostic(.error, at: location(alias.mark), path: path, "unresolved alias *\(alias.anchor)")
                return YAMLNode(.scalar("", plain: true), at: here)
            }
        }
    }

    /// Maps a Yams error to a located diagnostic; duplicate keys are located at their second occurrence.
    static func diagnostic(for error: YamlError, file: String, text: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text))" } ?? ""
            return Diagnostic(.error, at: at(mark), path: "", "YAML syntax: \(problem)\(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? "?"
            let location =
                secondOccurrence(of: key, after: context.mark, in: text)
                .map { SourceLocation(file: file, line: $0, column: context.mark.column) } ?? at(context.mark)
            return Diagnostic(
                .error, at: location, path: "",
                "duplicate key '\(key)' (first written at line \(context.mark.line)); each key may appear once per mapping"
            )
        case .reader(let problem, let offset, _, _):
            let line = offset.map { o in text.utf8.prefix(o).reduce(1) { $0 + ($1 == 10 ? 1 : 0) } } ?? 1
            return Diagnostic(
                .error, at: SourceLocation(file: file, line: line, column: 1), path: "",
                "cannot decode text: \(problem)")
        default:
            return Diagnostic(
                .error, at: SourceLocation(file: file, line: 1, column: 1), path: "", "cannot read YAML: \(error)")
        }
    }

    /// The line after `first` that starts a block-mapping key `key:` at the same column, if any.
    private static func secondOccurrence(of key: String, after first: Mark, in text: String) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let indent = first.column - 1
        for index in first.line..<lines.count {
            let line = lines[index]
            let body = line.dropFirst(indent)
            if line.prefix(indent).allSatisfy({ $0 == " " || $0 == "-" }),
                body.hasPrefix(key + ":") || body.hasPrefix("\"\(key)\":") || body.hasPrefix("'\(key)':")
            {
                return index + 1
            }
        }
        return nil
    }

    /// The place where `[`/`{` nesting first exceeds `limit`, outside quotes and comments.
    private static func firstTooDeepFlow(in text: String, limit: Int, file: String) -> SourceLocation? {
        var depth = 0
        var line = 1
        var column = 0
        var quote: UInt8? = nil
        var comment = false
        var previous: UInt8 = 10
        for byte in text.utf8 {
            column += 1
            if byte == 10 {
                line += 1
                column = 0
                comment = false
                previous = byte
                continue
            }
            if comment { continue }
            if let q = quote {
                if byte == q { quote = nil }
            } else {
                switch byte {
                case UInt8(ascii: "#") where previous == 32 || previous == 10 || previous == 9: comment = true
                case UInt8(ascii: "\""), UInt8(ascii: "'"): if depth > 0 || previous == 32 { quote = byte }
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    if depth > limit { return SourceLocation(file: file, line: line, column: column) }
                case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
                default: break
                }
            }
            previous = byte
        }
        return nil
    }
}
