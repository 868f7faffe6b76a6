import PlateEngine
import PlateRules

/// Random (随机): draw a batch, keep one backup per batch, confirm a backup; "another batch" costs a draw.
enum RandomPage {
    static func render(_ w: Writer, practice: PracticeSession, box: String, at now: Instant, wall: Int64) -> String {
        let s = w.session
        let screen = practice.screen(at: now)
        let rules = s.rules(at: now)
        let app = practice.application
        var batchHTML = ""
        if let batch = app.batch {
            let expired = batch.expiresAt <= now
            let kept = batch.backupKept || app.backups.contains { $0.batch == batch.number }
            let candidates = batch.candidates.map { serial in
                "<li>" + w.plate(serial) + " "
                    + w.button(
                        "keep", Text("保留为备选", "Keep as backup"), fields: [("serial", serial)],
                        disabled: kept || expired, classes: "secondary keep") + "</li>"
            }.joined()
            batchHTML =
                "<h2>\(w.t("第 \(batch.number) 批", "Batch \(batch.number)"))\(batch.withoutFour ? w.t("（不含4）", " (without 4)") : "")</h2>"
                + (expired
                    ? "<p>\(w.t("本批已过期。", "This batch has expired."))</p>"
                    : "<p>\(w.t("本批剩余有效时间", "This batch expires in")) "
                        + w.countdown(until: batch.expiresAt, at: now, wall: wall, disables: "button.keep") + " s</p>")
                + "<ol class=\"batch\">\(candidates)</ol>"
        }
        let backups = app.backups.enumerated().map { n, backup in
            let expired = backup.expiresAt <= now
            return "<li>" + w.plate(backup.serial) + " "
                + (expired
                    ? w.t("（已过期）", " (expired)")
                    : w.countdown(until: backup.expiresAt, at: now, wall: wall, disables: "#backup-\(n)") + " s ")
                + w.button(
                    "confirm-backup", Text("确认选用", "Confirm this number"), fields: [("serial", backup.serial)],
                    id: "backup-\(n)",
                    disabled: expired) + "</li>"
        }.joined()
        let withoutFour =
            rules.random.withoutFourOption
            ? "<label><input type=\"checkbox\" name=\"without_four\" value=\"1\"\(s.withoutFour ? " checked" : "")> \(w.t("不含4", "Without the digit 4"))</label>"
            : ""
        let drawLabel = app.batch == nil ? w.t("随机一次", "Draw") : w.t("换一批", "Another batch")
        let body = """
            \(box)
            \(SelectionTabs.render(w, current: .random, screen: screen))
            <form method="post" action="\(w.base)/draw">\(withoutFour)
            <button type="submit" id="draw"\(screen.drawsRemaining == 0 ? " disabled" : "")>\(drawLabel)（\(w.t("剩余 \(screen.drawsRemaining) 次", "\(screen.drawsRemaining) left"))）</button></form>
            \(screen.drawsRemaining == 0 ? "<p>" + w.t("随机选号次数已用完。", "No random draws are left.") + (app.backups.contains { $0.expiresAt > now } ? w.t("备选号码在有效期内仍可确认选用。", " A backup still in time can be confirmed.") : "") + "</p>" : "")
            \(batchHTML)
            <h2>\(w.t("备选号码", "Backups"))</h2>
            \(backups.isEmpty ? "<p>\(w.t("尚未保留备选号码。每批可保留一个。", "No backup kept yet; one may be kept from each batch."))</p>" : "<ul class=\"backups\">\(backups)</ul>")
            """
        return w.page(Text("预选号牌：随机选号", "Pre-select: random"), body)
    }
}
