/// The overlay format `platelab/changes/v1`: a named set of rule changes to try over a rule set.
public enum ChangesSchema {
    /// The `schema:` value an overlay file carries.
    public static let version = "platelab/changes/v1"

    /// The root object of an overlay file.
    public static let root = SchemaObject(
        "Rule changes to try, merged over a rule set.",
        [
            SchemaField("schema", .text(.exact(version)), "Format version; always `\(version)`.", example: version),
            SchemaField("name", .text(.free), optional: nil, "Short label used in reports.", example: "Quota 10"),
            SchemaField("description", .text(.free), optional: nil, "What the change tries and why."),
            SchemaField(
                "set", .ruleChanges, "Dotted rule paths and their new values.", example: "{self_compose.total: 10}"),
        ])
}
