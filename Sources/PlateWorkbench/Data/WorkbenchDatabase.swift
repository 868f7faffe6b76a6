import Foundation
import GRDB

/// The workbench's database: `DATA/workbench.sqlite` (SQLite through GRDB, WAL), migrated on open.
///
/// It holds accounts, sign-in sessions and studies; each study's files (its changes, its report folder) live beside
/// it in `DATA/studies/ID/`, and finished comparisons in the results store `DATA/store/`, shared with
/// `platelab compare --store`.
public final class WorkbenchDatabase: Sendable {
    let pool: DatabasePool

    /// Opens (creating and migrating) the database in `folder`.
    public init(folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var configuration = Configuration()
        // A busy writer (a study's progress) makes another wait a little, not fail.
        configuration.busyMode = .timeout(5)
        pool = try DatabasePool(path: folder + "/workbench.sqlite", configuration: configuration)
        try Self.migrator.migrate(pool)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("workbench v1") { db in
            try db.create(table: "user") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique(onConflict: .fail).collate(.nocase)
                t.column("passwordHash", .text).notNull()
                t.column("createdAt", .integer).notNull()
            }
            try db.create(table: "session") { t in
                t.primaryKey("token", .text)
                t.column("userId", .integer).notNull().references("user", onDelete: .cascade)
                t.column("csrf", .text).notNull()
                t.column("createdAt", .integer).notNull()
            }
            try db.create(table: "study") { t in
                t.primaryKey("id", .text)
                t.column("authorId", .integer).notNull().references("user")
                t.column("createdAt", .integer).notNull()
                // The order studies were queued in: the queue's tie-break, never a clock.
                t.column("sequence", .integer).notNull()
                t.column("scenario", .text).notNull()
                t.column("variants", .text).notNull()
                t.column("replications", .integer).notNull()
                t.column("seed", .text)
                t.column("status", .text).notNull()
                t.column("done", .integer).notNull().defaults(to: 0)
                t.column("total", .integer).notNull().defaults(to: 0)
                t.column("studyKey", .text)
                t.column("fromStore", .boolean).notNull().defaults(to: false)
                t.column("exitStatus", .integer)
                t.column("console", .text).notNull().defaults(to: "")
                t.column("message", .text).notNull().defaults(to: "")
                t.column("note", .text).notNull().defaults(to: "")
                // Every rule path a variant changes, space-separated with a space at each end: search by path.
                t.column("changedPaths", .text).notNull()
                t.column("copiedFrom", .text)
                t.column("finishedAt", .integer)
            }
            try db.create(index: "study_created", on: "study", columns: ["createdAt"])
            try db.create(index: "study_status", on: "study", columns: ["status"])
        }
        migrator.registerMigration("workbench v2: API tokens") { db in
            // Only a token's SHA-256 is kept: the token itself is shown once, when it is made.
            try db.create(table: "apiToken") { t in
                t.primaryKey("hash", .text)
                t.column("userId", .integer).notNull().references("user", onDelete: .cascade)
                t.column("createdAt", .integer).notNull()
            }
        }
        migrator.registerMigration("workbench v3: the list's order indexed") { db in
            // The list pages through studies newest first: by sequence, so 10,000 studies cost a page, not a sort.
            try db.create(index: "study_sequence", on: "study", columns: ["sequence"])
        }
        migrator.registerMigration("workbench v4: sweeps") { db in
            try db.alter(table: "study") { t in
                t.add(column: "kind", .text).notNull().defaults(to: StudyKind.compare.rawValue)
                // A sweep's axes as JSON ([{"path", "values"}]); empty for a comparison.
                t.add(column: "grid", .text).notNull().defaults(to: "[]")
            }
        }
        migrator.registerMigration("workbench v5: precision") { db in
            try db.alter(table: "study") { t in
                // `compare --precision`'s FIGURE=X, as typed; null without one.
                t.add(column: "precision", .text)
            }
        }
        return migrator
    }
}
