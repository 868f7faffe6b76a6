import PlateRules

/// The pages of classes: the trainer's class page and its printable sheet, the join page, the trainer sign-in.
enum ClassPages {
    /// The trainer's class page: the code, and every trainee's step, counts and outcome, reloaded every few seconds.
    static func classPage(_ summary: ClassSummary, language: Language) -> String {
        let base = "/trainer/classes/\(summary.code)"
        let zh = language == .zh
        let model = ClassPage(
            code: summary.code, situation: summary.situation.in(language), speed: summary.speed,
            joined: summary.trainees.count, seats: summary.seats,
            rows: summary.trainees.map { p in
                ClassPage.Row(
                    seat: p.seat, stage: p.stage.in(language),
                    selfComposeLeft: p.selfComposeLeft.map(String.init) ?? "–",
                    drawsLeft: p.drawsLeft.map(String.init) ?? "–", confirms: p.confirms, draws: p.draws,
                    outcome: p.outcome.in(language), idleSeconds: p.idleSeconds,
                    reset: summary.ended
                        ? nil
                        : Button(
                            action: "\(base)/reset", label: zh ? "重新开始" : "Start over",
                            fields: [HiddenField(name: "seat", value: String(p.seat))], classes: "secondary"))
            },
            ended: summary.ended,
            resetAll: Button(
                action: "\(base)/reset", label: zh ? "全班重新开始" : "Start the whole class over", classes: "secondary"),
            end: Button(action: "\(base)/end", label: zh ? "结束本班" : "End the class"), print: "\(base)/print",
            back: "/trainer?lang=\(language.rawValue)")
        return PageRenderer.page(
            .classPage, model,
            frame: Frame(
                language: language, title: zh ? "班级 \(summary.code)" : "Class \(summary.code)",
                refreshSeconds: summary.ended ? nil : 5))
    }

    struct ClassPage {
        struct Row {
            let seat: Int
            let stage: String
            let selfComposeLeft: String
            let drawsLeft: String
            let confirms: Int
            let draws: Int
            let outcome: String
            let idleSeconds: Int
            /// Start this seat over, while the class runs.
            let reset: Button?
        }

        let code: String
        let situation: String
        let speed: Int
        let joined: Int
        let seats: Int
        let rows: [Row]
        let ended: Bool
        let resetAll: Button
        let end: Button
        let print: String
        let back: String

