/// A new study, without YAML: a scenario, the rule values as a form generated from the rule-set schema (each with its
/// meaning, what it takes and its value now) and one column per variant, filled where the variant changes a value.
/// Flags are stored, not computed: templates read a model's stored properties only.
struct NewStudyPage {
    let layout: WorkbenchLayout
    let scenarios: [Option]
    let scenario: String
    let replications: String
    let seed: String
    let precision: String
    let copiedFrom: String?
    let variants: [Variant]
    let fields: [FieldRow]
    /// Findings that concern no one field (the scenario's own, an unreadable file), in `check`'s words.
    let problems: [String]
    let hasProblems: Bool
    /// The link that shows one more variant column.
    let moreVariants: String
    let rulesFile: String
    let datedChanges: Int
    let hasDatedChanges: Bool
    let variantCount: Int
    /// An upload refused: its name and text back (nothing typed is lost) and why, in check's words.
    var uploadName = ""
    var uploadText = ""
    var uploadRulesName = ""
    var uploadRulesText = ""
    var uploadProblems: [String] = []
    var hasUploadProblems = false

    struct Option {
        let value: String
        let label: String
        let selected: Bool
    }

    struct Variant {
        let number: Int
        let field: String
        let name: String
        let error: String?
    }

    struct FieldRow {
        let path: String
        let summary: String
        let expectation: String
        let current: String
        /// The note beside the value in the rule set (`[var] one source says 50`); nil, not "", when none (an
        /// empty string would still open its section).
        let note: String?
        /// Its section's `reference:`.
        let reference: String?
        /// The dated changes that set it later (`from 2027-03-01: 10`).
        let dated: [String]
        let cells: [Cell]
    }

    struct Cell {
        let field: String
        let value: String
        let error: String?
        let invalid: Bool

        init(field: String, value: String, error: String?) {
            self.field = field
            self.value = value
            self.error = error
            invalid = error != nil
        }
    }

    init(
        layout: WorkbenchLayout, scenarios: [Option], scenario: String, replications: String, seed: String,
        precision: String, copiedFrom: String?, variants: [Variant], fields: [FieldRow], problems: [String],
        moreVariants: String,
        rulesFile: String, datedChanges: Int
    ) {
        self.layout = layout
        self.scenarios = scenarios
        self.scenario = scenario
        self.replications = replications
        self.seed = seed
        self.precision = precision
        self.copiedFrom = copiedFrom
        self.variants = variants
        self.fields = fields
        self.problems = problems
        self.moreVariants = moreVariants
        self.rulesFile = rulesFile
        self.datedChanges = datedChanges
        hasProblems = !problems.isEmpty
        hasDatedChanges = datedChanges > 0
        variantCount = variants.count
    }

