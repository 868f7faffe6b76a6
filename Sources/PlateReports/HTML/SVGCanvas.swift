import PlateMarkup
import PlateStudies

/// Builds one inline `<svg>` element: shapes and text appended in drawing order, fill patterns in `<defs>`.
///
/// Coordinates are written with one decimal so the same chart always gives the same bytes.
struct SVGCanvas {
    let id: String
    let width: Double
    let height: Double
    private var defs = ""
    private var body = ""
    private var patterns: [String] = []

    init(id: String, width: Double, height: Double) {
        self.id = id
        self.width = width
        self.height = height
    }

    /// A coordinate or length as SVG text.
    static func n(_ value: Double) -> String { FixedDecimals.text(value, decimals: 1) }

    mutating func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1,
        dash: String? = nil, className: String? = nil
    ) {
        body +=
            "<line x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" stroke=\"\(stroke)\""
            + " stroke-width=\"\(Self.n(width))\"" + Self.dashAttribute(dash) + Self.classAttribute(className) + "/>"
    }

    mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, stroke: String? = nil) {
        body +=
            "<rect x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(max(0, w)))\" height=\"\(Self.n(max(0, h)))\" fill=\"\(fill)\""
            + (stroke.map { " stroke=\"\($0)\" stroke-width=\"0.8\"" } ?? "") + "/>"
    }

    mutating func path(_ d: String, stroke: String, width: Double = 2, dash: String? = nil, fill: String = "none") {
        body +=
            "<path d=\"\(d)\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\" stroke-linejoin=\"round\""
            + Self.dashAttribute(dash) + "/>"
    }

    /// Text; `rotate` turns it about its anchor point (−90 for a vertical axis label).
    mutating func text(
        _ text: String, _ x: Double, _ y: Double, size: Double = 12, anchor: String = "start", bold: Bool = false,
        rotate: Double? = nil, fill: String = Palette.text, className: String? = nil
    ) {
        body +=
            "<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" font-size=\"\(Self.n(size))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\""
            + (bold ? " font-weight=\"bold\"" : "")
            + (rotate.map { " transform=\"rotate(\(Self.n($0)) \(Self.n(x)) \(Self.n(y)))\"" } ?? "")
            + Self.classAttribute(className) + ">" + HTMLEscaping.escape(text) + "</text>"
    }

    /// A marker centred on (x, y), `size` across; outlined in white so it stands out on lines and bars.
    mutating func marker(_ marker: Marker, _ x: Double, _ y: Double, size: Double = 8, colour: String) {
        let r = size / 2
        let n = Self.n
        switch marker {
        case .circle:
            body +=
                "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\" fill=\"\(colour)\" stroke=\"#FFFFFF\" stroke-width=\"1\"/>"
        case .square:
            rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8, fill: colour, stroke: "#FFFFFF")
        case .triangleUp:
            polygon([(x, y - r * 1.1), (x + r, y + r * 0.8), (x - r, y + r * 0.8)], fill: colour)
        case .triangleDown:
            polygon([(x, y + r * 1.1), (x + r, y - r * 0.8), (x - r, y - r * 0.8)], fill: colour)
        case .diamond:
            polygon([(x, y - r * 1.2), (x + r, y), (x, y + r * 1.2), (x - r, y)], fill: colour)
        case .cross:
            path(
                "M\(n(x - r)) \(n(y - r))L\(n(x + r)) \(n(y + r))M\(n(x - r)) \(n(y + r))L\(n(x + r)) \(n(y - r))",
                stroke: colour, width: 2)
        }
    }

    mutating func polygon(_ points: [(Double, Double)], fill: String) {
        body +=
            "<polygon points=\"" + points.map { "\(Self.n($0.0)),\(Self.n($0.1))" }.joined(separator: " ")
            + "\" fill=\"\(fill)\" stroke=\"#FFFFFF\" stroke-width=\"1\"/>"
    }

    /// The SVG paint for a bar of `style`: its colour, or a hatch pattern in it (defined once per chart).
    mutating func paint(_ style: SeriesStyle) -> String {
        guard style.fill != .solid else { return style.colour }
        let key = "\(style.fill)-\(style.colour.dropFirst())"
        let patternID = "\(id)-\(key)"
        if !patterns.contains(key) {
            patterns.append(key)
            defs +=
                "<pattern id=\"\(patternID)\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">"
                + "<rect width=\"8\" height=\"8\" fill=\"\(style.colour)\"/>" + Self.hatch(style.fill) + "</pattern>"
        }
        return "url(#\(patternID))"
    }

    /// White strokes over the colour: light enough to keep the colour readable.
    private static func hatch(_ fill: BarFill) -> String {
        let stroke = " stroke=\"#FFFFFF\" stroke-width=\"1.6\""
        switch fill {
        case .solid: return ""
        case .stripes: return "<path d=\"M-2 2L2 -2M0 8L8 0M6 10L10 6\"\(stroke)/>"
        case .backStripes: return "<path d=\"M-2 6L2 10M0 0L8 8M6 -2L10 2\"\(stroke)/>"
        case .dots:
            return
                "<circle cx=\"2\" cy=\"2\" r=\"1.3\" fill=\"#FFFFFF\"/><circle cx=\"6\" cy=\"6\" r=\"1.3\" fill=\"#FFFFFF\"/>"
        case .crosshatch: return "<path d=\"M0 4H8M4 0V8\"\(stroke)/>"
        }
    }

    /// The finished element: `<title>` and `<desc>` first, for screen readers and for hovering browsers.
    func rendered(title: String, description: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(HTMLEscaping.escape(id))\" class=\"chart\" viewBox=\"0 0 \(Self.n(width)) \(Self.n(height))\""
            + " role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
            + "<title id=\"\(id)-title\">\(HTMLEscaping.escape(title))</title><desc id=\"\(id)-desc\">\(HTMLEscaping.escape(description))</desc>"
            + (defs.isEmpty ? "" : "<defs>\(defs)</defs>") + body + "</svg>"
    }

    private static func dashAttribute(_ dash: String?) -> String { dash.map { " stroke-dasharray=\"\($0)\"" } ?? "" }
    private static func classAttribute(_ name: String?) -> String { name.map { " class=\"\($0)\"" } ?? "" }

    /// Rough width of `text` at `size` (no font metrics offline): enough to lay out legends and margins.
    static func textWidth(_ text: String, size: Double) -> Double {
        var em = 0.0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2E80...: em += 1.0  // CJK and other wide characters
            case 0x41...0x5A, 0x6D, 0x77: em += 0.68  // capitals, m, w
            case 0x20, 0x2C, 0x2E, 0x3A, 0x3B, 0x27, 0x69, 0x6A, 0x6C, 0x7C, 0x28, 0x29, 0x66, 0x74, 0x72: em += 0.34
            default: em += 0.58
            }
        }
        return em * size
    }
}
