import PlateRules
import PlateStudies

/// The API's OpenAPI 3.1 document, built from the same names the routes use: the statuses, the scenarios the
/// workbench offers, the rule paths of the form, the limits of the form.
enum OpenAPIDocument {
    static func document(_ workbench: Workbench) -> JSONValue {
        .object([
            ("openapi", .string("3.1.0")),
            (
                "info",
                .object([
                    ("title", .string("PlateLab workbench API")), ("version", .string(PlateLabVersion.current)),
                    (
                        "description",
                        .string(
                            "Submit rule-change studies, poll them and fetch their summaries. Authenticate with an API token from `platelab workbench --new-token NAME`."
                        )
                    ),
                ])
            ),
            ("security", .array([.object([("token", .array([]))])])),
            ("paths", paths()),
            ("components", components(workbench)),
        ])
    }

    static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/components/schemas/\(name)"))]) }

    static func content(_ schema: JSONValue) -> JSONValue {
        .object([("application/json", .object([("schema", schema)]))])
    }

    static func response(_ description: String, _ schema: String) -> JSONValue {
        .object([("description", .string(description)), ("content", content(ref(schema)))])
    }

    static let idParameter: JSONValue = .object([
        ("name", .string("id")), ("in", .string("path")), ("required", .bool(true)),
        ("schema", .object([("type", .string("string")), ("maxLength", .int(32))])),
    ])

    static func operation(
        _ id: String, _ summary: String, parameters: [JSONValue] = [], body: JSONValue? = nil,
        responses: [(String, JSONValue)], secured: Bool = true
    ) -> JSONValue {
        var fields: [(String, JSONValue)] = [("operationId", .string(id)), ("summary", .string(summary))]
        if !parameters.isEmpty { fields.append(("parameters", .array(parameters))) }
        if let body {
            fields.append(("requestBody", .object([("required", .bool(true)), ("content", content(body))])))
        }
        var all = responses
        if secured {
            all.append(("401", response("No API token, or not one of this workbench's.", "Error")))
            fields.append(("security", .array([.object([("token", .array([]))])])))
        } else {
            fields.append(("security", .array([])))
        }
        fields.append(("responses", .object(all)))
        return .object(fields)
    }

