import PlateEngine
import PlateRules

/// Self-compose (自编): the numbers being typed and the virtual keyboard, each key enabled from the engine's pool.
enum KeyboardPage {
    static let keys = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")

    static func render(_ w: Writer, practice: PracticeSession, box: [Notice], at now: Instant, wall: Int64) -> String {
        let s = w.session
        let screen = practice.screen(at: now)
        let active = s.draft[s.active]
        let enabled = (try? practice.keyboard(prefix: active, at: now).get())
        let width = s.poolKey.flatMap { s.engine.pool($0) }?.format.shapes.map(\.length).max() ?? 5
        let entries = s.draft.enumerated().map { n, entry in
            let complete = (try? practice.keyboard(prefix: entry, at: now).get())?.isComplete ?? false
            // Said as it is typed: confirm would refuse the repeat (repeated_number) before checking anything.
            return Model.Entry(
                select: w.button(
                    "entry", Text("\(n + 1)", "\(n + 1)"), fields: [("entry", "\(n)")],
                    classes: complete ? "key entry complete" : "key entry"),
                plate: w.plate(entry, active: n == s.active, width: width), complete: complete,
                repeats: complete ? s.draft[..<n].firstIndex(of: entry).map { $0 + 1 } : nil)
        }
        let keyboard = keys.map { key in
            w.button(
                "key", Text(String(key), String(key)), fields: [("key", String(key))],
                disabled: !(enabled?.allows(key) ?? false), classes: "key")
        }
        // A keyboard with every key off says why, instead of leaving the trainee to guess.
        let activeComplete = enabled?.isComplete ?? false
        let noKey = enabled.map { keys in !activeComplete && !Self.keys.contains { keys.allows($0) } } ?? false
        let typed = s.draft.filter { !$0.isEmpty }
        let allComplete =
            !typed.isEmpty
            && typed.allSatisfy { (try? practice.keyboard(prefix: $0, at: now).get())?.isComplete ?? false }
        let model = Model(
            messages: box, tabs: SelectionTabs.model(w, current: .selfCompose, screen: screen),
            keyboardRule: Model.Rule(s.rules(at: now).selfCompose.keyboard), perConfirm: screen.perConfirm,
            entries: entries, emptyKeyboard: noKey ? Model.Empty(prefix: active) : nil, keys: keyboard,
            erase: w.button("erase", Text("退格", "Backspace"), classes: "secondary"),
            clear: w.button("clear", Text("清空", "Clear"), classes: "secondary"),
            add: s.draft.count < screen.perConfirm
                ? w.button("add", Text("再输入一个号码", "Add a number"), classes: "secondary") : nil,
            confirm: w.button("compose", Text("确认选号", "Confirm"), id: "confirm", disabled: !allComplete),
            confirmCountdown: screen.confirmAllowedAt.flatMap {
                $0 > now ? w.countdown(until: $0, at: now, wall: wall, enables: "confirm") : nil
            })
        return w.page(Text("预选号牌：自编选号", "Pre-select: self-compose"), .keyboard, model)
    }

    struct Model {
        /// One number being typed: the button that makes it the active one, its plate, and whether it repeats an
        /// earlier one (`repeats`, counted from 1).
        struct Entry {
            let select: Button
            let plate: Plate
            let complete: Bool
            let repeats: Int?
        }

        /// Every key is off: nothing is left to compose (`prefix` empty), or nothing starts with `prefix`.
        struct Empty {
            let prefix: String
            let nothingTyped: Bool

            init(prefix: String) {
                self.prefix = prefix
                nothingTyped = prefix.isEmpty
            }
        }

        /// The rule set's keyboard rule, as the flags the template tells apart.
        struct Rule {
            let published: Bool
            let available: Bool

            init(_ rule: KeyboardRule) {
                switch rule {
                case .published: (published, available) = (true, false)
                case .available: (published, available) = (false, true)
                }
            }
        }

        let messages: [Notice]
        let tabs: SelectionTabs.Model
        let keyboardRule: Rule
        let perConfirm: Int
        let entries: [Entry]
        let emptyKeyboard: Empty?
        let keys: [Button]
        let erase: Button
        let clear: Button
        let add: Button?
        let confirm: Button
        let confirmCountdown: Countdown?

        static let template = #"""
            {{<layout}}{{$body}}
            {{#messages}}{{>notice}}{{/messages}}
            {{#tabs}}{{>tabs}}{{/tabs}}
            <p>{{#keyboardRule}}{{#published}}{{#zh}}只能用下面的虚拟键盘输入号码；号池公示范围以外的键不可用。已被他人预选的号码也能输入，确认时才核对。{{/zh}}{{#en}}Numbers are typed only on the keyboard below; keys outside the published pool (号池公示) are disabled. A number someone else has already taken can still be typed: it is checked only when you confirm.{{/en}}{{/published}}{{#available}}{{#zh}}只能用下面的虚拟键盘输入号码；当前无法组成可预选号码的键不可用。{{/zh}}{{#en}}Numbers are typed only on the keyboard below; keys that cannot lead to a number free right now are disabled.{{/en}}{{/available}}{{/keyboardRule}}{{#zh}}点击“确认选号”时，号码按输入顺序依次核对，第一个可预选的号码自动选定；{{perConfirm}} 个号码都已被预选时，剩余自编个数减少 {{perConfirm}} 个。{{/zh}}{{#en}} On Confirm the numbers are checked in the order entered and the first free one is reserved; if all {{perConfirm}} are already taken, your remaining self-compose count drops by {{perConfirm}}.{{/en}}</p>
            <div class="entries">{{#entries}}{{#select}}{{>button}}{{/select}} {{#plate}}{{>plate}}{{/plate}}{{#complete}} ✓{{/complete}}{{#.repeats}} <span class="repeat" data-reason="repeated_number">{{#zh}}与第 {{.}} 个号码重复{{/zh}}{{#en}}repeats number {{.}}{{/en}}</span>{{/.repeats}}<br>{{/entries}}</div>
            {{#emptyKeyboard}}<div class="message notice" data-reason="keyboard_empty">{{#nothingTyped}}{{#zh}}号池中已没有可自编的号码：所有键都不可用。请改用随机选号，或等待新号段发布。{{/zh}}{{#en}}No number is left to self-compose in this pool, so every key is disabled. Use random selection, or wait for new segments.{{/en}}{{/nothingTyped}}{{^nothingTyped}}{{#zh}}没有以 {{prefix}} 开头的号码可选，所有键都不可用。请退格或清空后重新输入。{{/zh}}{{#en}}No number starts with {{prefix}}, so every key is disabled. Backspace or clear and type another.{{/en}}{{/nothingTyped}}</div>{{/emptyKeyboard}}
            <div class="keyboard">{{#keys}}{{>button}}{{/keys}}</div>
            <div>{{#erase}}{{>button}}{{/erase}}{{#clear}}{{>button}}{{/clear}}{{#add}}{{>button}}{{/add}}</div>
            <p>{{#confirm}}{{>button}}{{/confirm}}{{#confirmCountdown}} ({{>countdown}} s){{/confirmCountdown}}</p>
            {{/body}}{{/layout}}
            """#
    }
}
