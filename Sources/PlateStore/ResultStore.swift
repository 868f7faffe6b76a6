import Foundation
internal import GRDB

/// Finished studies kept by their key: an SQLite index (`index.sqlite`, WAL) and each study's report folder beside
/// it (`results/KEY/`), shared by `platelab compare --store`, `platelab sweep --store` and the workbench.
///
/// A result is either there whole or not at all: its folder is copied under a temporary name, renamed into place,
/// and only then indexed; a key without a row or a row without its folder is a miss. Recency is a use counter kept
/// in the index, not a clock, so eviction order does not depend on when the machine thinks it is.
public final class ResultStore: Sendable {
    /// The store's folder.
    public let folder: String
    /// At most this many bytes of report folders are kept (nil: no bound).
    public let maxBytes: Int64?
    private let database: DatabasePool

    /// Opens (and creates, migrates) the store in `folder`.
    public init(folder: String, maxBytes: Int64? = nil) throws(StoreProblem) {
        self.folder = folder
        self.maxBytes = maxBytes
        do {
            try FileManager.default.createDirectory(
                atPath: folder + "/results", withIntermediateDirectories: true)
            database = try DatabasePool(path: folder + "/index.sqlite")
            try Self.migrator.migrate(database)
        } catch {
            throw StoreProblem(folder: folder, reason: "\(error)")
        }
        removeAbandonedCopies()
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("results v1") { db in
            try db.create(table: "result") { t in
                t.primaryKey("key", .text)
                t.column("kind", .text).notNull()
                t.column("bytes", .integer).notNull()
                t.column("lastUse", .integer).notNull()
                t.column("console", .text).notNull()
                t.column("status", .integer).notNull()
                t.column("junit", .text)
            }
            try db.create(index: "result_lastUse", on: "result", columns: ["lastUse"])
        }
        return migrator
    }

    /// The stored study of `key`, marked as used now; nil when there is none (or its folder is gone).
    public func find(_ key: String) throws(StoreProblem) -> StoredStudy? {
        let path = resultFolder(key)
        return try access {
            try database.write { db -> StoredStudy? in
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM result WHERE key = ?", arguments: [key])
                else { return nil }
                guard FileManager.default.fileExists(atPath: path) else {
                    try db.execute(sql: "DELETE FROM result WHERE key = ?", arguments: [key])
                    return nil
                }
                try db.execute(
                    sql: "UPDATE result SET lastUse = (SELECT MAX(lastUse) FROM result) + 1 WHERE key = ?",
                    arguments: [key])
                let console: String = row["console"]
                return StoredStudy(
                    key: key, kind: row["kind"], folder: path,
                    console: console.isEmpty ? [] : console.components(separatedBy: "\n"),
                    status: Int32(row["status"] as Int), junit: row["junit"])
            }
        }
    }

    /// Keeps a copy of `reportFolder` as the result of `key`, with the lines the command printed, its exit status
    /// and its JUnit text; then evicts the least recently used results past the bound, and says which.
    @discardableResult
    public func keep(
        _ key: String, kind: String, reportFolder: String, console: [String], status: Int32, junit: String?
    ) throws(StoreProblem) -> [Eviction] {
        try install(key, kind: kind, console: console, status: status, junit: junit) { incoming in
            try FileManager.default.copyItem(atPath: reportFolder, toPath: incoming)
        }
    }

    /// Keeps `files` (name and bytes) as the result of `key`; the rest as `keep(_:kind:reportFolder:…)`.
    @discardableResult
    public func keep(
        _ key: String, kind: String, files: [(name: String, bytes: Data)], console: [String] = [], status: Int32 = 0,
        junit: String? = nil
    ) throws(StoreProblem) -> [Eviction] {
        try install(key, kind: kind, console: console, status: status, junit: junit) { incoming in
            try FileManager.default.createDirectory(atPath: incoming, withIntermediateDirectories: false)
            for file in files {
                try file.bytes.write(to: URL(fileURLWithPath: incoming + "/" + file.name))
            }
        }
    }