    static func paths() -> JSONValue {
        .object([
            (
                "/api/openapi.json",
                .object([
                    (
                        "get",
                        operation(
                            "openapi", "This document.",
                            responses: [
                                (
                                    "200",
                                    .object([
                                        ("description", .string("The OpenAPI document.")),
                                        ("content", content(.object([("type", .string("object"))]))),
                                    ])
                                )
                            ], secured: false)
                    )
                ])
            ),
            (
                "/api/scenarios",
                .object([
                    (
                        "get",
                        operation(
                            "listScenarios", "The scenarios a study may start from.",
                            responses: [("200", response("The scenarios.", "Scenarios"))])
                    )
                ])
            ),
            (
                "/api/rules",
                .object([
                    (
                        "get",
                        operation(
                            "listRules", "The rule values a variant may set, with their meaning and what they take.",
                            responses: [("200", response("The rule fields.", "Rules"))])
                    )
                ])
            ),
            (
                "/api/studies",
                .object([
                    (
                        "get",
                        operation(
                            "listStudies", "Studies, newest first.",
                            parameters: [
                                .object([
                                    ("name", .string("path")), ("in", .string("query")),
                                    ("description", .string("Only studies whose variants change this rule path.")),
                                    ("schema", .object([("type", .string("string")), ("maxLength", .int(200))])),
                                ]),
                                .object([
                                    ("name", .string("limit")), ("in", .string("query")),
                                    (
                                        "schema",
                                        .object([
                                            ("type", .string("integer")), ("minimum", .int(1)), ("maximum", .int(1000)),
                                        ])
                                    ),
                                ]),
                            ],
                            responses: [
                                ("200", response("The studies.", "StudyList")),
                                ("400", response("A query parameter out of range.", "Error")),
                            ])
                    ),
                    (
                        "post",
                        operation(
                            "submitStudy", "Queue a study: the scenario as the baseline, and each variant's changes.",
                            body: ref("StudyRequest"),
                            responses: [
                                ("201", response("Queued (or already stored: it completes at once).", "Study")),
                                (
                                    "400",
                                    response("The study cannot run: every problem, in `check`'s words.", "Refusal")
                                ),
                                ("413", response("The body is too long.", "Error")),
                                ("415", response("The body is not JSON.", "Error")),
                                ("429", response("Too many of the user's studies are queued or running.", "Error")),
                            ])
                    ),
                ])
            ),
            (
                "/api/studies/{id}",
                .object([
                    (
                        "get",
                        operation(
                            "getStudy", "A study: its status, progress and reproducing command.",
                            parameters: [idParameter],
                            responses: [
                                ("200", response("The study.", "Study")), ("404", response("No such study.", "Error")),
                            ])
                    )
                ])
            ),
            (
                "/api/studies/{id}/summary",
                .object([
                    (
                        "get",
                        operation(
                            "getSummary", "A finished study's runs (each run's summary.json) and paired differences.",
                            parameters: [idParameter],
                            responses: [
                                ("200", response("The summary.", "Summary")),
                                ("404", response("No such study.", "Error")),
                                ("409", response("The study is not done.", "Error")),
                            ])
                    )
                ])
            ),
            (
                "/api/studies/{id}/resume",
                .object([
                    (
                        "post",
                        operation(
                            "resumeStudy", "Queue an interrupted, cancelled or failed study again (its author only).",
                            parameters: [idParameter],
                            responses: [
                                ("200", response("Queued again.", "Study")),
                                ("403", response("Not the study's author.", "Error")),
                                ("404", response("No such study.", "Error")),
                                ("409", response("The study is queued, running or done.", "Error")),
                            ])
                    )
                ])
            ),
            (
                "/api/studies/{id}/cancel",
                .object([
                    (
                        "post",
                        operation(
                            "cancelStudy", "Cancel a queued or running study (its author only).",
                            parameters: [idParameter],
                            responses: [
                                ("200", response("Cancelled (or cancelling).", "Study")),
                                ("403", response("Not the study's author.", "Error")),
                                ("404", response("No such study.", "Error")),
                                ("409", response("The study had already settled.", "Error")),
                            ])
                    )
                ])
            ),
        ])
    }

    static func type(_ name: String) -> JSONValue { .object([("type", .string(name))]) }
    static func nullable(_ name: String) -> JSONValue { .object([("type", .array([.string(name), .string("null")]))]) }

    static func object(_ properties: [(String, JSONValue)], required: [String]? = nil, closed: Bool = false)
        -> JSONValue
    {
        var fields: [(String, JSONValue)] = [("type", .string("object")), ("properties", .object(properties))]
        fields.append(("required", .array((required ?? properties.map(\.0)).map(JSONValue.string))))
        if closed { fields.append(("additionalProperties", .bool(false))) }
        return .object(fields)
    }

