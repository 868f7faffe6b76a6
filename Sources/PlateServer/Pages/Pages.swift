import PlateEngine
import PlateRules

/// Chooses and renders the page of a session's current step, with the outcome of the step just taken.
enum Pages {
    static func current(_ s: TraineeSession, at now: Instant, wall: Int64, outcome: Outcome) -> SiteResponse {
        let w = Writer(s)
        let box = w.outcome(outcome)
        let status: Int
        if case .invalid(let problem) = outcome { status = problem.status } else { status = 200 }
        guard s.seenDescription else { return .page(DescriptionPage.render(w, box: box), status: status) }
        guard let practice = s.practice else { return .page(EntryRefusedPage.render(w, box: box), status: status) }
        if s.away {
            let model = NoticePage(
                messages: box,
                text: w.text(
                    "您已退出预选号牌业务。再次进入时，系统按您剩余的选号机会安排步骤。",
                    "You have left the plate pre-selection service. Coming back, the platform routes you by the chances you have left."
                ),
                button: w.button("reenter", Text("再次进入预选号牌业务", "Enter the pre-selection service again"), id: "reenter"))
            return .page(w.page(Text("已退出", "Left the service"), .noticePage, model), status: status)
        }
        let html: String
        switch practice.stage {
        case .choosingOffice: html = PhaseOnePages.office(w, box: box, at: now)
        case .readingNotice: html = PhaseOnePages.notice(w, box: box)
        case .enteringVehicle: html = PhaseOnePages.vehicle(w, box: box)
        case .confirmingBasicInfo: html = PhaseOnePages.confirmCode(w, box: box, at: now, wall: wall)
        case .serviceNotes: html = PhaseOnePages.serviceNotes(w, box: box, at: now)
        case .identityCheck(let ends): html = IdentityPage.render(w, box: box, countdownEnds: ends, at: now, wall: wall)
        case .selecting(.selfCompose): html = KeyboardPage.render(w, practice: practice, box: box, at: now, wall: wall)
        case .selecting(.random): html = RandomPage.render(w, practice: practice, box: box, at: now, wall: wall)
        case .done(let reservation): html = DonePage.render(w, reservation: reservation, box: box)
        case .goToOffice:
            let model = NoticePage(
                messages: box, text: w.text(RejectionMessages.text(.goToOffice, zone: s.zone, names: w.names)))
            html = w.page(Text("请到车管所办理", "Go to the vehicle office"), .noticePage, model)
        }
        return .page(html, status: status)
    }

    static func pool(_ s: TraineeSession, office: String?, vehicle: VehicleKind, at now: Instant) -> SiteResponse {
        .page(PoolPage.render(Writer(s), office: office, vehicle: vehicle, at: now))
    }

    /// A page with only a message (unknown or expired sessions, refusals to start).
    static func message(_ text: Text, language: Language) -> String {
        PageRenderer.page(
            .messagePage,
            NoticePage(messages: [Notice(classes: "invalid", role: "alert", reason: nil, text: text.in(language))]),
            frame: Frame(language: language, title: text.in(language)))
    }
}

/// A page of messages, a paragraph and a button, all optional: leaving the service, going to the office, a refusal.
struct NoticePage {
    let messages: [Notice]
    var text: String? = nil
    var button: Button? = nil