    static let template = """
        {{<layout}}{{$body}}<h1>新建研究 <span lang="en">New study</span></h1>
        {{#copiedFrom}}<p>复制自研究 <a href="/studies/{{.}}">{{.}}</a> <span lang="en">Copied from a study</span></p>{{/copiedFrom}}
        <form method="get" action="/studies/new" class="choose"><label>场景 <span lang="en">Scenario</span>
        <select name="scenario">{{#scenarios}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/scenarios}}</select></label>
        <input type="hidden" name="variants" value="{{variantCount}}"><button type="submit">选择 <span lang="en">Choose</span></button></form>
        <details class="upload"{{#hasUploadProblems}} open{{/hasUploadProblems}}><summary>上传场景 <span lang="en">Upload a scenario</span></summary>
        <form method="post" action="/uploads" class="upload">{{#layout}}{{>csrf}}{{/layout}}
        <p class="hint">与 <code>platelab check</code> 相同的检查；场景用 <code>rules: regions/…</code> 指向自带的规则集，或用文件名指向一同上传的规则集。 <span lang="en">Checked as <code>platelab check</code> checks it; the scenario names a bundled rule set as <code>rules: regions/…</code>, or the rule set uploaded with it by its file name.</span></p>
        <label>文件名 <span lang="en">File name</span> <input name="name" value="{{uploadName}}" placeholder="my-scenario.yaml" size="24"></label>
        <input type="file" accept=".yaml,.yml" data-fills="upload-text" data-names="name"><br>
        <textarea name="text" id="upload-text" rows="8" cols="100"{{#hasUploadProblems}} class="invalid" aria-invalid="true"{{/hasUploadProblems}}>{{uploadText}}</textarea>
        <br><label>规则集（可选）文件名 <span lang="en">Rule set (optional), file name</span> <input name="rules_name" value="{{uploadRulesName}}" placeholder="my-rules.yaml" size="24"></label>
        <input type="file" accept=".yaml,.yml" data-fills="upload-rules" data-names="rules_name"><br>
        <textarea name="rules_text" id="upload-rules" rows="6" cols="100">{{uploadRulesText}}</textarea>
        {{#hasUploadProblems}}<ul class="error">{{#uploadProblems}}<li>{{.}}</li>{{/uploadProblems}}</ul>{{/hasUploadProblems}}
        <br><button type="submit">上传并检查 <span lang="en">Upload and check</span></button></form></details>
        {{#hasProblems}}<div class="message" role="alert"><p>研究无法运行： <span lang="en">The study cannot run:</span></p><ul>{{#problems}}<li>{{.}}</li>{{/problems}}</ul></div>{{/hasProblems}}
        <form method="post" action="/studies" class="study">{{#layout}}{{>csrf}}{{/layout}}
        <input type="hidden" name="scenario" value="{{scenario}}">{{#copiedFrom}}<input type="hidden" name="copied_from" value="{{.}}">{{/copiedFrom}}
        <p class="settings"><label>重复次数 <span lang="en">Replications</span> <input name="replications" value="{{replications}}" inputmode="numeric" size="4"></label>
        <label>种子 <span lang="en">Seed</span> <input name="seed" value="{{seed}}" inputmode="numeric" size="20" placeholder="场景的种子 the scenario's"></label>
        <label>精度 <span lang="en">Precision</span> <input name="precision" value="{{precision}}" size="26" placeholder="reserved_self_compose=5"></label>
        <button type="submit">运行研究 <span lang="en">Run the study</span></button></p>
        <p class="hint">规则文件 <span lang="en">Rules file</span>: <code>{{rulesFile}}</code>{{#hasDatedChanges}}; 另有 {{datedChanges}} 项定期变更 <span lang="en">{{datedChanges}} dated changes follow; a variant's values apply to every one</span>{{/hasDatedChanges}}.
        空格不变。 <span lang="en">A value left empty stays as it is.</span> <a href="{{moreVariants}}">再加一个方案 <span lang="en">Add a variant</span></a></p>
        <table class="rules"><thead><tr><th>规则 <span lang="en">Rule</span></th><th>现值 <span lang="en">Now</span></th>
        {{#variants}}<th><label>方案 {{number}} <span lang="en">Variant {{number}}</span><br><input name="{{field}}" value="{{name}}" size="14" class="{{#error}}invalid{{/error}}"></label>{{#error}}<span class="error">{{.}}</span>{{/error}}</th>{{/variants}}</tr></thead><tbody>
        {{#fields}}<tr><td><code>{{path}}</code><div class="meaning">{{summary}}</div><div class="expects">{{expectation}}</div></td><td class="now">{{current}}{{#note}}<div class="note">{{.}}</div>{{/note}}{{#dated}}<div class="dated">{{.}}</div>{{/dated}}{{#reference}}<details class="reference"><summary>出处 <span lang="en">reference</span></summary>{{.}}</details>{{/reference}}</td>
        {{#cells}}<td><input name="{{field}}" value="{{value}}" size="12"{{#invalid}} class="invalid" aria-invalid="true"{{/invalid}}>{{#error}}<div class="error">{{.}}</div>{{/error}}</td>{{/cells}}</tr>{{/fields}}
        </tbody></table></form>
        {{/body}}{{/layout}}
        """
}
