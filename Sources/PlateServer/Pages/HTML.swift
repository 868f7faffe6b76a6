/// Escaping for text and attribute values: every value from a form or the engine goes through here.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A POST form with hidden fields and one submit button.
    static func button(_ path: String, _ label: String, fields: [(String, String)] = [], id: String? = nil,
                       disabled: Bool = false, classes: String = "") -> String {
        let hidden = fields.map { "<input type=\"hidden\" name=\"\(escape($0.0))\" value=\"\(escape($0.1))\">" }.joined()
        let idAttribute = id.map { " id=\"\(escape($0))\"" } ?? ""
        let disabledAttribute = disabled ? " disabled data-blocked=\"1\"" : ""
        return "<form method=\"post\" action=\"\(escape(path))\" class=\"inline\">\(hidden)"
            + "<button type=\"submit\" class=\"\(classes)\"\(idAttribute)\(disabledAttribute)>\(escape(label))</button></form>"
    }
}
