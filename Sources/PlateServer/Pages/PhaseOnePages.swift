import PlateEngine
import PlateRules

/// Phase 1 (基本信息 → 确认信息 → 选号服务说明) as pages.
enum PhaseOnePages {
    /// Step 1: the office and vehicle kind, each office with a link to its published pool.
    static func office(_ w: Writer, box: [Notice], at now: Instant) -> String {
        let rules = w.session.rules(at: now)
        let offices = rules.offices.enumerated().map { n, office in
            let kinds = rules.pools.filter { office.pools.contains($0.id) }.map(\.vehicle)
            return OfficeChoice.Office(
                id: office.id, name: office.name, checked: n == 0,
                pools: kinds.map { kind in
                    Link(
                        href: "\(w.base)/pool?office=\(office.id)&vehicle=\(kind.rawValue)",
                        label: w.text("号池公示", "published pool") + "·" + w.name(kind))
                })
        }
        let kinds = rules.eligibleVehicles.enumerated().map { n, kind in
            OfficeChoice.Kind(value: kind.rawValue, name: w.name(kind), checked: n == 0)
        }
        return w.page(
            Text("基本信息", "Basic information"), .office,
            OfficeChoice(messages: box, action: "\(w.base)/office", offices: offices, kinds: kinds))
    }

    struct OfficeChoice {
        struct Office {
            let id: String
            let name: String
            let checked: Bool
            let pools: [Link]
        }

        struct Kind {
            let value: String
            let name: String
            let checked: Bool
        }

        let messages: [Notice]
        let action: String
        let offices: [Office]
        let kinds: [Kind]

