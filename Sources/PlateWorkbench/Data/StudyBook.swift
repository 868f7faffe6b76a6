import Foundation
import GRDB

/// The studies in the database: made, listed, searched, and moved through their statuses by the queue.
public struct StudyBook: Sendable {
    let database: WorkbenchDatabase

    public init(database: WorkbenchDatabase) { self.database = database }

    static let select = "SELECT study.*, user.name AS author FROM study JOIN user ON user.id = study.authorId"

    /// A new queued study; its id is random (a link names it, so it must not be guessable in order).
    public func add(
        author: Int64, scenario: String, variants: [StudyVariant], replications: Int, seed: UInt64?,
        copiedFrom: String?, at wall: Int64, kind: StudyKind = .compare, grid: [SweepAxis] = [],
        precision: String? = nil
    ) throws -> StudyRecord {
        let id = String(Accounts.randomToken().prefix(16))
        let variantsJSON = String(decoding: try JSONEncoder().encode(variants), as: UTF8.self)
        let gridJSON = String(decoding: try JSONEncoder().encode(grid), as: UTF8.self)
        let paths = StudyRecord.changedPaths(variants: variants, grid: grid)
        try database.pool.write { db in
            let sequence = (try Int64.fetchOne(db, sql: "SELECT MAX(sequence) FROM study") ?? 0) + 1
            try db.execute(
                sql: """
                    INSERT INTO study (id, authorId, createdAt, sequence, scenario, variants, replications, seed,
                      status, changedPaths, copiedFrom, kind, grid, precision)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    id, author, wall, sequence, scenario, variantsJSON, replications, seed.map(String.init),
                    StudyStatus.queued.rawValue, " " + paths.joined(separator: " ") + " ", copiedFrom, kind.rawValue,
                    gridJSON, precision,
                ])
        }
        return try find(id)!
    }

    /// The study with `id`, if any.
    public func find(_ id: String) throws -> StudyRecord? {
        try database.pool.read { db in
            try Row.fetchOne(db, sql: Self.select + " WHERE study.id = ?", arguments: [id]).map(StudyRecord.init)
        }
    }

    /// Studies newest first, at most `limit` after skipping `offset`; with `path`, only those whose variants change
    /// that rule path.
    public func list(changing path: String? = nil, limit: Int = 200, offset: Int = 0) throws -> [StudyRecord] {
        try database.pool.read { db in
            if let path, !path.isEmpty {
                return try Row.fetchAll(
                    db,
                    sql: Self.select
                        + " WHERE study.changedPaths LIKE ? ESCAPE '\\' ORDER BY sequence DESC LIMIT ? OFFSET ?",
                    arguments: ["% " + Self.escapeLike(path) + " %", limit, offset]
                ).map(StudyRecord.init)
            }
            return try Row.fetchAll(
                db, sql: Self.select + " ORDER BY sequence DESC LIMIT ? OFFSET ?", arguments: [limit, offset]
            ).map(StudyRecord.init)
        }
    }

    /// How many studies change `path` (all studies without one).
    public func count(changing path: String?) throws -> Int {
        try database.pool.read { db in
            guard let path, !path.isEmpty else { return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM study") ?? 0 }
            return try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM study WHERE changedPaths LIKE ? ESCAPE '\\'",
                arguments: ["% " + Self.escapeLike(path) + " %"]) ?? 0
        }
    }

    /// How many of an author's studies are queued or running.
    public func pending(author: Int64) throws -> Int {
        try database.pool.read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM study WHERE authorId = ? AND status IN (?, ?)",
                arguments: [author, StudyStatus.queued.rawValue, StudyStatus.running.rawValue]) ?? 0
        }
    }

    /// How many studies there are.
    public func count() throws -> Int {
        try database.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM study") ?? 0 }
    }

    /// Studies waiting to run, in the order they were queued.
    public func queued() throws -> [StudyRecord] {
        try database.pool.read { db in
            try Row.fetchAll(
                db, sql: Self.select + " WHERE status = ? ORDER BY sequence", arguments: [StudyStatus.queued.rawValue]
            ).map(StudyRecord.init)
        }
    }

    /// Marks every study that was running as interrupted: the server stopped under it. Returns their ids.
    @discardableResult
    public func interruptRunning() throws -> [String] {
        try database.pool.write { db in
            let ids = try String.fetchAll(
                db, sql: "SELECT id FROM study WHERE status = ? ORDER BY sequence",
                arguments: [StudyStatus.running.rawValue])
            try db.execute(
                sql: "UPDATE study SET status = ?, message = ? WHERE status = ?",
                arguments: [
                    StudyStatus.interrupted.rawValue, "the workbench stopped while this study ran",
                    StudyStatus.running.rawValue,
                ])
            return ids
        }
    }

    /// Sets a study's status, and with it what is known of its progress and outcome.
    public func update(
        _ id: String, status: StudyStatus, done: Int? = nil, total: Int? = nil, key: String? = nil,
        fromStore: Bool? = nil, exitStatus: Int? = nil, console: [String]? = nil, message: String? = nil,
        finishedAt: Int64? = nil
    ) throws {
        try database.pool.write { db in
            var sets = ["status = ?"]
            var arguments: [(any DatabaseValueConvertible)?] = [status.rawValue]
            func add(_ column: String, _ value: (any DatabaseValueConvertible)?) {
                sets.append("\(column) = ?")
                arguments.append(value)
            }
            if let done { add("done", done) }
            if let total { add("total", total) }
            if let key { add("studyKey", key) }
            if let fromStore { add("fromStore", fromStore) }
            if let exitStatus { add("exitStatus", exitStatus) }
            if let console { add("console", console.joined(separator: "\n")) }
            if let message { add("message", message) }
            if let finishedAt { add("finishedAt", finishedAt) }
            arguments.append(id)
            try db.execute(
                sql: "UPDATE study SET \(sets.joined(separator: ", ")) WHERE id = ?",
                arguments: StatementArguments(arguments)!)
        }
    }

    /// Replications done so far.
    public func progress(_ id: String, done: Int, total: Int) throws {
        try database.pool.write { db in
            try db.execute(sql: "UPDATE study SET done = ?, total = ? WHERE id = ?", arguments: [done, total, id])
        }
    }

    /// The author's note (why it was run, what was decided).
    public func setNote(_ id: String, _ note: String) throws {
        try database.pool.write { db in
            try db.execute(sql: "UPDATE study SET note = ? WHERE id = ?", arguments: [note, id])
        }
    }

    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
