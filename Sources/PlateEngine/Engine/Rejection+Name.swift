extension Rejection {
    /// The reason as written in scenarios and reports: the case name in snake_case (`all_taken`).
    public var name: String {
        let label = Mirror(reflecting: self).children.first?.label ?? String(describing: self)
        // A capital after a lower-case letter starts a word; runs of capitals (VIN) stay one word.
        var out = ""
        var previous: Character?
        for character in label {
            if character.isUppercase, let p = previous, p.isLowercase || p.isNumber { out += "_" }
            out += character.lowercased()
            previous = character
        }
        return out
    }
}