        static let template = #"""
            {{<layout}}{{$body}}
            {{#messages}}{{>notice}}{{/messages}}
            <p>{{#zh}}第一阶段 步骤1：请选择本人办理新车注册登记的车管所和车辆类型。{{/zh}}{{#en}}Phase 1, step 1: choose the office where the vehicle will be registered, and the vehicle kind.{{/en}}</p>
            <form method="post" action="{{action}}">{{>token}}
            <fieldset><legend>{{#zh}}车管所{{/zh}}{{#en}}Office{{/en}}</legend>{{#offices}}<label><input type="radio" name="office" value="{{id}}"{{#checked}} checked{{/checked}}> {{name}}</label><p>{{#pools}}<a href="{{href}}">{{label}}</a>{{^last()}} · {{/last()}}{{/pools}}</p>{{/offices}}</fieldset>
            <fieldset><legend>{{#zh}}车辆类型{{/zh}}{{#en}}Vehicle kind{{/en}}</legend>{{#kinds}}<label><input type="radio" name="vehicle" value="{{value}}"{{#checked}} checked{{/checked}}> {{name}}</label>{{/kinds}}</fieldset>
            <button type="submit">{{#zh}}下一步{{/zh}}{{#en}}Next{{/en}}</button></form>
            {{/body}}{{/layout}}
            """#
    }

    /// The business notice dialog: read and agree.
    static func notice(_ w: Writer, box: [Notice]) -> String {
        w.page(
            Text("业务须知", "Business notice"), .businessNotice,
            BusinessNotice(
                messages: box, notice: w.session.officeChoice?.notice ?? "",
                agree: w.button("agree", Text("阅读并同意", "Read and agree"))))
    }

    struct BusinessNotice {
        let messages: [Notice]
        let notice: String
        let agree: Button

        static let template = #"""
            {{<layout}}{{$body}}
            {{#messages}}{{>notice}}{{/messages}}
            <div class="message ok"><pre style="white-space:pre-wrap">{{notice}}</pre></div>
            {{#agree}}{{>button}}{{/agree}}
            {{/body}}{{/layout}}
            """#
    }

    /// Step 2: VIN and credential, with the "?" help on where the VIN is printed.
    static func vehicle(_ w: Writer, box: [Notice]) -> String {
        w.page(
            Text("确认信息", "Confirm information"), .vehicle,
            VehicleEntry(
                messages: box, action: "\(w.base)/vehicle", vin: w.typed("vin"), credential: w.typed("credential"),
                importCertificate: w.session.typed["credential_kind"] == "import_certificate"))
    }

    struct VehicleEntry {
        let messages: [Notice]
        let action: String
        let vin: String
        let credential: String
        let importCertificate: Bool

        static let template = #"""
            {{<layout}}{{$body}}
            {{#messages}}{{>notice}}{{/messages}}
            <p>{{#zh}}第一阶段 步骤2：请录入车辆识别代号和选号凭证。{{/zh}}{{#en}}Phase 1, step 2: enter the VIN and the selection credential.{{/en}}</p>
            <form method="post" action="{{action}}">{{>token}}
            <label>{{#zh}}车辆识别代号（车架号）{{/zh}}{{#en}}VIN (vehicle identification number){{/en}}
            <input type="text" name="vin" id="vin" maxlength="17" size="20" pattern="[0-9A-Za-z]{17}" autocomplete="off" value="{{vin}}">
            <details><summary aria-label="{{#zh}}车辆识别代号在哪里？{{/zh}}{{#en}}Where is the VIN?{{/en}}">?</summary><div class="message ok">{{>vinHelp}}<br>{{#zh}}车辆识别代号共17位，由数字和除I、O、Q外的大写字母组成。国产车：见《机动车整车出厂合格证》上的“车辆识别代号/车架号”一栏；进口车：见《货物进口证明书》上的“车架号/车辆识别代号”一栏。车身上一般打刻在前挡风玻璃左下角和车架上。{{/zh}}{{#en}}A VIN has 17 characters: digits and capital letters except I, O and Q. Domestic vehicles: the 'VIN / frame number' field of the certificate of conformity; imported vehicles: the 'frame number / VIN' field of the import certificate. On the car it is usually visible at the lower left of the windscreen and stamped on the frame.{{/en}}</div></details></label>
            <label for="credential_kind">{{#zh}}选号凭证类型{{/zh}}{{#en}}Credential kind{{/en}}</label>
            <select name="credential_kind" id="credential_kind"><option value="certificate">{{#zh}}合格证编号{{/zh}}{{#en}}Certificate-of-conformity number{{/en}}</option>
            <option value="import_certificate"{{#importCertificate}} selected{{/importCertificate}}>{{#zh}}货物进口证明书编号{{/zh}}{{#en}}Import certificate number{{/en}}</option></select>
            <label for="credential">{{#zh}}选号凭证编号{{/zh}}{{#en}}Credential number{{/en}}</label>
            <input type="text" name="credential" id="credential" maxlength="32" size="24" autocomplete="off" value="{{credential}}">
            <button type="submit">{{#zh}}提交{{/zh}}{{#en}}Submit{{/en}}</button></form>
            {{/body}}{{/layout}}
            """#
    }

    /// The confirmation dialog: the SMS code, shown on screen in practice.
    static func confirmCode(_ w: Writer, box: [Notice], at now: Instant, wall: Int64) -> String {
        let s = w.session
        let code = s.codeSent?.practiceCode ?? ""
        let entry = CodeConfirmation.Entry(
            code: code, action: "\(w.base)/code", typed: w.typed("code"), size: max(code.count, 6),
            resend: w.button("resend", Text("重新获取验证码", "Send a new code"), id: "resend", classes: "secondary"),
            resendCountdown: s.codeSent.flatMap { sent in
                sent.resendAvailableAt > now
                    ? w.countdown(until: sent.resendAvailableAt, at: now, wall: wall, enables: "resend") : nil
            })
        return w.page(
            Text("确认提交", "Confirm submission"), .confirmCode,
            CodeConfirmation(
                messages: box, vin: s.practice?.application.vin ?? "", entry: s.codeRequested ? entry : nil,
                getCode: w.button("getcode", Text("获取验证码", "Get code"), id: "getcode")))
    }

    struct CodeConfirmation {
        struct Entry {
            let code: String
            let action: String
            let typed: String
            let size: Int
            let resend: Button
            let resendCountdown: Countdown?
        }

        let messages: [Notice]
        let vin: String
        /// The code's entry once it has been asked for; "get code" before.
        let entry: Entry?
        let getCode: Button

        static let template = #"""
            {{<layout}}{{$body}}
            {{#messages}}{{>notice}}{{/messages}}
            <p>{{#zh}}请再次确认信息准确无误：{{/zh}}{{#en}}Please check the information once more:{{/en}} {{#zh}}车辆识别代号{{/zh}}{{#en}}VIN{{/en}} <code>{{vin}}</code></p>
            {{#entry}}
            <div class="message ok">{{#zh}}练习模式：短信验证码直接显示在这里：{{/zh}}{{#en}}Practice: the SMS code is shown here instead of sent:{{/en}} <strong class="sms-code">{{code}}</strong></div>
            <form method="post" action="{{action}}">{{>token}}<label for="code">{{#zh}}短信验证码{{/zh}}{{#en}}SMS code{{/en}}</label>
            <input type="text" name="code" id="code" maxlength="16" size="{{size}}" inputmode="numeric" autocomplete="one-time-code" value="{{typed}}">
            <button type="submit">{{#zh}}提交{{/zh}}{{#en}}Submit{{/en}}</button></form>
            {{#resend}}{{>button}}{{/resend}}{{#.resendCountdown}} ({{>countdown}} s){{/.resendCountdown}}
            {{/entry}}
            {{^entry}}
            <p>{{#zh}}确认无误后，请点击“获取验证码”，验证码将发送到注册手机。{{/zh}}{{#en}}If it is right, press “Get code”: the code goes to the registered phone.{{/en}}</p>{{#getCode}}{{>button}}{{/getCode}}
            {{/entry}}
            {{/body}}{{/layout}}
            """#
    }

    /// Step 3: what was submitted; "start selection".
    static func serviceNotes(_ w: Writer, box: [Notice], at now: Instant) -> String {
        let s = w.session
        let rules = s.rules(at: now)
        let notes = s.notes
        return w.page(
            Text("选号服务说明", "Selection service notes"), .serviceNotes,
            ServiceNotes(
                messages: box,
                office: rules.offices.first { $0.id == notes?.office }?.name ?? notes?.office ?? "",
                vehicle: notes.map { w.name($0.vehicle) } ?? "", vin: notes?.vin ?? "",
                selfComposeRemaining: notes?.selfComposeRemaining ?? 0, drawsRemaining: notes?.drawsRemaining ?? 0,
                open: "\(rules.serviceHours.open)", close: "\(rules.serviceHours.close)",
                perConfirm: "\(rules.selfCompose.perConfirm)", confirmInterval: "\(rules.selfCompose.confirmInterval)",
                candidates: "\(rules.random.candidates)", batchExpires: "\(rules.random.batchExpires)",
                backupExpires: "\(rules.random.backupExpires)", clock: w.time(now),
                begin: w.button("begin", Text("开始选号", "Start selection"))))
    }

    struct ServiceNotes {
        let messages: [Notice]
        let office: String
        let vehicle: String
        let vin: String
        let selfComposeRemaining: Int
        let drawsRemaining: Int
        let open: String
        let close: String
        let perConfirm: String
        let confirmInterval: String
        let candidates: String
        let batchExpires: String
        let backupExpires: String
        let clock: String
        let begin: Button

        static let template = #"""
            {{<layout}}{{$body}}
            {{#messages}}{{>notice}}{{/messages}}
            <table>
            <tr><th>{{#zh}}车管所{{/zh}}{{#en}}Office{{/en}}</th><td>{{office}}</td></tr>
            <tr><th>{{#zh}}车辆类型{{/zh}}{{#en}}Vehicle kind{{/en}}</th><td>{{vehicle}}</td></tr>
            <tr><th>{{#zh}}车辆识别代号{{/zh}}{{#en}}VIN{{/en}}</th><td><code>{{vin}}</code></td></tr>
            <tr><th>{{#zh}}剩余自编次数{{/zh}}{{#en}}Self-compose chances left{{/en}}</th><td class="remaining-self">{{selfComposeRemaining}}</td></tr>
            <tr><th>{{#zh}}剩余随机次数{{/zh}}{{#en}}Random draws left{{/en}}</th><td class="remaining-draws">{{drawsRemaining}}</td></tr>
            </table>
            <p>{{#zh}}选号阶段服务时间：每日 {{open}}–{{close}}。自编选号一次最多输入 {{perConfirm}} 个号码，两次确认至少间隔 {{confirmInterval}} 秒；随机选号每次 {{candidates}} 个候选号码，{{batchExpires}} 秒内有效，备选号码 {{backupExpires}} 秒内有效。{{/zh}}{{#en}}Selection hours: {{open}}–{{close}} daily. Self-compose: up to {{perConfirm}} numbers at once, at least {{confirmInterval}} s between confirmations. Random: {{candidates}} candidates per draw, valid {{batchExpires}} s; a backup is valid {{backupExpires}} s.{{/en}}</p>
            <p>{{#zh}}练习时间：{{/zh}}{{#en}}Practice clock: {{/en}}{{clock}}</p>
            {{#begin}}{{>button}}{{/begin}}
            {{/body}}{{/layout}}
            """#
    }
}
