import PlateEngine
import PlateRules

/// Random (随机): draw a batch, keep one backup per batch, confirm a backup; "another batch" costs a draw.
enum RandomPage {
    static func render(_ w: Writer, practice: PracticeSession, box: [Notice], at now: Instant, wall: Int64) -> String {
        let s = w.session
        let screen = practice.screen(at: now)
        let rules = s.rules(at: now)
        let app = practice.application
        let batch = app.batch.map { batch in
            let expired = batch.expiresAt <= now
            let kept = batch.backupKept || app.backups.contains { $0.batch == batch.number }
            return Model.Batch(
                number: batch.number, withoutFour: batch.withoutFour,
                countdown: expired
                    ? nil : w.countdown(until: batch.expiresAt, at: now, wall: wall, disables: "button.keep"),
                candidates: batch.candidates.map { serial in
                    Model.Candidate(
                        plate: w.plate(serial),
                        keep: w.button(
                            "keep", Text("保留为备选", "Keep as backup"), fields: [("serial", serial)],
                            disabled: kept || expired, classes: "secondary keep"))
                })
        }
        let backups = app.backups.enumerated().map { n, backup in
            let expired = backup.expiresAt <= now
            return Model.Backup(
                plate: w.plate(backup.serial),
                countdown: expired
                    ? nil : w.countdown(until: backup.expiresAt, at: now, wall: wall, disables: "#backup-\(n)"),
                confirm: w.button(
                    "confirm-backup", Text("确认选用", "Confirm this number"), fields: [("serial", backup.serial)],
                    id: "backup-\(n)", disabled: expired))
        }
        let model = Model(
            messages: box, tabs: SelectionTabs.model(w, current: .random, screen: screen), action: "\(w.base)/draw",
            withoutFourOption: rules.random.withoutFourOption, withoutFour: s.withoutFour, firstDraw: app.batch == nil,
            drawsRemaining: screen.drawsRemaining, noDrawsLeft: screen.drawsRemaining == 0,
            backupInTime: app.backups.contains { $0.expiresAt > now }, batch: batch, backups: backups,
            hasBackups: !backups.isEmpty)
        return w.page(Text("预选号牌：随机选号", "Pre-select: random"), .random, model)
    }

    struct Model {
        struct Batch {
            let number: Int
            let withoutFour: Bool
            /// Time left, while the batch is still valid.
            let countdown: Countdown?
            let candidates: [Candidate]
        }

        struct Candidate {
            let plate: Plate
            let keep: Button
        }

        struct Backup {
            let plate: Plate
            /// Time left, while the backup can still be confirmed.
            let countdown: Countdown?
            let confirm: Button
        }

        let messages: [Notice]
        let tabs: SelectionTabs.Model
        let action: String
        let withoutFourOption: Bool
        let withoutFour: Bool
        let firstDraw: Bool
        let drawsRemaining: Int
        let noDrawsLeft: Bool
        let backupInTime: Bool
        let batch: Batch?
        let backups: [Backup]
        let hasBackups: Bool

        static let template = #"""
            {{<layout}}{{$body}}
            {{#messages}}{{>notice}}{{/messages}}
            {{#tabs}}{{>tabs}}{{/tabs}}
            <form method="post" action="{{action}}">{{>token}}{{#withoutFourOption}}<label><input type="checkbox" name="without_four" value="1"{{#withoutFour}} checked{{/withoutFour}}> {{#zh}}不含4{{/zh}}{{#en}}Without the digit 4{{/en}}</label>{{/withoutFourOption}}
            <button type="submit" id="draw"{{#noDrawsLeft}} disabled{{/noDrawsLeft}}>{{#firstDraw}}{{#zh}}随机一次{{/zh}}{{#en}}Draw{{/en}}{{/firstDraw}}{{^firstDraw}}{{#zh}}换一批{{/zh}}{{#en}}Another batch{{/en}}{{/firstDraw}}（{{#zh}}剩余 {{drawsRemaining}} 次{{/zh}}{{#en}}{{drawsRemaining}} left{{/en}}）</button></form>
            {{#noDrawsLeft}}<p>{{#zh}}随机选号次数已用完。{{/zh}}{{#en}}No random draws are left.{{/en}}{{#backupInTime}}{{#zh}}备选号码在有效期内仍可确认选用。{{/zh}}{{#en}} A backup still in time can be confirmed.{{/en}}{{/backupInTime}}</p>{{/noDrawsLeft}}
            {{#batch}}
            <h2>{{#zh}}第 {{number}} 批{{/zh}}{{#en}}Batch {{number}}{{/en}}{{#withoutFour}}{{#zh}}（不含4）{{/zh}}{{#en}} (without 4){{/en}}{{/withoutFour}}</h2>
            {{#.countdown}}<p>{{#zh}}本批剩余有效时间{{/zh}}{{#en}}This batch expires in{{/en}} {{>countdown}} s</p>{{/.countdown}}{{^.countdown}}<p>{{#zh}}本批已过期。{{/zh}}{{#en}}This batch has expired.{{/en}}</p>{{/.countdown}}
            <ol class="batch">{{#candidates}}<li>{{#plate}}{{>plate}}{{/plate}} {{#keep}}{{>button}}{{/keep}}</li>{{/candidates}}</ol>
            {{/batch}}
            <h2>{{#zh}}备选号码{{/zh}}{{#en}}Backups{{/en}}</h2>
            {{^hasBackups}}<p>{{#zh}}尚未保留备选号码。每批可保留一个。{{/zh}}{{#en}}No backup kept yet; one may be kept from each batch.{{/en}}</p>{{/hasBackups}}
            {{#hasBackups}}<ul class="backups">{{#backups}}<li>{{#plate}}{{>plate}}{{/plate}} {{#.countdown}}{{>countdown}} s {{/.countdown}}{{^.countdown}}{{#zh}}（已过期）{{/zh}}{{#en}} (expired){{/en}}{{/.countdown}}{{#confirm}}{{>button}}{{/confirm}}</li>{{/backups}}</ul>{{/hasBackups}}
            {{/body}}{{/layout}}
            """#
    }
}
