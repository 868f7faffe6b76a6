/// Writes a schema as JSON Schema (draft 2020-12), so YAML editors can complete and check files as they are typed.
public enum JSONSchemaWriter {
    /// The JSON Schema document for `root`.
    public static func document(_ root: SchemaObject, id: String, title: String) -> JSONValue {
        guard case .object(var pairs) = schema(for: .object(root)) else { return .null }
        pairs.insert(
            contentsOf: [
                ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
                ("$id", .string(id)), ("title", .string(title)),
            ], at: 0)
        return .object(pairs)
    }

    /// The JSON Schema of one value of `type` (the workbench's API describes each rule value with it).
    public static func schema(for type: SchemaType) -> JSONValue {
        switch type {
        case .object(let object):
            let properties = object.fields.map { field -> (String, JSONValue) in
                guard case .object(var pairs) = schema(for: field.type) else { return (field.name, .null) }
                pairs.append(("description", .string(field.summary)))
                if let value = field.defaultValue { pairs.append(("default", defaultJSON(value))) }
                if let example = field.example {
                    pairs.append(("examples", .array([exampleJSON(example, field.type)])))
                }
                return (field.name, .object(pairs))
            }
            var pairs: [(String, JSONValue)] = [
                ("type", .string("object")), ("description", .string(object.summary)),
                ("properties", .object(properties)),
            ]
            let required = object.fields.filter(\.required).map { JSONValue.string($0.name) }
            if !required.isEmpty { pairs.append(("required", .array(required))) }
            pairs.append(("additionalProperties", .bool(false)))
            return .object(pairs)
        case .list(let item, let minItems, _):
            var pairs: [(String, JSONValue)] = [("type", .string("array")), ("items", schema(for: item))]
            if minItems > 0 { pairs.append(("minItems", .int(minItems))) }
            return .object(pairs)
        case .text(let form):
            switch form {
            case .exact(let value): return .object([("const", .string(value))])
            case .identifier:
                return .object([("type", .string("string")), ("pattern", .string("^[a-z0-9][a-z0-9_-]*$"))])
            case .singleCharacter:
                return .object([("type", .string("string")), ("minLength", .int(1)), ("maxLength", .int(1))])
            case .characterSet(_, _, true): return .object([("type", .string("string"))])
            case .free, .characterSet: return .object([("type", .string("string")), ("minLength", .int(1))])
            }
        case .integer(let min, let max):
            var pairs: [(String, JSONValue)] = [("type", .string("integer")), ("minimum", .int(min))]
            if let max { pairs.append(("maximum", .int(max))) }
            return .object(pairs)
        case .unsigned:
            return .object([("type", .string("integer")), ("minimum", .int(0)), ("maximum", .unsigned(UInt64.max))])
        case .number(let min, let max):
            return .object([("type", .string("number")), ("minimum", .double(min)), ("maximum", .double(max))])
        case .boolean: return .object([("type", .string("boolean"))])
        case .duration(let units):
            let words = units.flatMap(\.unitWords).joined(separator: "|")
            return .object([("type", .string("string")), ("pattern", .string("^\\s*[0-9]{1,9}\\s*(\(words))\\s*$"))])
        case .date: return pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
        case .dateOrRange: return pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}(\\s*\\.\\.\\s*[0-9]{4}-[0-9]{2}-[0-9]{2})?$")
        case .timeOfDay: return pattern("^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$|^24:00$")
        case .utcOffset: return pattern("^(Z|[+-][0-9]{2}:[0-9]{2})$")
        case .instantOrDate:
            return pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2}))?$")
        case .choice(let words): return .object([("enum", .array(words.map(JSONValue.string)))])
        case .regex: return .object([("type", .string("string")), ("format", .string("regex"))])
        case .serialShape: return pattern("^([DLX]|\\[[A-Z0-9]+\\])+$")
        case .ruleChanges:
            return .object([
                ("type", .string("object")),
                ("propertyNames", .object([("pattern", .string("^[a-z0-9_-]+(\\.[a-z0-9_-]+)*$"))])),
                ("minProperties", .int(1)),
            ])
        case .anyOf(let alternatives): return .object([("anyOf", .array(alternatives.map(schema(for:))))])
        case .localInstant:
            return pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2})?$")
        case .share: return .object([("type", .string("number")), ("minimum", .int(0)), ("maximum", .int(1))])
        case .mapOf(let value):
            return .object([("type", .string("object")), ("additionalProperties", schema(for: value))])
        }
    }

    private static func pattern(_ regex: String) -> JSONValue {
        .object([("type", .string("string")), ("pattern", .string(regex))])
    }

    /// Defaults are YAML text in the schema table; lists and booleans become JSON values.
    private static func defaultJSON(_ text: String) -> JSONValue {
        if text == "true" || text == "false" { return .bool(text == "true") }
        if text == "[]" { return .array([]) }
        if text.hasPrefix("[") {
            return .array(text.dropFirst().dropLast().split(separator: ",").map { .string($0.trimmingSpaces()) })
        }
        return .string(text.hasPrefix("\"") ? String(text.dropFirst().dropLast()) : text)
    }

    private static func exampleJSON(_ text: String, _ type: SchemaType) -> JSONValue {
        switch type {
        case .integer: Int(text).map(JSONValue.int) ?? .string(text)
        case .unsigned: UInt64(text).map(JSONValue.unsigned) ?? .string(text)
        case .boolean: .bool(text == "true")
        default: .string(text)
        }
    }
}

extension RuleDuration.Unit {
    /// The unit words `RuleDuration` accepts for this family, for the JSON Schema pattern.
    var unitWords: [String] {
        switch self {
        case .clock: ["s", "sec", "seconds?", "m", "min", "minutes?", "h", "hours?"]
        case .days: ["d", "days?", "calendar days?", "w", "weeks?"]
        case .workingDays: ["working days?", "workdays?"]
        case .months: ["mo", "months?"]
        case .years: ["y", "years?"]
        }
    }
}
