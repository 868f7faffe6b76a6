import PlateEngine
import PlateRules

/// The two tabs of phase 2 step 2 and the remaining counts.
enum SelectionTabs {
    static func model(_ w: Writer, current: SelectionMode, screen: SelectionScreen) -> Model {
        Model(
            tabs: SelectionMode.allCases.map { mode in
                w.button(
                    "mode", mode == .selfCompose ? Text("自编选号", "Self-compose") : Text("随机选号", "Random"),
                    fields: [("mode", mode.rawValue)], classes: mode == current ? "current" : "")
            },
            leave: leave(w), selfComposeRemaining: screen.selfComposeRemaining, perConfirm: screen.perConfirm,
            drawsRemaining: screen.drawsRemaining, usedUp: screen.selfComposeRemaining == 0)
    }

    /// 退出: leave the platform mid-selection, to practise coming back (再次进入).
    static func leave(_ w: Writer) -> Button {
        w.button("leave", Text("退出", "Leave"), id: "leave", classes: "secondary")
    }

    struct Model {
        let tabs: [Button]
        let leave: Button
        let selfComposeRemaining: Int
        let perConfirm: Int
        let drawsRemaining: Int
        let usedUp: Bool

        static let template = #"""
            <div class="tabs">{{#tabs}}{{>button}}{{/tabs}} {{#leave}}{{>button}}{{/leave}}</div>
            <p class="remaining">{{#zh}}剩余自编次数{{/zh}}{{#en}}Self-compose chances left{{/en}}: <strong class="remaining-self">{{selfComposeRemaining}}</strong>
            · {{#zh}}一次最多输入{{/zh}}{{#en}}numbers at once{{/en}}: <strong>{{perConfirm}}</strong>
            · {{#zh}}剩余随机次数{{/zh}}{{#en}}random draws left{{/en}}: <strong class="remaining-draws">{{drawsRemaining}}</strong></p>
            {{#usedUp}}<p class="used-up">{{#zh}}自编选号次数已用完，系统已转入随机选号；“自编选号”不再可用。{{/zh}}{{#en}}The self-compose chances are used up, so the platform has moved you to random selection; self-compose is closed.{{/en}}</p>{{/usedUp}}
            """#
    }
}
