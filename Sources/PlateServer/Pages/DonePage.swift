import PlateEngine
import PlateRules

/// Phase 2 step 3 (完成号牌预选): the number and its validity, marked invalid because this is practice.
enum DonePage {
    static func render(_ w: Writer, reservation: Reservation, box: [Notice]) -> String {
        w.page(
            Text("完成号牌预选", "Pre-selection done"), .done,
            Model(messages: box, plate: w.plate(reservation.serial), lastValidDay: "\(reservation.lastValidDay)"))
    }

    struct Model {
        let messages: [Notice]
        let plate: Plate
        let lastValidDay: String

        static let template = #"""
            {{<layout}}{{$body}}
            {{#messages}}{{>notice}}{{/messages}}
            <p>{{#zh}}您已完成号牌预选：{{/zh}}{{#en}}You have pre-selected the number:{{/en}}</p>
            <p class="reserved">{{#plate}}{{>plate}}{{/plate}}</p>
            <p>{{#zh}}有效期至 {{lastValidDay}}（含），请在有效期内到车管所办理注册登记。{{/zh}}{{#en}}Valid through {{lastValidDay}}; register the vehicle at the office within that period.{{/en}}</p>
            <p class="invalid-stamp">{{#zh}}模拟选号 · 号牌无效{{/zh}}{{#en}}PRACTICE · NUMBER INVALID{{/en}}</p>
            <p><a href="/">{{#zh}}返回首页{{/zh}}{{#en}}Back to the start{{/en}}</a></p>
            {{/body}}{{/layout}}
            """#
    }
}
