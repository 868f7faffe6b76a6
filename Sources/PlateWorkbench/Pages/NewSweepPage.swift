/// A new sweep: one or two rule values, each over a list or a range, run at every combination with its replications;
/// the runs already in the results store are read, not run.
struct NewSweepPage {
    let layout: WorkbenchLayout
    let scenarios: [NewStudyPage.Option]
    let scenario: String
    let replications: String
    let seed: String
    let axes: [Axis]
    let problems: [String]
    let hasProblems: Bool
    let maxRuns: Int

    struct Axis {
        let number: Int
        let pathField: String
        let valuesField: String
        let options: [NewStudyPage.Option]
        let values: String
        let error: String?
    }

    init(layout: WorkbenchLayout, workbench: Workbench, form: SweepForm, problems: [StudyForm.Problem]) {
        self.layout = layout
        scenarios = workbench.scenarios.map { .init(value: $0, label: $0, selected: $0 == form.scenario) }
        scenario = form.scenario
        replications = form.replications
        seed = form.seed
        var errors: [String: [String]] = [:]
        var general: [String] = []
        for problem in problems {
            if problem.field.hasPrefix("axis") {
                errors[problem.field, default: []].append(problem.message)
            } else {
                general.append(problem.message)
            }
        }
        axes = form.axes.enumerated().map { index, axis in
            let number = index + 1
            let fieldErrors =
                (errors[SweepForm.pathField(number)] ?? []) + (errors[SweepForm.valuesField(number)] ?? [])
            return Axis(
                number: number, pathField: SweepForm.pathField(number), valuesField: SweepForm.valuesField(number),
                options: [.init(value: "", label: number == 1 ? "—" : "— (不变 none)", selected: axis.path.isEmpty)]
                    + RuleFields.all.map { field in
                        .init(
                            value: field.path, label: "\(field.path) — \(field.summary)",
                            selected: field.path == axis.path)
                    },
                values: axis.values, error: fieldErrors.isEmpty ? nil : fieldErrors.joined(separator: "; "))
        }
        self.problems = general
        hasProblems = !general.isEmpty
        maxRuns = SweepForm.maxRuns
    }

    static let template = """
        {{<layout}}{{$body}}<h1>新建扫描 <span lang="en">New sweep</span></h1>
        <p class="hint">一至两项规则取一组值，逐一组合运行；结果库中已有的运行直接读取。 <span lang="en">One or two rule values over a list or a range, every combination run with its replications; runs already in the results store are read, not run.</span></p>
        {{#hasProblems}}<div class="message" role="alert"><ul>{{#problems}}<li>{{.}}</li>{{/problems}}</ul></div>{{/hasProblems}}
        <form method="post" action="/sweeps" class="sweep">{{#layout}}{{>csrf}}{{/layout}}
        <p><label>场景 <span lang="en">Scenario</span> <select name="scenario">{{#scenarios}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/scenarios}}</select></label></p>
        {{#axes}}<p class="axis"><label>规则 {{number}} <span lang="en">Rule {{number}}</span> <select name="{{pathField}}">{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}</select></label>
        <label>取值 <span lang="en">Values</span> <input name="{{valuesField}}" value="{{values}}" size="24" placeholder="10,20,30 或 or 10..30/10"{{#error}} class="invalid" aria-invalid="true"{{/error}}></label>{{#error}}<span class="error">{{.}}</span>{{/error}}</p>{{/axes}}
        <p class="settings"><label>重复次数 <span lang="en">Replications</span> <input name="replications" value="{{replications}}" size="4"></label>
        <label>种子 <span lang="en">Seed</span> <input name="seed" value="{{seed}}" size="20" placeholder="场景的种子 the scenario's"></label>
        <button type="submit">运行扫描 <span lang="en">Run the sweep</span></button></p>
        <p class="hint">至多 {{maxRuns}} 次运行。 <span lang="en">At most {{maxRuns}} runs (points × replications).</span></p></form>
        {{/body}}{{/layout}}
        """
}
