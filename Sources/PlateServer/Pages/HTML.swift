import PlateMarkup

/// Markup helpers of the practice site; every value from a form or the engine is escaped with `HTMLEscaping`.
enum HTML {
    /// A POST form with hidden fields and one submit button.
    static func button(
        _ path: String, _ label: String, fields: [(String, String)] = [], id: String? = nil,
        disabled: Bool = false, classes: String = ""
    ) -> String {
        let hidden = fields.map {
            "<input type=\"hidden\" name=\"\(HTMLEscaping.escape($0.0))\" value=\"\(HTMLEscaping.escape($0.1))\">"
        }.joined()
        let idAttribute = id.map { " id=\"\(HTMLEscaping.escape($0))\"" } ?? ""
        let disabledAttribute = disabled ? " disabled data-blocked=\"1\"" : ""
        return "<form method=\"post\" action=\"\(HTMLEscaping.escape(path))\" class=\"inline\">\(hidden)"
            + "<button type=\"submit\" class=\"\(classes)\"\(idAttribute)\(disabledAttribute)>\(HTMLEscaping.escape(label))</button></form>"
    }
}
