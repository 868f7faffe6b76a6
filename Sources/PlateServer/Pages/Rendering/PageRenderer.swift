import Mustache
import PlateMarkup

/// Renders the site's templates: every value escaped by `HTMLEscaping`, unknown names caught in debug builds.
///
/// The templates hold no raw-output tags (`{{{…}}}`, `{{&…}}`; a test keeps it so), so nothing reaches a page
/// unescaped: a page is composed of partials and nested models, never of HTML strings.
enum PageRenderer {
    /// The content type every template is parsed with: the reports' escaper, so the site and the reports agree.
    static let contentTypeName = "PLATE_HTML"

    /// Every template parsed once; a template that does not parse stops the site at its first page (and the
    /// template tests before that).
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for template in SiteTemplate.allCases {
            do {
                try library.register(pragma + template.source, named: template.rawValue)
            } catch {
                preconditionFailure("the practice site's template \(template.rawValue) does not parse: \(error)")
            }
        }
        return library
    }()

    /// What every template starts with, so that its values are escaped by `HTMLEscaping`; the content type is
    /// registered on first use, before any template naming it is parsed.
    static let pragma: String = {
        MustacheContentTypes.register(EscapedHTML(), named: contentTypeName)
        return "{{%CONTENT_TYPE: \(contentTypeName)}}"
    }()

    /// A whole page: `template` (which extends `layout`) with `model`, inside `frame`.
    static func page(_ template: SiteTemplate, _ model: Any, frame: Frame) -> String {
        render(template, model, frame: frame, library: library)
    }

    /// `template` rendered from `library`; in debug builds a name the template asks for and neither the frame nor
    /// the model has stops here, instead of leaving a blank on the page.
    static func render(_ template: SiteTemplate, _ model: Any, frame: Frame, library: MustacheLibrary) -> String {
        let root = PageContext(frame: frame, model: model)
        let html = library.render(root, withTemplate: template.rawValue) ?? ""
        #if DEBUG
            let unknown = root.unknownNames()
            assert(unknown.isEmpty, "template \(template.rawValue) names \(unknown), which its model does not have")
        #endif
        return html
    }
}

/// `HTMLEscaping` as a Mustache content type.
struct EscapedHTML: MustacheContentType {
    func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
}

/// What the layout shows around a page: its language, title, language switch and reload.
struct Frame {
    let language: Language
    let title: String
    /// The session's action token, put in every form the page posts (none outside a session).
    var token: Int? = nil
    /// The language switch: a form posted in a session, a link elsewhere.
    var toggleButton: Button? = nil
    var toggleLink: Link? = nil
    /// Reloads the page every so many seconds (the trainer's class page), without a script.
    var refreshSeconds: Int? = nil
}

/// The root of a render: the frame's names, then the model's. Every name asked for and found in neither is kept,
/// so that a misspelt name is a failed debug assertion, not a silent blank.
final class PageContext: MustacheParent {
    let frame: Frame
    let model: Any
    private var asked: [String] = []

    init(frame: Frame, model: Any) {
        self.frame = frame
        self.model = model
    }

    func child(named name: String) -> Any? {
        switch name {
        case "zh": return frame.language == .zh
        case "en": return frame.language == .en
        case "htmlLang": return frame.language == .zh ? "zh-CN" : "en"
        case "title": return frame.title
        case "token": return frame.token
        case "toggleButton": return frame.toggleButton
        case "toggleLink": return frame.toggleLink
        case "refreshSeconds": return frame.refreshSeconds
        case "scriptPath": return Layout.scriptPath
        default:
            if let value = Mirror(reflecting: model).children.first(where: { $0.label == name })?.value {
                return unwrapped(value)
            }
            #if DEBUG
                asked.append(name)
            #endif
            return nil
        }
    }

    /// Names looked up through the whole context stack and found nowhere, less those of optional fields that
    /// happen to be empty in this model (a name of any value reachable from the model counts as known).
    func unknownNames() -> [String] {
        var known: Set<String> = []
        collectLabels(of: model, into: &known)
        var seen: Set<String> = []
        return asked.filter { !known.contains($0) && seen.insert($0).inserted }
    }

    private func collectLabels(of value: Any, into known: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        for child in mirror.children {
            if let label = child.label, mirror.displayStyle != .optional { known.insert(label) }
            collectLabels(of: child.value, into: &known)
        }
    }

    private func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