    /// Fills a temporary folder, renames it into place, indexes it and evicts past the bound. The temporary name is
    /// unique, so two threads keeping the same key (two sweeps' equal runs) never share one; the second to rename
    /// finds the first's folder, equal by the key, and drops its own.
    private func install(
        _ key: String, kind: String, console: [String], status: Int32, junit: String?,
        fill: (String) throws -> Void
    ) throws(StoreProblem) -> [Eviction] {
        let manager = FileManager.default
        let target = resultFolder(key)
        let incoming =
            folder + "/results/.incoming-\(key)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        return try access {
            defer { try? manager.removeItem(atPath: incoming) }
            try fill(incoming)
            // An older copy is renamed aside first (a rename either happens whole or not), so a thread that finds
            // it gone, because another replaced it, goes on; removing it in place could fail halfway through.
            let outgoing = folder + "/results/.incoming-old-\(UUID().uuidString)"
            if (try? manager.moveItem(atPath: target, toPath: outgoing)) != nil {
                try? manager.removeItem(atPath: outgoing)
            }
            do { try manager.moveItem(atPath: incoming, toPath: target) } catch {
                guard manager.fileExists(atPath: target) else { throw error }
            }
            let bytes = Self.size(of: target)
            return try database.write { db -> [Eviction] in
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO result (key, kind, bytes, lastUse, console, status, junit)
                        VALUES (?, ?, ?, (SELECT COALESCE(MAX(lastUse), 0) + 1 FROM result), ?, ?, ?)
                        """,
                    arguments: [key, kind, bytes, console.joined(separator: "\n"), Int(status), junit])
                return try evict(db, keeping: key)
            }
        }
    }

    /// How many results the store holds and their bytes.
    public func usage() throws(StoreProblem) -> (results: Int, bytes: Int64) {
        try access {
            try database.read { db in
                let row = try Row.fetchOne(db, sql: "SELECT COUNT(*) AS n, COALESCE(SUM(bytes), 0) AS b FROM result")!
                return (row["n"], row["b"])
            }
        }
    }

    /// Removes the least recently used results (never `key`, the one just kept) until the rest fit the bound.
    private func evict(_ db: Database, keeping key: String) throws -> [Eviction] {
        guard let maxBytes else { return [] }
        var total: Int64 = try Int64.fetchOne(db, sql: "SELECT COALESCE(SUM(bytes), 0) FROM result") ?? 0
        var evicted: [Eviction] = []
        let oldest = try Row.fetchAll(
            db, sql: "SELECT key, bytes FROM result WHERE key != ? ORDER BY lastUse", arguments: [key])
        for row in oldest where total > maxBytes {
            let victim: String = row["key"]
            let bytes: Int64 = row["bytes"]
            try db.execute(sql: "DELETE FROM result WHERE key = ?", arguments: [victim])
            try? FileManager.default.removeItem(atPath: resultFolder(victim))
            total -= bytes
            evicted.append(Eviction(key: victim, bytes: bytes))
        }
        return evicted
    }

    private func resultFolder(_ key: String) -> String { folder + "/results/" + key }

    /// Copies left by a process that stopped while copying (an hour old: another process may be copying now).
    private func removeAbandonedCopies() {
        let manager = FileManager.default
        let results = folder + "/results"
        for name in (try? manager.contentsOfDirectory(atPath: results)) ?? [] where name.hasPrefix(".incoming-") {
            let path = results + "/" + name
            let modified = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date
            if let modified, modified.timeIntervalSinceNow < -3600 { try? manager.removeItem(atPath: path) }
        }
    }

    /// The bytes of every file under `path`.
    static func size(of path: String) -> Int64 {
        let manager = FileManager.default
        var total: Int64 = 0
        for name in manager.subpaths(atPath: path) ?? [] {
            let attributes = try? manager.attributesOfItem(atPath: path + "/" + name)
            if (attributes?[.type] as? FileAttributeType) == .typeRegular {
                total += (attributes?[.size] as? NSNumber)?.int64Value ?? 0
            }
        }
        return total
    }

    private func access<T>(_ body: () throws -> T) throws(StoreProblem) -> T {
        do { return try body() } catch { throw StoreProblem(folder: folder, reason: "\(error)") }
    }
}

/// The kinds of result the store keeps, named once for every writer and reader.
public enum ResultKind {
    /// A comparison's report folder (`platelab compare --store`, the workbench's studies).
    public static let compare = "compare"
    /// One run of a sweep (`run.json`).
    public static let sweepRun = "sweep-run"
}

/// A study found in the store.
public struct StoredStudy: Sendable {
    public let key: String
    /// What kind of result it is (`ResultKind`).
    public let kind: String
    /// Its report folder inside the store (read it, copy it; do not change it).
    public let folder: String
    /// The lines the command printed when it ran.
    public let console: [String]
    public let status: Int32
    public let junit: String?
}

/// A result removed to keep the store within its bound.
public struct Eviction: Sendable, Equatable {
    public let key: String
    public let bytes: Int64
}

extension ResultStore {
    /// What the command line and the workbench say when results made room for new ones; nil when none did.
    public func sentence(for evictions: [Eviction]) -> String? {
        guard !evictions.isEmpty else { return nil }
        func megabytes(_ bytes: Int64) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }
        let bytes = evictions.reduce(0) { $0 + $1.bytes }
        return "store: removed \(evictions.count) least recently used result\(evictions.count == 1 ? "" : "s") "
            + "(\(megabytes(bytes))) to stay within \(maxBytes.map(megabytes) ?? "its bound")"
    }
}

/// The store cannot be opened, read or written: its folder and the reason.
public struct StoreProblem: Error, Sendable, CustomStringConvertible {
    public let folder: String
    public let reason: String

    public var description: String { "the results store \(folder): \(reason)" }
}
