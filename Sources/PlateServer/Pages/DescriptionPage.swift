import PlateEngine
import PlateRules

/// 服务说明: the service description every trainee starts on, and the page shown when entry is refused.
enum DescriptionPage {
    static func render(_ w: Writer, box: [Notice]) -> String {
        let rules = w.session.engine.books[w.session.region]!.base
        return w.page(
            Text(
                "\(rules.region.name)互联网预选号牌服务说明",
                "Online plate pre-selection: service description (\(rules.region.name))"), .description,
            Model(
                messages: box, open: "\(rules.serviceHours.open)", close: "\(rules.serviceHours.close)",
                situation: w.text(w.session.situation.title), speed: w.session.clock.speed,
                enter: w.button("enter", Text("提交信息，开始模拟选号", "Continue to the practice selection"))))
    }

    struct Model {
        let messages: [Notice]
        let open: String
        let close: String
        let situation: String
        let speed: Int
        let enter: Button

        static let template = #"""
            {{<layout}}{{$body}}
            {{#messages}}{{>notice}}{{/messages}}
            <p>{{#zh}}预选号牌业务包括两个阶段：{{/zh}}{{#en}}Pre-selection has two phases:{{/en}}</p>
            <ol><li>{{#zh}}基本信息录入阶段：选择车管所、阅读业务须知、录入车辆识别代号和选号凭证、短信验证。可在任意时间办理。{{/zh}}{{#en}}Basic information: choose the office, read the business notice, enter the VIN and credential, confirm by SMS. Any time of day.{{/en}}</li>
            <li>{{#zh}}预选号牌阶段：本人手机验证、自编或随机选号、完成预选。服务时间：每日 {{open}}–{{close}}。{{/zh}}{{#en}}Selection: identity check by SMS, self-compose or random selection, done. Service hours: {{open}}–{{close}} daily.{{/en}}</li></ol>
            <p>{{#zh}}异地预选号牌：新车车主、单位用户只能在用户注册地办理；车主/驾驶人用户、窗口注册用户可通过“跳转到其他省市”到其他省市平台预选。{{/zh}}{{#en}}Pre-selecting in another region: new-vehicle owners and organisations only where the account is registered; owner/driver and counter-registered users may jump to another province's platform.{{/en}}</p>
            <p>{{#zh}}情景：{{/zh}}{{#en}}Situation: {{/en}}{{situation}}；{{#zh}}倒计时倍速：{{/zh}}{{#en}}countdown speed: {{/en}}×{{speed}}</p>
            {{#enter}}{{>button}}{{/enter}}
            {{/body}}{{/layout}}
            """#
    }
}

/// The platform refused entry (blacklist, locality, counter signing): the reason and a retry.
enum EntryRefusedPage {
    static func render(_ w: Writer, box: [Notice]) -> String {
        let reason = box.isEmpty ? (w.session.entryRefusal.map { w.outcome(.rejected($0)) } ?? []) : box
        return w.page(
            Text("无法进入预选号牌业务", "Pre-selection is not available to you"), .noticePage,
            NoticePage(messages: reason, button: w.button("enter", Text("重试", "Try again"), classes: "secondary")))
    }
}
