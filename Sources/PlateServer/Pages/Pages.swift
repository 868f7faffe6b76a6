import PlateEngine
import PlateMarkup
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
            let body =
                box
                + w.p(
                    Text(
                        "您已退出预选号牌业务。再次进入时，系统按您剩余的选号机会安排步骤。",
                        "You have left the plate pre-selection service. Coming back, the platform routes you by the chances you have left."
                    ))
                + w.button("reenter", Text("再次进入预选号牌业务", "Enter the pre-selection service again"), id: "reenter")
            return .page(w.page(Text("已退出", "Left the service"), body), status: status)
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
            html = w.page(
                Text("请到车管所办理", "Go to the vehicle office"),
                box + w.p(RejectionMessages.text(.goToOffice, zone: s.zone, names: w.names)))
        }
        return .page(html, status: status)
    }

    static func pool(_ s: TraineeSession, office: String?, vehicle: VehicleKind, at now: Instant) -> SiteResponse {
        .page(PoolPage.render(Writer(s), office: office, vehicle: vehicle, at: now))
    }

    /// A page with only a message (unknown or expired sessions, refusals to start).
    static func message(_ text: Text, language: Language) -> String {
        Layout.page(
            title: text.in(language), language: language, toggle: nil,
            body:
                "<div class=\"message invalid\">\(HTMLEscaping.escape(text.in(language)))</div><p><a href=\"/\">\(language == .zh ? "返回首页" : "Back to the start")</a></p>"
        )
    }
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

    /// Escaped text in the session's language.
    func t(_ zh: String, _ en: String) -> String { HTMLEscaping.escape(language == .zh ? zh : en) }
    func t(_ text: Text) -> String { HTMLEscaping.escape(text.in(language)) }
    func p(_ text: Text) -> String { "<p>\(t(text))</p>" }

    func button(
        _ action: String, _ label: Text, fields: [(String, String)] = [], id: String? = nil, disabled: Bool = false,
        classes: String = ""
    ) -> String {
        HTML.button(
            "\(base)/\(action)", label.in(language), fields: fields, id: id, disabled: disabled, classes: classes)
    }

    func page(_ title: Text, _ body: String) -> String {
        let toggle = HTML.button(
            "\(base)/lang", language == .zh ? "English" : "中文", fields: [("lang", language.other.rawValue)],
            classes: "secondary")
        return Layout.page(
            title: title.in(language), language: language, toggle: withToken(toggle), body: withToken(body))
    }

    /// `html` with the session's action token in every form that posts to the session.
    private func withToken(_ html: String) -> String {
        let opening = "<form method=\"post\" action=\"\(base)/"
        guard html.contains(opening) else { return html }
        let token = "<input type=\"hidden\" name=\"token\" value=\"\(session.token)\">"
        var result = ""
        var rest = html[...]
        while let start = rest.range(of: opening) {
            guard let end = rest[start.upperBound...].firstIndex(of: ">") else { break }
            result += rest[..<rest.index(after: end)] + token
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    func outcome(_ outcome: Outcome) -> String {
        switch outcome {
        case .done: return ""
        case .rejected(let rejection):
            let box =
                "<div class=\"message rejection\" role=\"alert\" data-reason=\"\(rejection.name)\">\(t(RejectionMessages.text(rejection, zone: session.zone, names: names)))</div>"
            // The seed's lesson: the last self-compose chances gone, the platform moves on by itself; say so as it
            // happens.
            guard case .allTaken(_, 0) = rejection else { return box }
            switch session.stage {
            case .selecting(.random)?:
                return box + "<div class=\"message notice\" role=\"status\" data-reason=\"moved_to_random\">"
                    + t(
                        "自编选号次数已用完，系统已自动转入随机选号。",
                        "The self-compose chances are used up: the platform has moved you to random selection.")
                    + "</div>"
            case .goToOffice?:
                return box + "<div class=\"message notice\" role=\"status\" data-reason=\"go_to_office\">"
                    + t(
                        "自编和随机选号次数均已用完，请到车管所办理。",
                        "Both self-compose and random chances are used up: please go to the vehicle office.") + "</div>"
            default:
                return box
            }
        case .invalid(let problem):
            return
                "<div class=\"message invalid\" role=\"alert\" data-reason=\"invalid_input\">\(t(problem.message))</div>"
        case .repeated:
            return "<div class=\"message notice\" role=\"status\" data-reason=\"repeated_step\">"
                + t(
                    "该页面已过时，刚才的操作未执行。这是当前页面。",
                    "That page was out of date, so nothing was done. This is the current page.") + "</div>"
        }
    }

    /// What the trainee typed into field `name` in the last form of this step, escaped for an attribute.
    func typed(_ name: String) -> String { HTMLEscaping.escape(session.typed[name] ?? "") }

    /// Display names of the region and its offices, for messages.
    var names: [String: String] {
        let rules = session.engine.books[session.region]!.base
        var names = [rules.region.id: rules.region.name]
        for office in rules.offices { names[office.id] = office.name }
        return names
    }

    func time(_ instant: Instant) -> String { HTMLEscaping.escape(Clock.dateTime(instant, zone: session.zone)) }

    func countdown(
        until instant: Instant, at now: Instant, wall: Int64, enables: String? = nil, disables: String? = nil
    ) -> String {
        Layout.countdown(
            traineeSeconds: instant.secondsSinceEpoch - now.secondsSinceEpoch,
            wallMilliseconds: session.clock.wallMilliseconds(until: instant, wall: wall),
            speed: session.clock.speed, enables: enables, disables: disables)
    }

    /// A plate: province, authority letter and the serial, typed positions filled and the rest shown as '_'.
    func plate(_ serial: String, active: Bool = false, width: Int = 5) -> String {
        let rules = session.engine.books[session.region]!.base
        let nev = session.notes?.vehicle != nil && session.notes?.vehicle != .smallCar
        return
            "<span class=\"plate\(active ? " active" : "")\(nev ? " nev" : "")\">\(HTMLEscaping.escape(rules.region.province + String(rules.region.authority)))·\(HTMLEscaping.escape(serial + String(repeating: "_", count: max(0, width - serial.count))))</span>"
    }
}
