import PlateEngine
import PlateRules

/// Self-compose (自编): the numbers being typed and the virtual keyboard, each key enabled from the engine's pool.
enum KeyboardPage {
    static let keys = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")

    static func render(_ w: Writer, practice: PracticeSession, box: String, at now: Instant, wall: Int64) -> String {
        let s = w.session
        let screen = practice.screen(at: now)
        let active = s.draft[s.active]
        let enabled = (try? practice.keyboard(prefix: active, at: now).get())
        let width = s.poolKey.flatMap { s.engine.pool($0) }?.format.shapes.map(\.length).max() ?? 5
        var entries = ""
        for (n, entry) in s.draft.enumerated() {
            let complete = (try? practice.keyboard(prefix: entry, at: now).get())?.isComplete ?? false
            // Said as it is typed: confirm would refuse the repeat (repeated_number) before checking anything.
            let repeats = complete ? s.draft[..<n].firstIndex(of: entry) : nil
            entries +=
                "<form method=\"post\" action=\"\(w.base)/entry\" class=\"inline\"><input type=\"hidden\" name=\"entry\" value=\"\(n)\">"
                + "<button type=\"submit\" class=\"key entry\(complete ? " complete" : "")\">\(n + 1)</button></form> "
                + w.plate(entry, active: n == s.active, width: width) + (complete ? " ✓" : "")
                + (repeats.map {
                    " <span class=\"repeat\" data-reason=\"repeated_number\">"
                        + w.t("与第 \($0 + 1) 个号码重复", "repeats number \($0 + 1)") + "</span>"
                } ?? "")
                + "<br>"
        }
        let keyboard = keys.map { key in
            w.button(
                "key", Text(String(key), String(key)), fields: [("key", String(key))],
                disabled: !(enabled?.allows(key) ?? false), classes: "key")
        }.joined()
        // A keyboard with every key off says why, instead of leaving the trainee to guess.
        let activeComplete = enabled?.isComplete ?? false
        let noKey = enabled.map { keys in !activeComplete && !Self.keys.contains { keys.allows($0) } } ?? false
        let emptyKeyboard =
            !noKey
            ? ""
            : "<div class=\"message notice\" data-reason=\"keyboard_empty\">"
                + (active.isEmpty
                    ? w.t(
                        "号池中已没有可自编的号码：所有键都不可用。请改用随机选号，或等待新号段发布。",
                        "No number is left to self-compose in this pool, so every key is disabled. Use random selection, or wait for new segments."
                    )
                    : w.t(
                        "没有以 \(active) 开头的号码可选，所有键都不可用。请退格或清空后重新输入。",
                        "No number starts with \(active), so every key is disabled. Backspace or clear and type another."
                    )) + "</div>"
        let typed = s.draft.filter { !$0.isEmpty }
        let allComplete =
            !typed.isEmpty
            && typed.allSatisfy { (try? practice.keyboard(prefix: $0, at: now).get())?.isComplete ?? false }
        let countdown =
            screen.confirmAllowedAt.flatMap {
                $0 > now ? " (" + w.countdown(until: $0, at: now, wall: wall, enables: "confirm") + " s)" : nil
            } ?? ""
        let body = """
            \(box)
            \(SelectionTabs.render(w, current: .selfCompose, screen: screen))
            <p>\(explanation(w, s.rules(at: now).selfCompose.keyboard, perConfirm: screen.perConfirm))</p>
            <div class="entries">\(entries)</div>
            \(emptyKeyboard)
            <div class="keyboard">\(keyboard)</div>
            <div>\(w.button("erase", Text("退格", "Backspace"), classes: "secondary"))\(w.button("clear", Text("清空", "Clear"), classes: "secondary"))\(s.draft.count < screen.perConfirm ? w.button("add", Text("再输入一个号码", "Add a number"), classes: "secondary") : "")</div>
            <p>\(w.button("compose", Text("确认选号", "Confirm"), id: "confirm", disabled: !allComplete))\(countdown)</p>
            """
        return w.page(Text("预选号牌：自编选号", "Pre-select: self-compose"), body)
    }

    /// What the keys mean under the rule set's keyboard rule, and how confirm checks the numbers.
    static func explanation(_ w: Writer, _ rule: KeyboardRule, perConfirm: Int) -> String {
        let checked = w.t(
            "点击“确认选号”时，号码按输入顺序依次核对，第一个可预选的号码自动选定；\(perConfirm) 个号码都已被预选时，剩余自编个数减少 \(perConfirm) 个。",
            " On Confirm the numbers are checked in the order entered and the first free one is reserved; if all \(perConfirm) are already taken, your remaining self-compose count drops by \(perConfirm)."
        )
        switch rule {
        case .published:
            return w.t(
                "只能用下面的虚拟键盘输入号码；号池公示范围以外的键不可用。已被他人预选的号码也能输入，确认时才核对。",
                "Numbers are typed only on the keyboard below; keys outside the published pool (号池公示) are disabled. A number someone else has already taken can still be typed: it is checked only when you confirm."
            )
                + checked
        case .available:
            return w.t(
                "只能用下面的虚拟键盘输入号码；当前无法组成可预选号码的键不可用。",
                "Numbers are typed only on the keyboard below; keys that cannot lead to a number free right now are disabled."
            )
                + checked
        }
    }
}
