/// One study at its stable link: status and progress while it runs, then the comparison, the downloads and the
/// command that reproduces it. Its author may cancel, resume and write its note; anyone signed in may read it and
/// copy it as a new study.
struct StudyPage {
    let layout: WorkbenchLayout
    let id: String
    let author: String
    let date: String
    let scenario: String
    let replications: Int
    let seed: String?
    let statusZh: String
    let statusEn: String
    let statusClass: String
    let message: String
    let variants: [Variant]
    let isAuthor: Bool
    let canCancel: Bool
    let canResume: Bool
    let running: Bool
    let done: Int
    let total: Int
    let percent: Int
    let finished: Bool
    let fromStore: Bool
    let passed: Bool
    let console: [String]
    let command: String
    let note: String
    let copiedFrom: String?
    let summary: [Sentence]
    /// Stored, not computed: templates read a model's stored properties only.
    let hasSummary: Bool
    /// More than one replication: the differences have intervals.
    let replicated: Bool
    let hasMessage: Bool
    let isSweep: Bool
    /// The form filled with this study's values.
    let copyLink: String
    let isCompare: Bool
    /// A sweep's axes as `--vary` takes them.
    let grid: [String]

    struct Variant {
        let name: String
        let file: String
        let link: String
        let changes: [String]
    }

    struct Sentence {
        let zh: String
        let en: String
    }

    static let template = """
        {{<layout}}{{$body}}<h1>研究 <span lang="en">Study</span> <code>{{id}}</code></h1>
        <p class="meta">{{author}} · {{date}} · <code>{{scenario}}</code> · {{replications}} 次重复 <span lang="en">replications</span>{{#seed}} · 种子 <span lang="en">seed</span> {{.}}{{/seed}}
        {{#copiedFrom}} · 复制自 <span lang="en">copied from</span> <a href="/studies/{{.}}">{{.}}</a>{{/copiedFrom}}</p>
        <p class="status {{statusClass}}" id="status">{{statusZh}} <span lang="en">{{statusEn}}</span>{{#fromStore}} · 来自结果库 <span lang="en">from the results store</span>{{/fromStore}}</p>
        {{#hasMessage}}<p class="message">{{message}}</p>{{/hasMessage}}
        {{#running}}<div class="progress" data-progress="/studies/{{id}}/progress"><progress max="{{total}}" value="{{done}}">{{percent}} %</progress>
        <span class="progress-text">{{done}} / {{total}} 次运行 <span lang="en">runs</span></span> <span class="eta"></span></div>{{/running}}
        <div class="actions">{{#canCancel}}<form method="post" action="/studies/{{id}}/cancel" class="inline">{{#layout}}{{>csrf}}{{/layout}}<button type="submit">取消 <span lang="en">Cancel</span></button></form>{{/canCancel}}
        {{#canResume}}<form method="post" action="/studies/{{id}}/resume" class="inline">{{#layout}}{{>csrf}}{{/layout}}<button type="submit">继续运行 <span lang="en">Resume</span></button></form>{{/canResume}}
        <a class="button" href="{{copyLink}}">复制为新研究 <span lang="en">Copy as a new study</span></a>
        <span class="share">分享链接 <span lang="en">Share link</span>: <a href="/studies/{{id}}" id="share-link">/studies/{{id}}</a></span></div>
        {{#isCompare}}<h2>方案 <span lang="en">Variants</span></h2><ul class="variants">{{#variants}}<li><strong>{{name}}</strong> (<a href="{{link}}" download>{{file}}</a>): {{#changes}}<code>{{.}}</code> {{/changes}}</li>{{/variants}}</ul>{{/isCompare}}
        {{#isSweep}}<h2>扫描 <span lang="en">Sweep</span></h2><ul class="grid">{{#grid}}<li><code>{{.}}</code></li>{{/grid}}</ul>{{/isSweep}}
        {{#finished}}{{#isSweep}}
        <pre class="console">{{#console}}{{.}}
        {{/console}}</pre>
        <h2>重现 <span lang="en">Reproduce</span></h2>
        <p>在 PlateLab 文件夹中运行： <span lang="en">In the PlateLab folder, run:</span></p>
        <pre class="command" id="command">{{command}}</pre>
        <p class="downloads"><a href="/studies/{{id}}/command.txt" download>命令 <span lang="en">Command</span></a> ·
        <a href="/studies/{{id}}/scenario" download>场景 <span lang="en">Scenario</span></a> ·
        <a href="/studies/{{id}}/report.zip" download>报告 ZIP <span lang="en">Report ZIP</span></a> ·
        <a href="/studies/{{id}}/report/sweep.csv">sweep.csv</a> · <a href="/studies/{{id}}/report/sweep.md">sweep.md</a> · <a href="/studies/{{id}}/report/sweep.html">sweep.html</a></p>
        <h2>图表与表格 <span lang="en">Charts and table</span></h2>
        <iframe class="report" src="/studies/{{id}}/report/sweep.html" title="sweep.html"></iframe>
        {{/isSweep}}{{/finished}}
        {{#finished}}{{#isCompare}}
        <h2>结论 <span lang="en">Summary</span></h2>
        {{#hasSummary}}<ul class="summary">{{#summary}}<li>{{zh}}<br><span lang="en">{{en}}</span></li>{{/summary}}</ul>{{/hasSummary}}
        {{^hasSummary}}{{#replicated}}<p class="summary">没有明显差异。 <span lang="en">No clear difference.</span></p>{{/replicated}}
        {{^replicated}}<p class="summary">只运行了一次：没有区间，无法判断差异；请多次重复。 <span lang="en">One replication has no interval, so no difference can be judged: run more.</span></p>{{/replicated}}{{/hasSummary}}
        {{^passed}}<p class="message">有运行未满足场景的预期（见下）。 <span lang="en">A run broke the scenario's expectations (see below).</span></p>{{/passed}}
        <pre class="console">{{#console}}{{.}}
        {{/console}}</pre>
        <h2>重现 <span lang="en">Reproduce</span></h2>
        <p>在 PlateLab 文件夹中，把方案文件放在旁边，运行： <span lang="en">In the PlateLab folder, with the variant files beside it, run:</span></p>
        <pre class="command" id="command">{{command}}</pre>
        <p class="downloads"><a href="/studies/{{id}}/command.txt" download>命令 <span lang="en">Command</span></a> ·
        <a href="/studies/{{id}}/scenario" download>场景 <span lang="en">Scenario</span></a> ·
        {{#variants}}<a href="{{link}}" download>{{file}}</a> · {{/variants}}
        <a href="/studies/{{id}}/report.zip" download>报告 ZIP <span lang="en">Report ZIP</span></a> ·
        <a href="/studies/{{id}}/report/compare.md">compare.md</a> · <a href="/studies/{{id}}/report/compare.html">compare.html</a></p>
        <h2>对比 <span lang="en">Comparison</span></h2>
        <iframe class="report" src="/studies/{{id}}/report/compare.html" title="compare.html"></iframe>
        {{/isCompare}}{{/finished}}
        <h2>备注 <span lang="en">Note</span></h2>
        {{#isAuthor}}<form method="post" action="/studies/{{id}}/note">{{#layout}}{{>csrf}}{{/layout}}<textarea name="note" rows="3" cols="80" placeholder="为何运行、决定了什么 Why it was run, what was decided">{{note}}</textarea><br>
        <button type="submit">保存备注 <span lang="en">Save the note</span></button></form>{{/isAuthor}}
        {{^isAuthor}}<p class="note">{{note}}</p>{{/isAuthor}}
        {{/body}}{{/layout}}
        """
}
