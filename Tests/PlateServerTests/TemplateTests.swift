import Mustache
import Testing

@testable import PlateServer

/// The site's templates: they parse, print nothing unescaped, call only templates that exist, and a name a template
/// asks for and its model lacks is found.
@Suite("Practice site: templates")
struct TemplateTests {
    /// Every tag of a kind in `source`: `{{>name}}` for `>`, `{{<name}}` for `<`.
    static func tags(_ marker: Character, in source: String) -> [String] {
        source.matches(of: /\{\{([>#^\/<$&{]?)\s*([A-Za-z0-9_.()]+)\s*\}?\}\}/).compactMap {
            $0.1.first == marker ? String($0.2) : nil
        }
    }

    @Test("every template parses, with the site's escaping content type")
    func parses() throws {
        _ = PageRenderer.library
        for template in SiteTemplate.allCases {
            #expect(throws: Never.self, "\(template.rawValue)") {
                _ = try MustacheTemplate(string: PageRenderer.pragma + template.source)
            }
            #expect(PageRenderer.library.getTemplate(named: template.rawValue) != nil)
        }
    }

    @Test("no template prints a value unescaped ({{{…}}} or {{&…}})")
    func noRawOutput() {
        for template in SiteTemplate.allCases {
            #expect(!template.source.contains("{{{"), "\(template.rawValue)")
            #expect(Self.tags("&", in: template.source).isEmpty, "\(template.rawValue)")
        }
    }

    @Test("every partial and parent a template calls is a template of the site, and every partial is called")
    func partialsExist() {
        let names = Set(SiteTemplate.allCases.map(\.rawValue))
        var called: Set<String> = []
        for template in SiteTemplate.allCases {
            let calls = Self.tags(">", in: template.source) + Self.tags("<", in: template.source)
            for name in calls { #expect(names.contains(name), "\(template.rawValue) calls \(name)") }
            called.formUnion(calls)
        }
        let pages = SiteTemplate.allCases.filter { $0.source.hasPrefix("{{<layout}}") }
        #expect(pages.contains(.keyboard) && pages.contains(.classPage), "pages extend the layout")
        for template in SiteTemplate.allCases where !pages.contains(template) {
            #expect(called.contains(template.rawValue), "\(template.rawValue) is neither a page nor called by one")
        }
    }

    struct Outer {
        let id: String
        let title2: String
        let note: String?
        let button: Button
    }

    static func render(_ source: String, _ model: Any) throws -> (html: String, unknown: [String]) {
        var library = MustacheLibrary()
        try library.register(PageRenderer.pragma + source, named: "page")
        try library.register(PageRenderer.pragma + Button.template, named: "button")
        try library.register(PageRenderer.pragma + SiteTemplate.tokenField, named: "token")
        let root = PageContext(frame: Frame(language: .zh, title: "t", token: 7), model: model)
        return (library.render(root, withTemplate: "page") ?? "", root.unknownNames())
    }

    static let outer = Outer(
        id: "page-id", title2: "A <b>\"quoted\"</b> & 'single'\u{1}", note: nil,
        button: Button(action: "/s/x/key", label: "<键>", fields: [HiddenField(name: "key", value: "\"A")]))

    @Test("a misspelt name is reported; an empty optional field of the model is not")
    func unknownNames() throws {
        let misspelt = try Self.render("<p>{{titel2}}</p>{{#note}}{{.}}{{/note}}", Self.outer)
        #expect(misspelt.unknown == ["titel2"])
        #expect(misspelt.html == "<p></p>")
        let right = try Self.render(
            "<p>{{title2}}</p>{{#note}}{{.}}{{/note}}{{#zh}}中{{/zh}}{{#en}}en{{/en}}", Self.outer)
        #expect(right.unknown.isEmpty)
    }

    @Test("values are escaped with HTMLEscaping in text and attributes alike, control characters dropped")
    func escaping() throws {
        let page = try Self.render(
            "<p title=\"{{title2}}\">{{title2}}</p>{{#button}}{{>button}}{{/button}}", Self.outer)
        let escaped = "A &lt;b&gt;&quot;quoted&quot;&lt;/b&gt; &amp; &#39;single&#39;"
        #expect(page.html.hasPrefix("<p title=\"\(escaped)\">\(escaped)</p>"))
        #expect(page.html.contains("value=\"&quot;A\"><button") && page.html.contains(">&lt;键&gt;</button>"))
        #expect(!page.html.contains("\u{1}"))
    }

    @Test("a button without an id takes none from the page around it, and carries the frame's token first")
    func optionalFieldsDoNotClimb() throws {
        let page = try Self.render("{{#button}}{{>button}}{{/button}}", Self.outer)
        #expect(!page.html.contains("page-id"))
        #expect(
            page.html.hasPrefix(
                "<form method=\"post\" action=\"/s/x/key\" class=\"inline\"><input type=\"hidden\" name=\"token\" value=\"7\"><input type=\"hidden\" name=\"key\""
            ))
    }
}
