import PlateEngine
import PlateRules

/// Phase 2 step 1 (本人选号手机验证): the code on screen and the confirm button's countdown.
enum IdentityPage {
    static func render(_ w: Writer, box: [Notice], countdownEnds: Instant, at now: Instant, wall: Int64) -> String {
        let code = w.session.identityCode?.practiceCode ?? ""
        return w.page(
            Text("本人选号手机验证", "Identity check"), .identity,
            Model(
                messages: box, code: w.session.codeRequested ? code : nil,
                getCode: w.button("getcode", Text("获取验证码", "Get code"), id: "getcode"),
                action: "\(w.base)/identity", size: max(code.count, 6), typed: w.typed("code"),
                confirmCountdown: countdownEnds > now
                    ? w.countdown(until: countdownEnds, at: now, wall: wall, enables: "confirm") : nil,
                resend: w.button("resend", Text("重新获取验证码", "Send a new code"), classes: "secondary"),
                leave: SelectionTabs.leave(w)))
    }

    struct Model {
        let messages: [Notice]
        /// The code on screen once it has been asked for.
        let code: String?
        let getCode: Button
        let action: String
        let size: Int
        let typed: String
        let confirmCountdown: Countdown?
        let resend: Button
        let leave: Button

        static let template = #"""
            {{<layout}}{{$body}}
            {{#messages}}{{>notice}}{{/messages}}
            <p>{{#zh}}第二阶段 步骤1：请获取并录入手机短信验证码，待“确认”按钮倒计时结束后点击确认。{{/zh}}{{#en}}Phase 2, step 1: get and enter the SMS code; the confirm button works once its countdown ends.{{/en}}</p>
            {{#code}}<div class="message ok">{{#zh}}练习模式：短信验证码：{{/zh}}{{#en}}Practice: the SMS code is{{/en}} <strong class="sms-code">{{.}}</strong></div>{{/code}}{{^code}}{{#getCode}}{{>button}}{{/getCode}}{{/code}}
            <form method="post" action="{{action}}">{{>token}}<label for="code">{{#zh}}短信验证码{{/zh}}{{#en}}SMS code{{/en}}</label>
            <input type="text" name="code" id="code" maxlength="16" size="{{size}}" inputmode="numeric" autocomplete="one-time-code" value="{{typed}}">
            <button type="submit" id="confirm">{{#zh}}确认{{/zh}}{{#en}}Confirm{{/en}}</button>
            {{#confirmCountdown}}({{>countdown}} s){{/confirmCountdown}}</form>
            {{#resend}}{{>button}}{{/resend}} {{#leave}}{{>button}}{{/leave}}
            {{/body}}{{/layout}}
            """#
    }
}