    static let template = #"""
        {{<layout}}{{$body}}
        {{#messages}}{{>notice}}{{/messages}}
        {{#text}}<p>{{.}}</p>{{/text}}
        {{#button}}{{>button}}{{/button}}
        {{/body}}{{/layout}}
        """#

    /// The page `Pages.message` shows: the message and the way back to the start.
    static let messageTemplate = #"""
        {{<layout}}{{$body}}
        {{#messages}}{{>notice}}{{/messages}}
        <p><a href="/">{{#zh}}返回首页{{/zh}}{{#en}}Back to the start{{/en}}</a></p>
        {{/body}}{{/layout}}
        """#
}

/// Writes one session's page in its language.
struct Writer {
    let session: TraineeSession
    let language: Language
    let base: String

    init(_ session: TraineeSession) {
        self.session = session
        language = session.language
        base = "/s/\(session.id)"
    }

    /// Text in the session's language (escaped by the template that shows it).
    func text(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
    func text(_ text: Text) -> String { text.in(language) }

    /// A button posting `action` to the session.
    func button(
        _ action: String, _ label: Text, fields: [(String, String)] = [], id: String? = nil, disabled: Bool = false,
        classes: String = ""
    ) -> Button {
        Button(
            action: "\(base)/\(action)", label: label.in(language),
            fields: fields.map { HiddenField(name: $0.0, value: $0.1) }, id: id, disabled: disabled, classes: classes)
    }

    /// A session page: `template` with `model`, the session's token in every form, and the language switch.
    func page(_ title: Text, _ template: SiteTemplate, _ model: Any) -> String {
        let toggle = Button(
            action: "\(base)/lang", label: language.other.name,
            fields: [HiddenField(name: "lang", value: language.other.rawValue)], classes: "secondary")
        return PageRenderer.page(
            template, model,
            frame: Frame(language: language, title: title.in(language), token: session.token, toggleButton: toggle))
    }

    /// The message boxes for the outcome of the step just taken.
    func outcome(_ outcome: Outcome) -> [Notice] {
        switch outcome {
        case .done: return []
        case .rejected(let rejection):
            let box = Notice(
                classes: "rejection", role: "alert", reason: rejection.name,
                text: text(RejectionMessages.text(rejection, zone: session.zone, names: names)))
            // The seed's lesson: the last self-compose chances gone, the platform moves on by itself; say so as it
            // happens.
            guard case .allTaken(_, 0) = rejection else { return [box] }
            switch session.stage {
            case .selecting(.random)?:
                return [
                    box,
                    Notice(
                        classes: "notice", role: "status", reason: "moved_to_random",
                        text: text(
                            "自编选号次数已用完，系统已自动转入随机选号。",
                            "The self-compose chances are used up: the platform has moved you to random selection.")),
                ]
            case .goToOffice?:
                return [
                    box,
                    Notice(
                        classes: "notice", role: "status", reason: "go_to_office",
                        text: text(
                            "自编和随机选号次数均已用完，请到车管所办理。",
                            "Both self-compose and random chances are used up: please go to the vehicle office.")),
                ]
            default:
                return [box]
            }
        case .invalid(let problem):
            return [Notice(classes: "invalid", role: "alert", reason: "invalid_input", text: text(problem.message))]
        case .repeated:
            return [
                Notice(
                    classes: "notice", role: "status", reason: "repeated_step",
                    text: text(
                        "该页面已过时，刚才的操作未执行。这是当前页面。",
                        "That page was out of date, so nothing was done. This is the current page."))
            ]
        }
    }

    /// A vehicle kind's name in the session's language.
    func name(_ kind: VehicleKind) -> String { text(Text(kind.chineseName, RejectionMessages.english(kind))) }

    /// What the trainee typed into field `name` in the last form of this step.
    func typed(_ name: String) -> String { session.typed[name] ?? "" }

    /// Display names of the region and its offices, for messages.
    var names: [String: String] {
        let rules = session.engine.books[session.region]!.base
        var names = [rules.region.id: rules.region.name]
        for office in rules.offices { names[office.id] = office.name }
        return names
    }

    func time(_ instant: Instant) -> String { Clock.dateTime(instant, zone: session.zone) }

    func countdown(
        until instant: Instant, at now: Instant, wall: Int64, enables: String? = nil, disables: String? = nil
    ) -> Countdown {
        Countdown(
            traineeSeconds: max(0, instant.secondsSinceEpoch - now.secondsSinceEpoch),
            wallMilliseconds: session.clock.wallMilliseconds(until: instant, wall: wall),
            speed: session.clock.speed, enables: enables, disables: disables)
    }

    /// A plate: province, authority letter and the serial, typed positions filled and the rest shown as '_'.
    func plate(_ serial: String, active: Bool = false, width: Int = 5) -> Plate {
        let rules = session.engine.books[session.region]!.base
        let newEnergy = session.notes?.vehicle != nil && session.notes?.vehicle != .smallCar
        return Plate(
            prefix: rules.region.province + String(rules.region.authority),
            serial: serial + String(repeating: "_", count: max(0, width - serial.count)), active: active,
            newEnergy: newEnergy)
    }
}
