/// The expected type of a value in a PlateLab YAML file; one table of these drives validation,
/// defaults, the JSON Schema and the key reference in docs/rule-sets.md, so they cannot drift apart.
public indirect enum SchemaType: Sendable {
    /// A mapping with known keys.
    case object(SchemaObject)
    /// A list; `keyed` lists hold objects with a unique `id`, addressable in dotted paths by it.
    case list(SchemaType, minItems: Int, keyed: Bool)
    /// A string of a given form.
    case text(TextForm)
    /// A whole number within bounds.
    case integer(min: Int, max: Int?)
    /// A 64-bit unsigned whole number (seeds: every value a seed can take).
    case unsigned
    /// A real number within bounds, e.g. a share 0 … 1.
    case number(min: Double, max: Double)
    /// `true` or `false`.
    case boolean
    /// A duration of one of the given unit families (`8s`, `5 working days`, `2y`).
    case duration([RuleDuration.Unit])
    /// `YYYY-MM-DD`.
    case date
    /// `YYYY-MM-DD` or a range `YYYY-MM-DD..YYYY-MM-DD`.
    case dateOrRange
    /// `HH:MM`.
    case timeOfDay
    /// A UTC offset such as `+08:00`.
    case utcOffset
    /// An ISO 8601 instant with offset, or a date (midnight in the region's zone).
    case instantOrDate
    /// One of a fixed set of words.
    case choice([String])
    /// A regular expression matched against the whole value.
    case regex
    /// A plate-serial shape such as `LDDDD` or `[DF]XDDDD`.
    case serialShape
    /// Dotted rule paths mapped to new values (`self_compose.total: 10`).
    case ruleChanges
    /// A value of the first alternative whose shape (scalar, mapping, list) fits the node.
    case anyOf([SchemaType])
    /// A local date-time `YYYY-MM-DDTHH:MM`, with or without an offset (the region's zone when absent).
    case localInstant
    /// A share from 0 to 1, e.g. `0.93`.
    case share
    /// A mapping with free keys (names, metrics) whose values are of one type.
    case mapOf(SchemaType)

    /// Whether a node of this type is written as a mapping, a list or a scalar.
    var shape: YAMLShape {
        switch self {
        case .object, .ruleChanges, .mapOf: .mapping
        case .list: .list
        case .anyOf(let alternatives): alternatives.first?.shape ?? .scalar
        default: .scalar
        }
    }
}

/// How a value is written in YAML.
enum YAMLShape {
    case scalar, mapping, list
}

/// The forms a text value may take.
public enum TextForm: Sendable {
    /// Any non-empty text.
    case free
    /// A lower-case identifier: letters, digits, `-` and `_`.
    case identifier
    /// Exactly this text.
    case exact(String)
    /// Exactly one character, described by `hint` (`冀`, `H`).
    case singleCharacter(hint: String, allowed: @Sendable (Character) -> Bool)
    /// Distinct characters from a class, described by `hint`; `""` only when `allowsEmpty` (to say "none").
    case characterSet(hint: String, allowed: @Sendable (Character) -> Bool, allowsEmpty: Bool = false)
}

/// A mapping type: its fields in documentation order.
public struct SchemaObject: Sendable {
    public let summary: String
    public let fields: [SchemaField]

    public init(_ summary: String, _ fields: [SchemaField]) {
        self.summary = summary
        // Every section may cite its regulation.
        self.fields =
            fields + [
                SchemaField(
                    "reference", .text(.free), optional: nil,
                    "Citation of the local regulation this section follows.")
            ]
    }

    /// The field called `name`.
    public func field(_ name: String) -> SchemaField? { fields.first { $0.name == name } }
}

/// One key of a mapping.
public struct SchemaField: Sendable {
    public let name: String
    public let type: SchemaType
    /// Required keys have no default; optional ones may carry a default written as YAML text.
    public let required: Bool
    public let defaultValue: String?
    public let summary: String
    public let example: String?

    /// A required key.
    public init(_ name: String, _ type: SchemaType, _ summary: String, example: String? = nil) {
        self.name = name
        self.type = type
        self.required = true
        self.defaultValue = nil
        self.summary = summary
        self.example = example
    }

    /// An optional key, with the default used when it is left out (nil: absent means absent).
    public init(
        _ name: String, _ type: SchemaType, optional defaultValue: String?, _ summary: String, example: String? = nil
    ) {
        self.name = name
        self.type = type
        self.required = false
        self.defaultValue = defaultValue
        self.summary = summary
        self.example = example
    }
}
