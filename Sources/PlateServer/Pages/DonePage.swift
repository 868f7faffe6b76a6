import PlateEngine
import PlateRules

/// Phase 2 step 3 (完成号牌预选): the number and its validity, marked invalid because this is practice.
enum DonePage {
    static func render(_ w: Writer, reservation: Reservation, box: String) -> String {
        let body = """
            \(box)
            <p>\(w.t("您已完成号牌预选：", "You have pre-selected the number:"))</p>
            <p class="reserved">\(w.plate(reservation.serial))</p>
            <p>\(w.t("有效期至 \(reservation.lastValidDay)（含），请在有效期内到车管所办理注册登记。",
                 "Valid through \(reservation.lastValidDay); register the vehicle at the office within that period."))</p>
            <p class="invalid-stamp">\(w.t("模拟选号 · 号牌无效", "PRACTICE · NUMBER INVALID"))</p>
            <p><a href="/">\(w.t("返回首页", "Back to the start"))</a></p>
            """
        return w.page(Text("完成号牌预选", "Pre-selection done"), body)
    }
}
