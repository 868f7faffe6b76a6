import PlateEngine
import PlateMarkup
import PlateRules

/// Phase 1 (基本信息 → 确认信息 → 选号服务说明) as pages.
enum PhaseOnePages {
    /// Step 1: the office and vehicle kind, each office with a link to its published pool.
    static func office(_ w: Writer, box: String, at now: Instant) -> String {
        let rules = w.session.rules(at: now)
        var rows = ""
        for (n, office) in rules.offices.enumerated() {
            let kinds = rules.pools.filter { office.pools.contains($0.id) }.map(\.vehicle)
            let links = kinds.map {
                "<a href=\"\(w.base)/pool?office=\(HTMLEscaping.escape(office.id))&amp;vehicle=\($0.rawValue)\">\(w.t("号池公示", "published pool"))·\(w.t(Text($0.chineseName, RejectionMessages.english($0))))</a>"
            }
            rows +=
                "<label><input type=\"radio\" name=\"office\" value=\"\(HTMLEscaping.escape(office.id))\"\(n == 0 ? " checked" : "")> \(HTMLEscaping.escape(office.name))</label>"
                + "<p>\(links.joined(separator: " · "))</p>"
        }
        let kinds = rules.eligibleVehicles.enumerated().map { n, kind in
            "<label><input type=\"radio\" name=\"vehicle\" value=\"\(kind.rawValue)\"\(n == 0 ? " checked" : "")> \(w.t(Text(kind.chineseName, RejectionMessages.english(kind))))</label>"
        }.joined()
        let body = """
            \(box)
            <p>\(w.t("第一阶段 步骤1：请选择本人办理新车注册登记的车管所和车辆类型。", "Phase 1, step 1: choose the office where the vehicle will be registered, and the vehicle kind."))</p>
            <form method="post" action="\(w.base)/office">
            <fieldset><legend>\(w.t("车管所", "Office"))</legend>\(rows)</fieldset>
            <fieldset><legend>\(w.t("车辆类型", "Vehicle kind"))</legend>\(kinds)</fieldset>
            <button type="submit">\(w.t("下一步", "Next"))</button></form>
            """
        return w.page(Text("基本信息", "Basic information"), body)
    }

    /// The business notice dialog: read and agree.
    static func notice(_ w: Writer, box: String) -> String {
        let text = w.session.officeChoice?.notice ?? ""
        let body =
            box
            + "<div class=\"message ok\"><pre style=\"white-space:pre-wrap\">\(HTMLEscaping.escape(text))</pre></div>"
            + w.button("agree", Text("阅读并同意", "Read and agree"))
        return w.page(Text("业务须知", "Business notice"), body)
    }

    /// Step 2: VIN and credential, with the "?" help on where the VIN is printed.
    static func vehicle(_ w: Writer, box: String) -> String {
        let body = """
            \(box)
            <p>\(w.t("第一阶段 步骤2：请录入车辆识别代号和选号凭证。", "Phase 1, step 2: enter the VIN and the selection credential."))</p>
            <form method="post" action="\(w.base)/vehicle">
            <label>\(w.t("车辆识别代号（车架号）", "VIN (vehicle identification number)"))
            <input type="text" name="vin" id="vin" maxlength="17" size="20" pattern="[0-9A-Za-z]{17}" autocomplete="off" value="\(w.typed("vin"))">
            <details><summary aria-label="\(w.t("车辆识别代号在哪里？", "Where is the VIN?"))">?</summary><div class="message ok">\(VINHelp.drawing(chinese: w.language == .zh))<br>\(w.t(
            "车辆识别代号共17位，由数字和除I、O、Q外的大写字母组成。国产车：见《机动车整车出厂合格证》上的“车辆识别代号/车架号”一栏；进口车：见《货物进口证明书》上的“车架号/车辆识别代号”一栏。车身上一般打刻在前挡风玻璃左下角和车架上。",
            "A VIN has 17 characters: digits and capital letters except I, O and Q. Domestic vehicles: the 'VIN / frame number' field of the certificate of conformity; imported vehicles: the 'frame number / VIN' field of the import certificate. On the car it is usually visible at the lower left of the windscreen and stamped on the frame."))</div></details></label>
            <label for="credential_kind">\(w.t("选号凭证类型", "Credential kind"))</label>
            <select name="credential_kind" id="credential_kind"><option value="certificate">\(w.t("合格证编号", "Certificate-of-conformity number"))</option>
            <option value="import_certificate"\(w.session.typed["credential_kind"] == "import_certificate" ? " selected" : "")>\(w.t("货物进口证明书编号", "Import certificate number"))</option></select>
            <label for="credential">\(w.t("选号凭证编号", "Credential number"))</label>
            <input type="text" name="credential" id="credential" maxlength="32" size="24" autocomplete="off" value="\(w.typed("credential"))">
            <button type="submit">\(w.t("提交", "Submit"))</button></form>
            """
        return w.page(Text("确认信息", "Confirm information"), body)
    }

