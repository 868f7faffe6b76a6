import PlateEngine
import PlateRules

/// 服务说明: the service description every trainee starts on, and the page shown when entry is refused.
enum DescriptionPage {
    static func render(_ w: Writer, box: String) -> String {
        let rules = w.session.engine.books[w.session.region]!.base
        let hours = rules.serviceHours
        let body = """
            \(box)
            <p>\(w.t("预选号牌业务包括两个阶段：", "Pre-selection has two phases:"))</p>
            <ol><li>\(w.t("基本信息录入阶段：选择车管所、阅读业务须知、录入车辆识别代号和选号凭证、短信验证。可在任意时间办理。",
                      "Basic information: choose the office, read the business notice, enter the VIN and credential, confirm by SMS. Any time of day."))</li>
            <li>\(w.t("预选号牌阶段：本人手机验证、自编或随机选号、完成预选。服务时间：每日 \(hours.open)–\(hours.close)。",
                  "Selection: identity check by SMS, self-compose or random selection, done. Service hours: \(hours.open)–\(hours.close) daily."))</li></ol>
            <p>\(w.t("异地预选号牌：新车车主、单位用户只能在用户注册地办理；车主/驾驶人用户、窗口注册用户可通过“跳转到其他省市”到其他省市平台预选。",
                 "Pre-selecting in another region: new-vehicle owners and organisations only where the account is registered; owner/driver and counter-registered users may jump to another province's platform."))</p>
            <p>\(w.t("情景：", "Situation: "))\(w.t(w.session.situation.title))；\(w.t("倒计时倍速：", "countdown speed: "))×\(w.session.clock.speed)</p>
            \(w.button("enter", Text("提交信息，开始模拟选号", "Continue to the practice selection")))
            """
        return w.page(
            Text(
                "\(rules.region.name)互联网预选号牌服务说明",
                "Online plate pre-selection: service description (\(rules.region.name))"), body)
    }
}

/// The platform refused entry (blacklist, locality, counter signing): the reason and a retry.
enum EntryRefusedPage {
    static func render(_ w: Writer, box: String) -> String {
        let reason = box.isEmpty ? (w.session.entryRefusal.map { w.outcome(.rejected($0)) } ?? "") : box
        return w.page(
            Text("无法进入预选号牌业务", "Pre-selection is not available to you"),
            reason + w.button("enter", Text("重试", "Try again"), classes: "secondary"))
    }
}
