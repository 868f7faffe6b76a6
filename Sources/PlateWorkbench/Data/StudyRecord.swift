import Foundation
import GRDB

/// Where a study is in its life: queued, running, then done, failed, cancelled or interrupted (the server stopped
/// while it ran; it can be resumed).
public enum StudyStatus: String, Sendable, CaseIterable {
    case queued, running, done, failed, cancelled, interrupted

    /// The status as the pages say it, Chinese then English.
    public var words: (zh: String, en: String) {
        switch self {
        case .queued: ("排队中", "queued")
        case .running: ("运行中", "running")
        case .done: ("已完成", "done")
        case .failed: ("失败", "failed")
        case .cancelled: ("已取消", "cancelled")
        case .interrupted: ("已中断", "interrupted")
        }
    }

    /// Whether the study will not change any more unless someone resumes or copies it.
    public var isSettled: Bool { ![.queued, .running].contains(self) }
}

/// What a study is: a comparison of variants, or a sweep of rule values over a grid.
public enum StudyKind: String, Sendable, Codable {
    case compare, sweep
}

/// One axis of a sweep: a rule path and its values, in order.
public struct SweepAxis: Sendable, Hashable, Codable {
    public let path: String
    public let values: [String]

    public init(path: String, values: [String]) {
        self.path = path
        self.values = values
    }

    /// As `platelab sweep --vary` takes it.
    public var argument: String { path + "=" + values.joined(separator: ",") }
}

/// A variant of a study: its name (the change file's, `quota-10`) and the rule values it changes, in form order.
public struct StudyVariant: Sendable, Hashable, Codable {
    public let name: String
    public let values: [Change]

    /// One rule value changed.
    public struct Change: Sendable, Hashable, Codable {
        public let path: String
        public let value: String

        public init(path: String, value: String) {
            self.path = path
            self.value = value
        }
    }

    public init(name: String, values: [Change]) {
        self.name = name
        self.values = values
    }

    /// The change file's name as the reports and the reproducing command give it.
    public var fileName: String { name + ".yaml" }
}

/// A study as the database keeps it.
public struct StudyRecord: Sendable, Hashable {
    public let id: String
    public let kind: StudyKind
    /// A sweep's axes (none for a comparison).
    public let grid: [SweepAxis]
    public let authorId: Int64
    public var author: String
    public let createdAt: Int64
    public let sequence: Int64
    public let scenario: String
    public let variants: [StudyVariant]
    public let replications: Int
    public let seed: UInt64?
    /// `compare --precision`'s target (`reserved_self_compose=5`), as typed; nil without one.
    public let precision: String?
    public var status: StudyStatus
    public var done: Int
    public var total: Int
    public var studyKey: String?
    public var fromStore: Bool
    public var exitStatus: Int?
    public var console: [String]
    public var message: String
    public var note: String
    public var copiedFrom: String?
    public var finishedAt: Int64?

    init(row: Row) {
        id = row["id"]
        kind = StudyKind(rawValue: row["kind"] ?? "") ?? .compare
        grid = (try? JSONDecoder().decode([SweepAxis].self, from: Data(((row["grid"] as String?) ?? "[]").utf8))) ?? []
        authorId = row["authorId"]
        author = row["author"] ?? ""
        createdAt = row["createdAt"]
        sequence = row["sequence"]
        scenario = row["scenario"]
        variants = (try? JSONDecoder().decode([StudyVariant].self, from: Data((row["variants"] as String).utf8))) ?? []
        replications = row["replications"]
        seed = (row["seed"] as String?).flatMap { UInt64($0) }
        precision = row["precision"]
        status = StudyStatus(rawValue: row["status"]) ?? .failed
        done = row["done"]
        total = row["total"]
        studyKey = row["studyKey"]
        fromStore = row["fromStore"]
        exitStatus = row["exitStatus"]
        let text: String = row["console"]
        console = text.isEmpty ? [] : text.components(separatedBy: "\n")
        message = row["message"]
        note = row["note"]
        copiedFrom = row["copiedFrom"]
        finishedAt = row["finishedAt"]
    }

    /// Every rule path the variants change (a sweep's axes), each once, in the order first met.
    public var changedPaths: [String] { Self.changedPaths(variants: variants, grid: grid) }

    static func changedPaths(variants: [StudyVariant], grid: [SweepAxis]) -> [String] {
        var seen: [String] = []
        for path in variants.flatMap(\.values).map(\.path) + grid.map(\.path) where !seen.contains(path) {
            seen.append(path)
        }
        return seen
    }

    /// Runs in all: every arm (or grid point) times the replications.
    public var runs: Int {
        kind == .sweep ? grid.reduce(1) { $0 * $1.values.count } * replications : (variants.count + 1) * replications
    }

    /// The `platelab compare` (or `platelab sweep`) command that reproduces the study byte for byte, run in the
    /// PlateLab folder with the study's change files beside it.
    public var command: String {
        var words = ["platelab", kind.rawValue, scenario]
        switch kind {
        case .compare: for variant in variants { words += ["--changes", variant.fileName] }
        case .sweep: for axis in grid { words += ["--vary", axis.argument] }
        }
        words += ["--replications", String(replications)]
        if let seed { words += ["--seed", String(seed)] }
        if let precision { words += ["--precision", precision] }
        return words.joined(separator: " ")
    }
}
