/// How one series looks: a colour from a colour-blind-safe palette, plus a dash, a marker and a bar fill
/// so series stay apart in greyscale print and for readers who cannot tell the colours apart.
struct SeriesStyle: Sendable {
    let colour: String
    /// SVG `stroke-dasharray`; nil for a solid line.
    let dash: String?
    let marker: Marker
    let fill: BarFill

    /// Series styles in the order charts hand them out (Okabe & Ito's palette, which stays distinct under the common
    /// colour-vision deficiencies).
    static let all: [SeriesStyle] = [
        SeriesStyle(colour: Palette.blue, dash: nil, marker: .circle, fill: .solid),
        SeriesStyle(colour: Palette.orange, dash: "9 4", marker: .square, fill: .stripes),
        SeriesStyle(colour: Palette.green, dash: "2 3", marker: .triangleUp, fill: .dots),
        SeriesStyle(colour: Palette.vermillion, dash: "9 3 2 3", marker: .diamond, fill: .backStripes),
        SeriesStyle(colour: Palette.purple, dash: "5 5", marker: .triangleDown, fill: .crosshatch),
        SeriesStyle(colour: Palette.sky, dash: "12 3 2 3 2 3", marker: .cross, fill: .solid),
    ]

    /// The `index`-th style, cycling when a chart has more series than styles.
    static func at(_ index: Int) -> SeriesStyle { all[index % all.count] }
}

/// The Okabe–Ito colours, and the greys of the chart furniture.
enum Palette {
    static let blue = "#0072B2", orange = "#E69F00", green = "#009E73", vermillion = "#D55E00"
    static let purple = "#CC79A7", sky = "#56B4E9", black = "#000000"
    static let axis = "#444444", grid = "#DDDDDD", text = "#222222", muted = "#666666"
}

/// Marker shapes drawn at data points and in legends.
enum Marker: Sendable {
    case circle, square, triangleUp, triangleDown, diamond, cross
}

/// How a bar is filled: hatching tells series apart without colour.
enum BarFill: Sendable {
    case solid, stripes, backStripes, dots, crosshatch
}
