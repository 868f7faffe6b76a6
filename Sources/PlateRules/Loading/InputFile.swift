import Foundation

/// Reads input files as UTF-8 text.
public enum InputFile {
    /// The largest input read; PlateLab files are a few kilobytes.
    public static let maxBytes = 8 << 20

    /// The text of `path`, or why it cannot be read. Only regular files are read, so a path such as
    /// /dev/zero or a pipe named in a scenario cannot hang the loader.
    public static func text(at path: String) throws(InputError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw InputError(file: path, reason: "is a directory") }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard attributes?[.type] as? FileAttributeType == .typeRegular else {
            throw InputError(file: path, reason: "not a regular file")
        }
        if let size = attributes?[.size] as? Int, size > maxBytes {
            throw InputError(file: path, reason: "larger than \(maxBytes >> 20) MiB")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, reason: "permission denied or unreadable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: path, reason: "not UTF-8 text")
        }
        return text
    }
}
