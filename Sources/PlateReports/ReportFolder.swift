import Foundation
import PlateRules

/// A report folder written all or nothing: everything goes into a staging folder beside the target, which replaces
/// the target only when complete. A failed run leaves the previous reports as they were (or none), never a mix,
/// and a rerun leaves no file of an earlier run behind.
public enum ReportFolder {
    /// A fresh, empty staging folder beside `folder` (its parents created as needed).
    public static func staging(for folder: String) throws -> String {
        let staging = sibling(of: folder, tag: "partial")
        try? FileManager.default.removeItem(atPath: staging)
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        return staging
    }

    /// Puts the complete `staging` folder in place of `folder`, whose earlier contents go.
    public static func commit(_ staging: String, to folder: String) throws {
        let manager = FileManager.default
        let old = sibling(of: folder, tag: "old")
        try? manager.removeItem(atPath: old)
        if manager.fileExists(atPath: folder) { try manager.moveItem(atPath: folder, toPath: old) }
        do { try manager.moveItem(atPath: staging, toPath: folder) } catch {
            // Put the earlier reports back rather than leave nothing.
            if manager.fileExists(atPath: old) { try? manager.moveItem(atPath: old, toPath: folder) }
            throw error
        }
        try? manager.removeItem(atPath: old)
    }

    /// Removes a staging folder after a failure.
    public static func discard(_ staging: String) {
        try? FileManager.default.removeItem(atPath: staging)
    }

    /// `parent/.name.tag-PID`: hidden, beside the target, one per process.
    static func sibling(of folder: String, tag: String) -> String {
        let name = ".\(FilePaths.name(of: folder)).\(tag)-\(ProcessInfo.processInfo.processIdentifier)"
        return FilePaths.parent(of: folder).map { FilePaths.join($0, name) } ?? name
    }
}
