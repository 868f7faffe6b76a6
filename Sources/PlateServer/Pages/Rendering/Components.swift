/// The pieces pages are built of, each a model with a partial template of the same name.
///
/// Partials read their optional fields with a leading dot (`{{#.id}}`): Mustache would otherwise look an absent
/// value up in the page around it and could print the page's `id` on the button.

/// A POST form with hidden fields and one submit button; in a session the frame's token goes in first.
struct Button {
    let action: String
    let label: String
    var fields: [HiddenField] = []
    var id: String? = nil
    var disabled = false
    var classes = ""

    static let template = #"""
        <form method="post" action="{{action}}" class="inline">{{>token}}{{#fields}}<input type="hidden" name="{{name}}" value="{{value}}">{{/fields}}<button type="submit" class="{{classes}}"{{#.id}} id="{{.}}"{{/.id}}{{#disabled}} disabled data-blocked="1"{{/disabled}}>{{label}}</button></form>
        """#
}

/// A hidden form field.
struct HiddenField {
    let name: String
    let value: String
}

/// A link.
struct Link {
    let href: String
    let label: String

    /// The language switch of a page outside a session: `path` again in the other language.
    static func languageSwitch(_ path: String, from language: Language) -> Link {
        Link(href: "\(path)?lang=\(language.other.rawValue)", label: language.other.name)
    }
}

extension Language {
    /// The language's name as its switch shows it, in that language.
    var name: String { self == .zh ? "中文" : "English" }
}

/// A countdown in trainee seconds that the site's script ticks in the browser.
///
/// `enables` names a button kept disabled until it ends, `disables` a CSS selector of buttons that stop working when
/// it ends (a batch's keep buttons, a backup's confirm). The server refuses those steps too; the script only keeps the
/// page honest between requests.
struct Countdown {
    let traineeSeconds: Int64
    let wallMilliseconds: Int64
    let speed: Int
    var enables: String? = nil
    var disables: String? = nil

    static let template = #"""
        <span class="countdown" role="timer" data-ms="{{wallMilliseconds}}" data-speed="{{speed}}"{{#.enables}} data-enables="{{.}}"{{/.enables}}{{#.disables}} data-disables="{{.}}"{{/.disables}}>{{traineeSeconds}}</span>
        """#
}

/// A plate: province, authority letter and the serial, the untyped positions shown as '_'.
struct Plate {
    let prefix: String
    let serial: String
    var active = false
    var newEnergy = false

    static let template = #"""
        <span class="plate{{#active}} active{{/active}}{{#newEnergy}} nev{{/newEnergy}}">{{prefix}}·{{serial}}</span>
        """#
}

/// A message box: a rejection, a notice of what the platform did, or a problem with what was typed.
struct Notice {
    let classes: String
    let role: String
    let reason: String?
    let text: String

    static let template = #"""
        <div class="message {{classes}}" role="{{role}}"{{#.reason}} data-reason="{{.}}"{{/.reason}}>{{text}}</div>
        """#
}
