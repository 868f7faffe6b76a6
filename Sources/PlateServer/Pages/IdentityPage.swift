import PlateEngine
import PlateMarkup
import PlateRules

/// Phase 2 step 1 (本人选号手机验证): the code on screen and the confirm button's countdown.
enum IdentityPage {
    static func render(_ w: Writer, box: String, countdownEnds: Instant, at now: Instant, wall: Int64) -> String {
        let code = w.session.identityCode?.practiceCode ?? ""
        let shown =
            w.session.codeRequested
            ? "<div class=\"message ok\">\(w.t("练习模式：短信验证码：", "Practice: the SMS code is")) <strong class=\"sms-code\">\(HTMLEscaping.escape(code))</strong></div>"
            : w.button("getcode", Text("获取验证码", "Get code"), id: "getcode")
        let body = """
            \(box)
            <p>\(w.t("第二阶段 步骤1：请获取并录入手机短信验证码，待“确认”按钮倒计时结束后点击确认。", "Phase 2, step 1: get and enter the SMS code; the confirm button works once its countdown ends."))</p>
            \(shown)
            <form method="post" action="\(w.base)/identity"><label for="code">\(w.t("短信验证码", "SMS code"))</label>
            <input type="text" name="code" id="code" maxlength="16" size="\(max(code.count, 6))" inputmode="numeric" autocomplete="one-time-code" value="\(w.typed("code"))">
            <button type="submit" id="confirm">\(w.t("确认", "Confirm"))</button>
            \(countdownEnds > now ? "(" + w.countdown(until: countdownEnds, at: now, wall: wall, enables: "confirm") + " s)" : "")</form>
            \(w.button("resend", Text("重新获取验证码", "Send a new code"), classes: "secondary")) \(SelectionTabs.leave(w))
            """
        return w.page(Text("本人选号手机验证", "Identity check"), body)
    }
}
