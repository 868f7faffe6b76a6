import PlateMarkup
import PlateRules

/// The pages without a session: the start page and the trainer panel.
enum LandingPage {
    static func render(language: Language, regionName: String) -> String {
        let t = { (zh: String, en: String) in HTMLEscaping.escape(language == .zh ? zh : en) }
        let body = """
            <p>\(t("模拟选号功能与正式选号功能流程完全相同，不校验基础信息的准确性，不保存任何信息，所选号牌号码均无效！",
               "Practice selection runs exactly the real flow, but verifies no basic information, saves nothing, and any number chosen is invalid."))</p>
            <form method="post" action="/start"><input type="hidden" name="lang" value="\(language.rawValue)">
            <button type="submit">\(t("开始模拟选号", "Start a practice selection"))</button></form>
            <p><a href="/trainer?lang=\(language.rawValue)">\(t("培训老师面板", "Trainer panel"))</a></p>
            """
        return Layout.page(
            title: language == .zh ? "\(regionName)模拟选号" : "Practice plate selection (\(regionName))",
            language: language,
            toggle: "<a href=\"/?lang=\(language.other.rawValue)\">\(language == .zh ? "English" : "中文")</a>",
            body: body)
    }

    /// Classes listed per page of the trainer panel, newest first.
    static let classesPerPage = 20

    static func trainer(
        language: Language, sessions: Int, capacity: Int, maxSpeed: Int, classes: [String] = [], page: Int = 1
    ) -> String {
        let t = { (zh: String, en: String) in HTMLEscaping.escape(language == .zh ? zh : en) }
        let situations: [(String, Text)] = [
            ("normal", Situation.normal.title), ("pool_nearly_exhausted", Situation.poolNearlyExhausted.title),
            ("blacklisted", Situation.blacklisted.title),
            ("other_region", Text("异地用户（选择下面的用户类型）", "User from another region (pick the user kind below)")),
            ("outside_service_hours", Situation.outsideServiceHours.title),
            ("self_compose_used_up", Situation.selfComposeUsedUp.title),
            ("popular_going_fast", Situation.popularGoingFast.title),
        ]
        let radios = situations.enumerated().map { n, item in
            "<label><input type=\"radio\" name=\"situation\" value=\"\(item.0)\"\(n == 0 ? " checked" : "")> \(HTMLEscaping.escape(item.1.in(language)))</label>"
        }.joined()
        let kinds = UserKind.allCases.map { kind in
            "<option value=\"\(kind.rawValue)\">\(HTMLEscaping.escape(language == .zh ? kind.chineseName : RejectionMessages.english(kind)))</option>"
        }.joined()
        let speeds = ([1, 2, 5, 10, 30, 60].filter { $0 < maxSpeed } + [maxSpeed])
            .map { "<option value=\"\($0)\"\($0 == 1 ? " selected" : "")>×\($0)</option>" }.joined()
        let body = """
            <p>\(t("选择情景，为学员开始一次模拟选号；学员打开新页面的地址即可练习。", "Pick a situation and start a trainee in it; the trainee practises at the address of the new page."))</p>
            <form method="post" action="/trainer/start"><input type="hidden" name="lang" value="\(language.rawValue)">
            <fieldset><legend>\(t("情景", "Situation"))</legend>\(radios)</fieldset>
            <label>\(t("异地用户类型", "User kind (another region)")) <select name="kind">\(kinds)</select></label>
            <label>\(t("倒计时倍速", "Countdown speed")) <select name="speed">\(speeds)</select></label>
            <p>\(t("倍速也使验证码有效期和服务时间按比例缩短，因此最高 ×\(maxSpeed)：短信验证码在练习中至少有效 \(PracticeSite.shortestCodeWallSeconds) 秒。",
               "Speed also shortens the codes' validity and the service hours, so it goes up to ×\(maxSpeed): an SMS code stays valid for at least \(PracticeSite.shortestCodeWallSeconds) s of practice."))</p>
            <button type="submit">\(t("开始", "Start"))</button></form>
            <h2>\(t("开设班级", "Open a class"))</h2>
            <p>\(t("班级中的每位学员用班级代码加入，在同一情景和倍速下练习，各自有独立的号池环境；您在班级页面看到每位学员的进度。",
               "Each trainee of a class joins with its code and practises in the same situation and speed, each in a world of its own; the class page shows every trainee's progress."))</p>
            <form method="post" action="/trainer/classes"><input type="hidden" name="lang" value="\(language.rawValue)">
            <fieldset><legend>\(t("情景", "Situation"))</legend>\(radios)</fieldset>
            <label>\(t("异地用户类型", "User kind (another region)")) <select name="kind">\(kinds)</select></label>
            <label>\(t("倒计时倍速", "Countdown speed")) <select name="speed">\(speeds)</select></label>
            <label>\(t("学员人数", "Seats")) <input type="number" name="seats" min="1" max="\(PracticeSite.mostSeats)" value="30"></label>
            <button type="submit">\(t("开设班级", "Open the class"))</button></form>
            \(classList(classes, page: page, language: language))
            <p>\(t("当前练习会话：\(sessions) / \(capacity)", "Practice sessions now: \(sessions) / \(capacity)"))</p>
            """
        return Layout.page(
            title: language == .zh ? "培训老师面板" : "Trainer panel", language: language,
            toggle: "<a href=\"/trainer?lang=\(language.other.rawValue)\">\(language == .zh ? "English" : "中文")</a>",
            body: body)
    }

    /// One page of the classes, newest first, with links to the pages before and after.
    static func classList(_ classes: [String], page: Int, language: Language) -> String {
        guard !classes.isEmpty else { return "" }
        let pages = (classes.count + classesPerPage - 1) / classesPerPage
        let shown = min(max(page, 1), pages)
        let newest = Array(classes.reversed())
        let slice = newest[((shown - 1) * classesPerPage)..<min(newest.count, shown * classesPerPage)]
        let items = slice.map { "<li><a href=\"/trainer/classes/\($0)?lang=\(language.rawValue)\">\($0)</a></li>" }
            .joined()
        func link(_ target: Int, _ zh: String, _ en: String) -> String {
            "<a href=\"/trainer?lang=\(language.rawValue)&amp;page=\(target)\" class=\"page-link\">\(language == .zh ? zh : en)</a>"
        }
        let navigation =
            pages == 1
            ? ""
            : "<p class=\"pages\">" + (shown > 1 ? link(shown - 1, "上一页", "Newer") + " " : "")
                + (language == .zh ? "第 \(shown) / \(pages) 页" : "page \(shown) of \(pages)")
                + (shown < pages ? " " + link(shown + 1, "下一页", "Older") : "") + "</p>"
        return "<ul class=\"classes\">\(items)</ul>\(navigation)"
    }
}
