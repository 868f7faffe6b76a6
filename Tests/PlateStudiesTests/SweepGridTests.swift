import Foundation
import Testing

@testable import PlateStudies

@Suite("Sweep grids, shards and parts")
struct SweepGridTests {
    static let grid = try! SweepGrid.parse(["a.b=1,2,3", "c=x,y"]).get()

    @Test("points run through every combination, the last path fastest")
    func points() {
        #expect(Self.grid.count == 6)
        #expect(
            (0..<6).map(Self.grid.values(at:)) == [
                ["1", "x"], ["1", "y"], ["2", "x"], ["2", "y"], ["3", "x"], ["3", "y"],
            ])
        #expect(Self.grid.label(at: 3) == "a.b=2, c=y")
        #expect(
            Self.grid.overlayText(at: 3) == "schema: platelab/changes/v1\nname: sweep point 4\nset:\n  a.b: 2\n  c: y\n"
        )
    }

    @Test("malformed --vary arguments are refused with the reason")
    func malformed() {
        #expect(SweepGrid.parse(["a.b"]).failureDescription == "--vary a.b: write PATH=V1,V2,...")
        #expect(
            SweepGrid.parse(["a.b=1,,2"]).failureDescription
                == "--vary a.b=1,,2: write PATH=V1,V2,... with no empty value")
        #expect(SweepGrid.parse(["a=1", "a=2"]).failureDescription == "--vary a is given twice")
        #expect(SweepGrid.parse([]).failureDescription == "give at least one --vary PATH=V1,V2,...")
    }

    @Test("shards split the grid into disjoint parts that cover it")
    func shards() {
        let parts = (1...4).map { Shard(index: $0, count: 4).points(of: Self.grid) }
        #expect(parts == [[0, 4], [1, 5], [2], [3]])
        #expect(Shard("2/4") == Shard(index: 2, count: 4))
        #expect(Shard("0/4") == nil && Shard("5/4") == nil && Shard("2") == nil)
    }

    @Test("with replications, shards split points × replications into disjoint parts that cover every run")
    func replicatedShards() {
        let parts = (1...4).map { Shard(index: $0, count: 4).runs(of: Self.grid, replications: 2) }
        let all = parts.flatMap { $0 }.map { [$0.point, $0.replication] }
        #expect(all.count == 12 && Set(all).count == 12)
        #expect(parts[0].map { [$0.point, $0.replication] } == [[0, 1], [2, 1], [4, 1]])
        #expect(parts[1].map { [$0.point, $0.replication] } == [[0, 2], [2, 2], [4, 2]])
        #expect(Shard.whole.runs(of: Self.grid, replications: 1).map(\.point) == Shard.whole.points(of: Self.grid))
    }

    @Test("a v1 part (one replication) still reads")
    func versionOneParts() throws {
        let text = SweepPart.encode(Self.sweep(points: [0, 1]), shard: .whole)
            .replacingOccurrences(of: "platelab/sweep-part/v2", with: "platelab/sweep-part/v1")
            .replacingOccurrences(of: "\"replication\": 1,", with: "")
        let decoded = try SweepPart.decode(Data(text.utf8), file: "old.json").get()
        #expect(decoded == Self.sweep(points: [0, 1]))
    }

    static func sweep(points: [Int]) -> SweepResult {
        SweepResult(
            scenarioFile: "s.yaml", scenarioName: "S", seed: 7, baseRulesSHA256: "abc", grid: grid,
            rows: points.map {
                SweepRow(
                    point: $0, values: grid.values(at: $0),
                    outcomes: Array(repeating: $0, count: SweepRow.outcomes.count))
            })
    }

    @Test("a part file round-trips, and parts merge only into one whole sweep")
    func partsAndMerge() throws {
        let a = Self.sweep(points: [0, 2, 4])
        let b = Self.sweep(points: [1, 3, 5])
        let decoded = try SweepPart.decode(
            Data(SweepPart.encode(a, shard: Shard(index: 1, count: 2)).utf8), file: "a.json"
        ).get()
        #expect(decoded == a)
        #expect(try SweepPart.merge([decoded, b]).get() == Self.sweep(points: Array(0..<6)))
        #expect(SweepPart.merge([a]).failureDescription == "grid point 2 (a.b=1, c=y) is in no part; run its shard")
        #expect(SweepPart.merge([a, a, b]).failureDescription == "grid point 1 (a.b=1, c=x) is in two parts")
        #expect(
            SweepPart.decode(Data("{}".utf8), file: "x.json").failureDescription
                == "x.json: not a sweep part (schema platelab/sweep-part/v2)")
    }
}

extension Result where Failure == SweepError {
    var failureDescription: String? { if case .failure(let e) = self { e.description } else { nil } }
}