    /// The confirmation dialog: the SMS code, shown on screen in practice.
    static func confirmCode(_ w: Writer, box: String, at now: Instant, wall: Int64) -> String {
        let s = w.session
        let code = s.codeSent?.practiceCode ?? ""
        let resend =
            s.codeSent.map { sent in
                sent.resendAvailableAt > now
                    ? " (" + w.countdown(until: sent.resendAvailableAt, at: now, wall: wall, enables: "resend") + " s)"
                    : ""
            } ?? ""
        let entry =
            s.codeRequested
            ? """
            <div class="message ok">\(w.t("练习模式：短信验证码直接显示在这里：", "Practice: the SMS code is shown here instead of sent:")) <strong class="sms-code">\(HTMLEscaping.escape(code))</strong></div>
            <form method="post" action="\(w.base)/code"><label for="code">\(w.t("短信验证码", "SMS code"))</label>
            <input type="text" name="code" id="code" maxlength="16" size="\(max(code.count, 6))" inputmode="numeric" autocomplete="one-time-code" value="\(w.typed("code"))">
            <button type="submit">\(w.t("提交", "Submit"))</button></form>
            \(w.button("resend", Text("重新获取验证码", "Send a new code"), id: "resend", classes: "secondary"))\(resend)
            """
            : "<p>"
                + w.t(
                    "确认无误后，请点击“获取验证码”，验证码将发送到注册手机。",
                    "If it is right, press “Get code”: the code goes to the registered phone.")
                + "</p>" + w.button("getcode", Text("获取验证码", "Get code"), id: "getcode")
        let body = """
            \(box)
            <p>\(w.t("请再次确认信息准确无误：", "Please check the information once more:")) \(w.t("车辆识别代号", "VIN")) <code>\(HTMLEscaping.escape(s.practice?.application.vin ?? ""))</code></p>
            \(entry)
            """
        return w.page(Text("确认提交", "Confirm submission"), body)
    }

    /// Step 3: what was submitted; "start selection".
    static func serviceNotes(_ w: Writer, box: String, at now: Instant) -> String {
        let s = w.session
        let rules = s.rules(at: now)
        let notes = s.notes
        let office = rules.offices.first { $0.id == notes?.office }?.name ?? notes?.office ?? ""
        let kind = notes?.vehicle
        let body = """
            \(box)
            <table>
            <tr><th>\(w.t("车管所", "Office"))</th><td>\(HTMLEscaping.escape(office))</td></tr>
            <tr><th>\(w.t("车辆类型", "Vehicle kind"))</th><td>\(kind.map { w.t(Text($0.chineseName, RejectionMessages.english($0))) } ?? "")</td></tr>
            <tr><th>\(w.t("车辆识别代号", "VIN"))</th><td><code>\(HTMLEscaping.escape(notes?.vin ?? ""))</code></td></tr>
            <tr><th>\(w.t("剩余自编次数", "Self-compose chances left"))</th><td class="remaining-self">\(notes?.selfComposeRemaining ?? 0)</td></tr>
            <tr><th>\(w.t("剩余随机次数", "Random draws left"))</th><td class="remaining-draws">\(notes?.drawsRemaining ?? 0)</td></tr>
            </table>
            <p>\(w.t("选号阶段服务时间：每日 \(rules.serviceHours.open)–\(rules.serviceHours.close)。自编选号一次最多输入 \(rules.selfCompose.perConfirm) 个号码，两次确认至少间隔 \(rules.selfCompose.confirmInterval) 秒；随机选号每次 \(rules.random.candidates) 个候选号码，\(rules.random.batchExpires) 秒内有效，备选号码 \(rules.random.backupExpires) 秒内有效。",
                 "Selection hours: \(rules.serviceHours.open)–\(rules.serviceHours.close) daily. Self-compose: up to \(rules.selfCompose.perConfirm) numbers at once, at least \(rules.selfCompose.confirmInterval) s between confirmations. Random: \(rules.random.candidates) candidates per draw, valid \(rules.random.batchExpires) s; a backup is valid \(rules.random.backupExpires) s."))</p>
            <p>\(w.t("练习时间：", "Practice clock: "))\(w.time(now))</p>
            \(w.button("begin", Text("开始选号", "Start selection")))
            """
        return w.page(Text("选号服务说明", "Selection service notes"), body)
    }
}
