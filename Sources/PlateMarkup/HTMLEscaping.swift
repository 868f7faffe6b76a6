/// Text made safe for XHTML-compatible markup, element content and quoted attribute values alike: the one escaper
/// of the reports and the practice site.
public enum HTMLEscaping {
    /// Escapes `& < > " '` and drops control characters XML forbids, so the page parses as XML too.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                // XML 1.0 allows no C0 controls besides tab and line breaks, nor U+FFFE / U+FFFF.
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