        static let template = #"""
            {{<layout}}{{$body}}
            <p>{{#zh}}班级代码{{/zh}}{{#en}}Class code{{/en}}: <strong class="class-code">{{code}}</strong>
            · {{situation}} · ×{{speed}} · {{joined}} / {{seats}} {{#zh}}人{{/zh}}{{#en}}seats{{/en}}</p>
            <p>{{#zh}}学员打开本站的“加入班级”页面（/join）并输入代码。本页每5秒刷新。{{/zh}}{{#en}}Trainees open the site's Join page (/join) and type the code. This page reloads every 5 seconds.{{/en}}</p>
            <table class="class"><tr><th>{{#zh}}座位{{/zh}}{{#en}}Seat{{/en}}</th><th>{{#zh}}当前步骤{{/zh}}{{#en}}Step{{/en}}</th><th>{{#zh}}剩余自编{{/zh}}{{#en}}Self-compose left{{/en}}</th>
            <th>{{#zh}}剩余随机{{/zh}}{{#en}}Draws left{{/en}}</th><th>{{#zh}}自编确认次数{{/zh}}{{#en}}Confirms{{/en}}</th><th>{{#zh}}随机次数{{/zh}}{{#en}}Draws{{/en}}</th>
            <th>{{#zh}}结果{{/zh}}{{#en}}Outcome{{/en}}</th><th>{{#zh}}未操作{{/zh}}{{#en}}Idle{{/en}}</th><th></th></tr>{{#rows}}<tr data-seat="{{seat}}"><td>{{seat}}</td><td class="stage">{{stage}}</td><td>{{selfComposeLeft}}</td><td>{{drawsLeft}}</td><td>{{confirms}}</td><td>{{draws}}</td><td class="outcome">{{outcome}}</td><td>{{idleSeconds}} s</td><td>{{#.reset}}{{>button}}{{/.reset}}</td></tr>{{/rows}}</table>
            {{#ended}}<p>{{#zh}}本班已结束。{{/zh}}{{#en}}This class has ended.{{/en}}</p>{{/ended}}
            {{^ended}}
            <p>{{#resetAll}}{{>button}}{{/resetAll}}
            {{#end}}{{>button}}{{/end}}
            <a href="{{print}}">{{#zh}}打印加入说明{{/zh}}{{#en}}Printable joining sheet{{/en}}</a></p>
            {{/ended}}
            <p><a href="{{back}}">{{#zh}}返回培训老师面板{{/zh}}{{#en}}Back to the trainer panel{{/en}}</a></p>
            {{/body}}{{/layout}}
            """#
    }

    /// A sheet to print or project: the address and the code, large.
    static func printSheet(_ summary: ClassSummary, address: String, language: Language) -> String {
        PageRenderer.page(
            .printSheet,
            PrintSheet(
                address: address, code: summary.code, situationZh: summary.situation.zh,
                situationEn: summary.situation.en),
            frame: Frame(language: language, title: summary.code))
    }

    struct PrintSheet {
        let address: String
        let code: String
        let situationZh: String
        let situationEn: String

        /// Both languages at once: the sheet is put up before a mixed room.
        static let template = #"""
            {{<layout}}{{$body}}
            <div class="sheet"><p>模拟选号练习 · Practice plate selection</p>
            <p>1. 打开 Open <strong>{{address}}/join</strong></p>
            <p>2. 输入班级代码 Type the class code</p><p class="class-code big">{{code}}</p>
            <p>{{situationZh}} · {{situationEn}}</p></div>
            {{/body}}{{/layout}}
            """#
    }

    /// Where a trainee types the class code.
    static func join(language: Language, problem: Text? = nil) -> String {
        PageRenderer.page(
            .join, SignIn(messages: problems(problem, language), lang: language.rawValue),
            frame: Frame(
                language: language, title: language == .zh ? "加入班级" : "Join a class",
                toggleLink: Link.languageSwitch("/join", from: language)))
    }

    /// The trainer sign-in: the password `platelab serve` printed.
    static func signIn(language: Language, problem: Text? = nil) -> String {
        PageRenderer.page(
            .signIn, SignIn(messages: problems(problem, language), lang: language.rawValue),
            frame: Frame(language: language, title: language == .zh ? "培训老师登录" : "Trainer sign-in"))
    }

    private static func problems(_ problem: Text?, _ language: Language) -> [Notice] {
        problem.map { [Notice(classes: "invalid", role: "alert", reason: nil, text: $0.in(language))] } ?? []
    }

    /// The join and sign-in pages: a problem with what was typed, if any, and a form of one field.
    struct SignIn {
        let messages: [Notice]
        let lang: String

        static let joinTemplate = #"""
            {{<layout}}{{$body}}
            {{#messages}}{{>notice}}{{/messages}}
            <form method="post" action="/join"><input type="hidden" name="lang" value="{{lang}}">
            <label for="code">{{#zh}}班级代码{{/zh}}{{#en}}Class code{{/en}}</label>
            <input type="text" name="code" id="code" maxlength="12" size="10" autocomplete="off" autocapitalize="characters">
            <button type="submit">{{#zh}}加入{{/zh}}{{#en}}Join{{/en}}</button></form>
            {{/body}}{{/layout}}
            """#

        static let signInTemplate = #"""
            {{<layout}}{{$body}}
            {{#messages}}{{>notice}}{{/messages}}
            <p>{{#zh}}请输入启动本站时控制台显示的培训老师密码。{{/zh}}{{#en}}Enter the trainer password the console showed when the site started.{{/en}}</p>
            <form method="post" action="/trainer/login"><input type="hidden" name="lang" value="{{lang}}">
            <label for="password">{{#zh}}培训老师密码{{/zh}}{{#en}}Trainer password{{/en}}</label>
            <input type="password" name="password" id="password" maxlength="128" autocomplete="current-password">
            <button type="submit">{{#zh}}登录{{/zh}}{{#en}}Sign in{{/en}}</button></form>
            {{/body}}{{/layout}}
            """#
    }
}
