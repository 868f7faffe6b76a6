/// Words of a command line written for a POSIX shell (the reproduce lines of reports and `platelab test`).
public enum ShellWord {
    /// A word as a shell reads it back: bare when safe, else in single quotes.
    public static func quoted(_ word: String) -> String {
        word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=,:".contains($0) }
            ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
