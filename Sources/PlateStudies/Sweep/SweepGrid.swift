/// The grid of a sweep: each varied rule path with its values; points in a fixed order (last path fastest).
public struct SweepGrid: Hashable, Sendable {
    /// One varied rule path and the values it takes.
    public struct Axis: Hashable, Sendable {
        public let path: String
        public let values: [String]

        /// An axis varying `path` over `values` (text as a `--vary` argument gives it).
        public init(path: String, values: [String]) {
            self.path = path
            self.values = values
        }
    }

    public let axes: [Axis]

    /// A grid over `axes`, unchecked; `parse` checks what a user typed.
    public init(axes: [Axis]) { self.axes = axes }

    /// Parses `--vary PATH=V1,V2,...` arguments; nil with a reason when one is malformed.
    public static func parse(_ arguments: [String]) -> Result<SweepGrid, SweepError> {
        var axes: [Axis] = []
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "=") else {
                return .failure(SweepError("--vary \(argument): write PATH=V1,V2,..."))
            }
            let path = String(argument[..<equals]).trimmingCharacters(in: .whitespaces)
            let values = argument[argument.index(after: equals)...].split(
                separator: ",", omittingEmptySubsequences: false
            ).map { $0.trimmingCharacters(in: .whitespaces) }
            guard !path.isEmpty, !values.isEmpty, !values.contains(where: \.isEmpty) else {
                return .failure(SweepError("--vary \(argument): write PATH=V1,V2,... with no empty value"))
            }
            guard !axes.contains(where: { $0.path == path }) else {
                return .failure(SweepError("--vary \(path) is given twice"))
            }
            axes.append(Axis(path: path, values: values))
        }
        guard !axes.isEmpty else { return .failure(SweepError("give at least one --vary PATH=V1,V2,...")) }
        // Every combination runs: a grid past this size would not finish, and its count could overflow.
        var points = 1
        for axis in axes {
            let (product, overflow) = points.multipliedReportingOverflow(by: axis.values.count)
            guard !overflow, product <= maximumPoints else {
                return .failure(
                    SweepError(
                        "the grid has more than \(maximumPoints) points (every combination of the --vary values); sweep fewer values or shard a smaller grid"
                    ))
            }
            points = product
        }
        return .success(SweepGrid(axes: axes))
    }

    /// The most grid points a sweep runs.
    public static let maximumPoints = 100_000

    /// Number of grid points.
    public var count: Int { axes.reduce(1) { $0 * $1.values.count } }

    /// The values of point `index` (0-based), one per axis.
    public func values(at index: Int) -> [String] {
        precondition(
            (0..<count).contains(index), "grid point \(index) outside 0..<\(count): callers check the range first")
        var rest = index
        var values = Array(repeating: "", count: axes.count)
        for (a, axis) in axes.enumerated().reversed() {
            values[a] = axis.values[rest % axis.values.count]
            rest /= axis.values.count
        }
        return values
    }

    /// The rule-change overlay text of point `index` (`platelab/changes/v1`).
    public func overlayText(at index: Int) -> String {
        let set = zip(axes, values(at: index)).map { "  \($0.path): \($1)" }.joined(separator: "\n")
        return "schema: platelab/changes/v1\nname: sweep point \(index + 1)\nset:\n\(set)\n"
    }

    /// `path=value, path=value` for point `index`.
    public func label(at index: Int) -> String {
        zip(axes, values(at: index)).map { "\($0.path)=\($1)" }.joined(separator: ", ")
    }
}

/// A malformed sweep request.
public struct SweepError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Which part of a grid a process runs: `--shard I/N` takes every point whose index is I−1 modulo N.
public struct Shard: Hashable, Sendable {
    public let index: Int
    public let count: Int

    public static let whole = Shard(index: 1, count: 1)

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses `I/N` with 1 ≤ I ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(i) else {
            return nil
        }
        self.init(index: i, count: n)
    }

    /// The grid points this shard runs.
    public func points(of grid: SweepGrid) -> [Int] { (0..<grid.count).filter { $0 % count == index - 1 } }

    /// The runs this shard does, as (point, replication) with replications from 1: the grid's points × `replications`
    /// numbered point by point, every `count`-th from the `index`-th.
    public func runs(of grid: SweepGrid, replications: Int) -> [(point: Int, replication: Int)] {
        stride(from: index - 1, to: grid.count * replications, by: count).map {
            ($0 / replications, $0 % replications + 1)
        }
    }
}
