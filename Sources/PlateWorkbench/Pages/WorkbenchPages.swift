import Mustache
import PlateMarkup

/// The workbench's templates, each beside the model it renders; every value escaped by `HTMLEscaping`, no
/// raw-output tags (a test keeps it so), Chinese first with English beside.
enum WorkbenchTemplate: String, CaseIterable {
    case layout, csrf, signIn, studyList, newStudy, newSweep, studyPage, message

    var source: String {
        switch self {
        case .layout: WorkbenchLayout.template
        case .csrf: #"<input type="hidden" name="csrf" value="{{csrf}}">"#
        case .signIn: SignInPage.template
        case .studyList: StudyListPage.template
        case .newStudy: NewStudyPage.template
        case .newSweep: NewSweepPage.template
        case .studyPage: StudyPage.template
        case .message: MessagePage.template
        }
    }
}

/// Renders the workbench's pages.
enum WorkbenchPages {
    static let contentTypeName = "PLATE_WORKBENCH_HTML"

    static let library: MustacheLibrary = {
        MustacheContentTypes.register(EscapedWorkbenchHTML(), named: contentTypeName)
        var library = MustacheLibrary()
        for template in WorkbenchTemplate.allCases {
            do {
                try library.register(
                    "{{%CONTENT_TYPE: \(contentTypeName)}}" + template.source, named: template.rawValue)
            } catch {
                preconditionFailure("the workbench's template \(template.rawValue) does not parse: \(error)")
            }
        }
        return library
    }()

    /// A page: `template` (which extends the layout) with `model`.
    static func render(_ template: WorkbenchTemplate, _ model: Any) -> String {
        library.render(model, withTemplate: template.rawValue) ?? ""
    }
}

/// `HTMLEscaping` as a Mustache content type.
struct EscapedWorkbenchHTML: MustacheContentType {
    func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
}

/// What every page shows around its content: the title, who is signed in, and sign-out.
struct WorkbenchLayout {
    let title: String
    /// The signed-in user's name; nil on the sign-in page.
    let user: String?
    let csrf: String

    static let template = """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{layout.title}} · PlateLab 政策工作台</title><link rel="stylesheet" href="/workbench.css">
        <script src="/workbench.js" defer></script></head>
        <body><header><a class="home" href="/">PlateLab 政策工作台 <span lang="en">Policy workbench</span></a>
        {{#layout.user}}<span class="who">{{layout.user}}</span>
        <form method="post" action="/sign-out" class="inline">{{#layout}}{{>csrf}}{{/layout}}<button type="submit">退出 <span lang="en">Sign out</span></button></form>{{/layout.user}}
        </header><main>{{$body}}{{/body}}</main></body></html>
        """
}

/// A page that only says something (a refusal, a study not found).
struct MessagePage {
    let layout: WorkbenchLayout
    let zh: String
    let en: String

    static let template = """
        {{<layout}}{{$body}}<div class="message" role="alert"><p>{{zh}}</p><p lang="en">{{en}}</p></div>
        <p><a href="/">返回研究列表 <span lang="en">Back to the studies</span></a></p>{{/body}}{{/layout}}
        """
}

/// Sign-in: name and password.
struct SignInPage {
    let layout: WorkbenchLayout
    let name: String
    /// Why the last attempt failed, both languages.
    // Stored, not computed: templates read a model's stored properties only.
    let problemZh: String?
    let problemEn: String?

    init(layout: WorkbenchLayout, name: String, problem: (zh: String, en: String)?) {
        self.layout = layout
        self.name = name
        problemZh = problem?.zh
        problemEn = problem?.en
    }

    static let template = """
        {{<layout}}{{$body}}<h1>登录 <span lang="en">Sign in</span></h1>
        {{#problemZh}}<div class="message" role="alert"><p>{{problemZh}}</p><p lang="en">{{problemEn}}</p></div>{{/problemZh}}
        <form method="post" action="/sign-in" class="sign-in">{{#layout}}{{>csrf}}{{/layout}}
        <label>用户名 <span lang="en">User name</span> <input name="name" value="{{name}}" autocomplete="username" required></label>
        <label>密码 <span lang="en">Password</span> <input type="password" name="password" autocomplete="current-password" required></label>
        <button type="submit">登录 <span lang="en">Sign in</span></button></form>
        <p class="hint">账户由管理员用 <code>platelab workbench --add-user 名字</code> 创建。 <span lang="en">Accounts are made with <code>platelab workbench --add-user NAME</code>.</span></p>
        {{/body}}{{/layout}}
        """
}
