import Foundation
import SystemPackage

/// Path arithmetic on the text of a path, through swift-system's `FilePath`.
///
/// Foundation's `NSString` path methods are not used: on Linux `deletingLastPathComponent` crashed (SIGILL) on any
/// one-character relative path (`--out x`). Results keep the path as the user wrote it (relative stays relative),
/// so messages show the user's own words.
public enum FilePaths {
    /// The folder that holds `path`: `a/b` for `a/b/c` or `a/b/c/`, `/` for `/c`, nil for a bare name (`c`, `.`, `..`).
    public static func parent(of path: String) -> String? {
        let parent = FilePath(path).removingLastComponent()
        return parent.isEmpty ? nil : parent.string
    }

    /// The folder that holds `path`, `.` for a bare name.
    public static func folder(of path: String) -> String { parent(of: path) ?? "." }

    /// The last component: `c` for `a/b/c` and `a/b/c/`; empty for `/`.
    public static func name(of path: String) -> String { FilePath(path).lastComponent?.string ?? "" }

    /// The last component without its extension: `smoke` for `Scenarios/smoke.yaml`.
    public static func stem(of path: String) -> String { FilePath(path).stem ?? "" }

    /// `name` inside `folder` (`folder/name`); `name` alone when `folder` is empty.
    public static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : FilePath(folder).appending(name).string
    }

    /// `path` from the current folder, lexically normal (no `.`, `..`, repeated or trailing slashes): for comparing
    /// two spellings of a path. Symbolic links are not followed.
    public static func absolute(_ path: String) -> String {
        var full = FilePath(path)
        if !full.isAbsolute { full = FilePath(FileManager.default.currentDirectoryPath).pushing(full) }
        return full.lexicallyNormalized().string
    }

    /// Whether `inner` is `outer` or lies below it (both read with `absolute`).
    public static func isWithin(_ inner: String, _ outer: String) -> Bool {
        FilePath(absolute(inner)).starts(with: FilePath(absolute(outer)))
    }
}
