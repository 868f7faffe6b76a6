import PlateEngine
import PlateRules

/// The two tabs of phase 2 step 2 and the remaining counts.
enum SelectionTabs {
    static func render(_ w: Writer, current: SelectionMode, screen: SelectionScreen) -> String {
        let tabs = SelectionMode.allCases.map { mode in
            w.button(
                "mode", mode == .selfCompose ? Text("自编选号", "Self-compose") : Text("随机选号", "Random"),
                fields: [("mode", mode.rawValue)], classes: mode == current ? "current" : "")
        }.joined()
        return """
            <div class="tabs">\(tabs) \(leave(w))</div>
            <p class="remaining">\(w.t("剩余自编次数", "Self-compose chances left")): <strong class="remaining-self">\(screen.selfComposeRemaining)</strong>
            · \(w.t("一次最多输入", "numbers at once")): <strong>\(screen.perConfirm)</strong>
            · \(w.t("剩余随机次数", "random draws left")): <strong class="remaining-draws">\(screen.drawsRemaining)</strong></p>
            \(screen.selfComposeRemaining == 0 ? "<p class=\"used-up\">" + w.t("自编选号次数已用完，系统已转入随机选号；“自编选号”不再可用。",
            "The self-compose chances are used up, so the platform has moved you to random selection; self-compose is closed.") + "</p>" : "")
            """
    }

    /// 退出: leave the platform mid-selection, to practise coming back (再次进入).
    static func leave(_ w: Writer) -> String {
        w.button("leave", Text("退出", "Leave"), id: "leave", classes: "secondary")
    }
}
