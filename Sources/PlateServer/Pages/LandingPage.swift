import PlateRules

/// The pages without a session: the start page and the trainer panel.
enum LandingPage {
    static func render(language: Language, regionName: String) -> String {
        PageRenderer.page(
            .landing, Start(lang: language.rawValue),
            frame: Frame(
                language: language,
                title: language == .zh ? "\(regionName)模拟选号" : "Practice plate selection (\(regionName))",
                toggleLink: Link.languageSwitch("/", from: language)))
    }

    struct Start {
        let lang: String

        static let template = #"""
            {{<layout}}{{$body}}
            <p>{{#zh}}模拟选号功能与正式选号功能流程完全相同，不校验基础信息的准确性，不保存任何信息，所选号牌号码均无效！{{/zh}}{{#en}}Practice selection runs exactly the real flow, but verifies no basic information, saves nothing, and any number chosen is invalid.{{/en}}</p>
            <form method="post" action="/start"><input type="hidden" name="lang" value="{{lang}}">
            <button type="submit">{{#zh}}开始模拟选号{{/zh}}{{#en}}Start a practice selection{{/en}}</button></form>
            <p><a href="/trainer?lang={{lang}}">{{#zh}}培训老师面板{{/zh}}{{#en}}Trainer panel{{/en}}</a></p>
            {{/body}}{{/layout}}
            """#
    }

    /// Classes listed per page of the trainer panel, newest first.
    static let classesPerPage = 20

    static func trainer(
        language: Language, sessions: Int, capacity: Int, maxSpeed: Int, classes: [String] = [], page: Int = 1
    ) -> String {
        let situations: [(String, Text)] = [
            ("normal", Situation.normal.title), ("pool_nearly_exhausted", Situation.poolNearlyExhausted.title),
            ("blacklisted", Situation.blacklisted.title),
            ("other_region", Text("异地用户（选择下面的用户类型）", "User from another region (pick the user kind below)")),
            ("outside_service_hours", Situation.outsideServiceHours.title),
            ("self_compose_used_up", Situation.selfComposeUsedUp.title),
            ("popular_going_fast", Situation.popularGoingFast.title),
            ("platform_practice", Situation.platformPractice.title),
        ]
        let model = TrainerPanel(
            lang: language.rawValue,
            situations: situations.enumerated().map { n, item in
                TrainerPanel.Choice(value: item.0, name: item.1.in(language), selected: n == 0)
            },
            kinds: UserKind.allCases.map { kind in
                TrainerPanel.Choice(
                    value: kind.rawValue, name: language == .zh ? kind.chineseName : RejectionMessages.english(kind),
                    selected: false)
            },
            speeds: ([1, 2, 5, 10, 30, 60].filter { $0 < maxSpeed } + [maxSpeed]).map {
                TrainerPanel.Choice(value: "\($0)", name: "×\($0)", selected: $0 == 1)
            },
            maxSpeed: maxSpeed, shortestCodeSeconds: PracticeSite.shortestCodeWallSeconds,
            mostSeats: PracticeSite.mostSeats, classList: classList(classes, page: page, language: language),
            sessions: sessions, capacity: capacity)
        return PageRenderer.page(
            .trainer, model,
            frame: Frame(
                language: language, title: language == .zh ? "培训老师面板" : "Trainer panel",
                toggleLink: Link.languageSwitch("/trainer", from: language)))
    }

    struct TrainerPanel {
        /// A radio button or an option.
        struct Choice {
            let value: String
            let name: String
            let selected: Bool
        }

        let lang: String
        let situations: [Choice]
        let kinds: [Choice]
        let speeds: [Choice]
        let maxSpeed: Int
        let shortestCodeSeconds: Int
        let mostSeats: Int
        let classList: ClassList?
        let sessions: Int
        let capacity: Int

        static let template = #"""
            {{<layout}}{{$body}}
            <p>{{#zh}}选择情景，为学员开始一次模拟选号；学员打开新页面的地址即可练习。{{/zh}}{{#en}}Pick a situation and start a trainee in it; the trainee practises at the address of the new page.{{/en}}</p>
            <form method="post" action="/trainer/start"><input type="hidden" name="lang" value="{{lang}}">
            {{>trainerChoices}}
            <p>{{#zh}}倍速也使验证码有效期和服务时间按比例缩短，因此最高 ×{{maxSpeed}}：短信验证码在练习中至少有效 {{shortestCodeSeconds}} 秒。{{/zh}}{{#en}}Speed also shortens the codes' validity and the service hours, so it goes up to ×{{maxSpeed}}: an SMS code stays valid for at least {{shortestCodeSeconds}} s of practice.{{/en}}</p>
            <button type="submit">{{#zh}}开始{{/zh}}{{#en}}Start{{/en}}</button></form>
            <h2>{{#zh}}开设班级{{/zh}}{{#en}}Open a class{{/en}}</h2>
            <p>{{#zh}}班级中的每位学员用班级代码加入，在同一情景和倍速下练习，各自有独立的号池环境；您在班级页面看到每位学员的进度。{{/zh}}{{#en}}Each trainee of a class joins with its code and practises in the same situation and speed, each in a world of its own; the class page shows every trainee's progress.{{/en}}</p>
            <form method="post" action="/trainer/classes"><input type="hidden" name="lang" value="{{lang}}">
            {{>trainerChoices}}
            <label>{{#zh}}学员人数{{/zh}}{{#en}}Seats{{/en}} <input type="number" name="seats" min="1" max="{{mostSeats}}" value="30"></label>
            <button type="submit">{{#zh}}开设班级{{/zh}}{{#en}}Open the class{{/en}}</button></form>
            {{#classList}}{{>classList}}{{/classList}}
            <p>{{#zh}}当前练习会话：{{sessions}} / {{capacity}}{{/zh}}{{#en}}Practice sessions now: {{sessions}} / {{capacity}}{{/en}}</p>
            {{/body}}{{/layout}}
            """#

        /// The situation, user kind and speed, the same in both of the panel's forms.
        static let choicesTemplate = #"""
            <fieldset><legend>{{#zh}}情景{{/zh}}{{#en}}Situation{{/en}}</legend>{{#situations}}<label><input type="radio" name="situation" value="{{value}}"{{#selected}} checked{{/selected}}> {{name}}</label>{{/situations}}</fieldset>
            <label>{{#zh}}异地用户类型{{/zh}}{{#en}}User kind (another region){{/en}} <select name="kind">{{#kinds}}<option value="{{value}}">{{name}}</option>{{/kinds}}</select></label>
            <label>{{#zh}}倒计时倍速{{/zh}}{{#en}}Countdown speed{{/en}} <select name="speed">{{#speeds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/speeds}}</select></label>
            """#
    }

    /// One page of the classes, newest first, with links to the pages before and after; nil without classes.
    static func classList(_ classes: [String], page: Int, language: Language) -> ClassList? {
        guard !classes.isEmpty else { return nil }
        let pages = (classes.count + classesPerPage - 1) / classesPerPage
        let shown = min(max(page, 1), pages)
        let newest = Array(classes.reversed())
        let slice = newest[((shown - 1) * classesPerPage)..<min(newest.count, shown * classesPerPage)]
        return ClassList(
            classes: slice.map { Link(href: "/trainer/classes/\($0)?lang=\(language.rawValue)", label: $0) },
            pages: pages, shown: shown, several: pages > 1,
            newer: shown > 1 ? "/trainer?lang=\(language.rawValue)&page=\(shown - 1)" : nil,
            older: shown < pages ? "/trainer?lang=\(language.rawValue)&page=\(shown + 1)" : nil)
    }

    struct ClassList {
        let classes: [Link]
        let pages: Int
        let shown: Int
        let several: Bool
        let newer: String?
        let older: String?

        static let template = #"""
            <ul class="classes">{{#classes}}<li><a href="{{href}}">{{label}}</a></li>{{/classes}}</ul>{{#several}}<p class="pages">{{#.newer}}<a href="{{.}}" class="page-link">{{#zh}}上一页{{/zh}}{{#en}}Newer{{/en}}</a> {{/.newer}}{{#zh}}第 {{shown}} / {{pages}} 页{{/zh}}{{#en}}page {{shown}} of {{pages}}{{/en}}{{#.older}} <a href="{{.}}" class="page-link">{{#zh}}下一页{{/zh}}{{#en}}Older{{/en}}</a>{{/.older}}</p>{{/several}}
            """#
    }
}
