import Foundation

/// Reads input files as UTF-8 text.
public enum InputFile {
    /// The text of `path`, or why it cannot be read.
    public static func text(at path: String) throws(InputError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw InputError(file: path, reason: "is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else { throw InputError(file: path, reason: "permission denied or unreadable") }
        guard let text = String(data: data, encoding: .utf8) else { throw InputError(file: path, reason: "not UTF-8 text") }
        return text
    }
}
