import PlateMarkup
import PlateRules

/// The pages of classes: the trainer's class page and its printable sheet, the join page, the trainer sign-in.
enum ClassPages {
    /// The trainer's class page: the code, and every trainee's step, counts and outcome, reloaded every few seconds.
    static func classPage(_ summary: ClassSummary, language: Language) -> String {
        let t = { (zh: String, en: String) in HTMLEscaping.escape(language == .zh ? zh : en) }
        let rows = summary.trainees.map { p in
            "<tr data-seat=\"\(p.seat)\"><td>\(p.seat)</td><td class=\"stage\">\(HTMLEscaping.escape(p.stage.in(language)))</td>"
                + "<td>\(p.selfComposeLeft.map(String.init) ?? "–")</td><td>\(p.drawsLeft.map(String.init) ?? "–")</td>"
                + "<td>\(p.confirms)</td><td>\(p.draws)</td><td class=\"outcome\">\(HTMLEscaping.escape(p.outcome.in(language)))</td>"
                + "<td>\(p.idleSeconds) s</td><td>"
                + (summary.ended
                    ? ""
                    : HTML.button(
                        "/trainer/classes/\(summary.code)/reset", language == .zh ? "重新开始" : "Start over",
                        fields: [("seat", String(p.seat))], classes: "secondary")) + "</td></tr>"
        }.joined()
        let actions =
            summary.ended
            ? "<p>\(t("本班已结束。", "This class has ended."))</p>"
            : """
            <p>\(HTML.button("/trainer/classes/\(summary.code)/reset", language == .zh ? "全班重新开始" : "Start the whole class over", classes: "secondary"))
            \(HTML.button("/trainer/classes/\(summary.code)/end", language == .zh ? "结束本班" : "End the class"))
            <a href="/trainer/classes/\(summary.code)/print">\(t("打印加入说明", "Printable joining sheet"))</a></p>
            """
        let body = """
            <p>\(t("班级代码", "Class code")): <strong class="class-code">\(summary.code)</strong>
            · \(HTMLEscaping.escape(summary.situation.in(language))) · ×\(summary.speed) · \(summary.trainees.count) / \(summary.seats) \(t("人", "seats"))</p>
            <p>\(t("学员打开本站的“加入班级”页面（/join）并输入代码。本页每5秒刷新。", "Trainees open the site's Join page (/join) and type the code. This page reloads every 5 seconds."))</p>
            <table class="class"><tr><th>\(t("座位", "Seat"))</th><th>\(t("当前步骤", "Step"))</th><th>\(t("剩余自编", "Self-compose left"))</th>
            <th>\(t("剩余随机", "Draws left"))</th><th>\(t("自编确认次数", "Confirms"))</th><th>\(t("随机次数", "Draws"))</th>
            <th>\(t("结果", "Outcome"))</th><th>\(t("未操作", "Idle"))</th><th></th></tr>\(rows)</table>
            \(actions)
            <p><a href="/trainer?lang=\(language.rawValue)">\(t("返回培训老师面板", "Back to the trainer panel"))</a></p>
            """
        return Layout.page(
            title: language == .zh ? "班级 \(summary.code)" : "Class \(summary.code)", language: language, toggle: nil,
            body: body,
            refreshSeconds: summary.ended ? nil : 5)
    }

    /// A sheet to print or project: the address and the code, large.
    static func printSheet(_ summary: ClassSummary, address: String, language: Language) -> String {
        let body = """
            <div class="sheet"><p>模拟选号练习 · Practice plate selection</p>
            <p>1. 打开 Open <strong>\(HTMLEscaping.escape(address))/join</strong></p>
            <p>2. 输入班级代码 Type the class code</p><p class="class-code big">\(summary.code)</p>
            <p>\(HTMLEscaping.escape(summary.situation.zh)) · \(HTMLEscaping.escape(summary.situation.en))</p></div>
            """
        return Layout.page(title: "\(summary.code)", language: language, toggle: nil, body: body)
    }

    /// Where a trainee types the class code.
    static func join(language: Language, problem: Text? = nil) -> String {
        let t = { (zh: String, en: String) in HTMLEscaping.escape(language == .zh ? zh : en) }
        let message =
            problem.map {
                "<div class=\"message invalid\" role=\"alert\">\(HTMLEscaping.escape($0.in(language)))</div>"
            } ?? ""
        let body = """
            \(message)
            <form method="post" action="/join"><input type="hidden" name="lang" value="\(language.rawValue)">
            <label for="code">\(t("班级代码", "Class code"))</label>
            <input type="text" name="code" id="code" maxlength="12" size="10" autocomplete="off" autocapitalize="characters">
            <button type="submit">\(t("加入", "Join"))</button></form>
            """
        return Layout.page(
            title: language == .zh ? "加入班级" : "Join a class", language: language,
            toggle: "<a href=\"/join?lang=\(language.other.rawValue)\">\(language == .zh ? "English" : "中文")</a>",
            body: body)
    }

    /// The trainer sign-in: the password `platelab serve` printed.
    static func signIn(language: Language, problem: Text? = nil) -> String {
        let t = { (zh: String, en: String) in HTMLEscaping.escape(language == .zh ? zh : en) }
        let body =
            (problem.map { "<div class=\"message invalid\" role=\"alert\">\(t($0.zh, $0.en))</div>" } ?? "") + """
                <p>\(t("请输入启动本站时控制台显示的培训老师密码。", "Enter the trainer password the console showed when the site started."))</p>
                <form method="post" action="/trainer/login"><input type="hidden" name="lang" value="\(language.rawValue)">
                <label for="password">\(t("培训老师密码", "Trainer password"))</label>
                <input type="password" name="password" id="password" maxlength="128" autocomplete="current-password">
                <button type="submit">\(t("登录", "Sign in"))</button></form>
                """
        return Layout.page(
            title: language == .zh ? "培训老师登录" : "Trainer sign-in", language: language, toggle: nil, body: body)
    }
}