    static func components(_ workbench: Workbench) -> JSONValue {
        let variant = object(
            [
                (
                    "name",
                    .object([
                        ("type", .string("string")), ("pattern", .string("^[a-z0-9][a-z0-9-]{0,39}$")),
                        (
                            "description",
                            .string("The change file's name without .yaml; the variant's label in the reports.")
                        ),
                    ])
                ),
                (
                    "set",
                    .object([
                        ("type", .string("object")), ("minProperties", .int(1)),
                        (
                            "properties",
                            .object(RuleFields.all.map { ($0.path, JSONSchemaWriter.schema(for: $0.type)) })
                        ),
                        ("additionalProperties", .bool(false)),
                        (
                            "description",
                            .string(
                                "Rule paths (as in a change file) and their new values; GET /api/rules lists them with their meaning."
                            )
                        ),
                    ])
                ),
            ], closed: true)
        let study = object([
            ("id", type("string")), ("link", type("string")), ("author", type("string")),
            ("created_at", .object([("type", .string("string")), ("format", .string("date-time"))])),
            ("scenario", type("string")), ("replications", type("integer")), ("seed", nullable("string")),
            ("precision", nullable("string")),
            (
                "variants",
                .object([
                    ("type", .string("array")),
                    (
                        "items",
                        object([
                            ("name", type("string")),
                            (
                                "set",
                                .object([
                                    ("type", .string("object")), ("additionalProperties", type("string")),
                                ])
                            ),
                        ])
                    ),
                ])
            ),
            (
                "status",
                .object([
                    ("type", .string("string")), ("enum", .array(StudyStatus.allCases.map { .string($0.rawValue) })),
                ])
            ),
            ("done", type("integer")), ("total", type("integer")), ("seconds_left", nullable("integer")),
            ("from_store", type("boolean")), ("exit_status", nullable("integer")), ("message", type("string")),
            ("note", type("string")), ("command", type("string")), ("key", nullable("string")),
        ])
        return .object([
            (
                "securitySchemes",
                .object([("token", .object([("type", .string("http")), ("scheme", .string("bearer"))]))])
            ),
            (
                "schemas",
                .object([
                    ("Error", object([("error", type("string"))])),
                    (
                        "Refusal",
                        object(
                            [
                                ("error", type("string")),
                                (
                                    "errors",
                                    .object([
                                        ("type", .string("array")),
                                        (
                                            "items",
                                            object(
                                                [
                                                    ("field", type("string")), ("variant", nullable("string")),
                                                    ("path", type("string")), ("message", type("string")),
                                                ], required: ["message"])
                                        ),
                                    ])
                                ),
                            ], required: ["error"])
                    ),
                    (
                        "StudyRequest",
                        object(
                            [
                                (
                                    "scenario",
                                    .object([
                                        ("type", .string("string")),
                                        ("enum", .array(workbench.scenarios.map(JSONValue.string))),
                                    ])
                                ),
                                (
                                    "replications",
                                    .object([
                                        ("type", .string("integer")), ("minimum", .int(1)),
                                        ("maximum", .int(StudyForm.maxReplications)),
                                        ("default", .int(StudyForm.defaultReplications)),
                                    ])
                                ),
                                (
                                    "seed",
                                    .object([
                                        ("type", .array([.string("string"), .string("integer"), .string("null")])),
                                        ("pattern", .string("^[0-9]{1,20}$")), ("minimum", .int(0)),
                                    ])
                                ),
                                (
                                    "precision",
                                    .object([
                                        ("type", .array([.string("string"), .string("null")])),
                                        ("pattern", .string(StudyForm.precisionPattern)),
                                        (
                                            "description",
                                            .string(
                                                "Add replications until the paired difference of FIGURE is this precise (FIGURE=X% or FIGURE=X), as `compare --precision`."
                                            )
                                        ),
                                    ])
                                ),
                                (
                                    "variants",
                                    .object([
                                        ("type", .string("array")), ("minItems", .int(1)),
                                        ("maxItems", .int(StudyForm.maxVariants)), ("items", variant),
                                    ])
                                ),
                            ], required: ["scenario", "variants"], closed: true)
                    ),
                    ("Study", study),
                    (
                        "StudyList",
                        object([("studies", .object([("type", .string("array")), ("items", ref("Study"))]))])
                    ),
                    (
                        "Scenarios",
                        object([("scenarios", .object([("type", .string("array")), ("items", type("string"))]))])
                    ),
                    (
                        "Rules",
                        object([
                            (
                                "fields",
                                .object([
                                    ("type", .string("array")),
                                    (
                                        "items",
                                        object([
                                            ("path", type("string")), ("summary", type("string")),
                                            ("expects", type("string")),
                                        ])
                                    ),
                                ])
                            )
                        ])
                    ),
                    (
                        "Summary",
                        object([
                            ("study", ref("Study")),
                            (
                                "runs",
                                .object([("type", .string("object")), ("additionalProperties", nullable("object"))])
                            ),
                            ("differences", type("object")),
                        ])
                    ),
                ])
            ),
        ])
    }
}
