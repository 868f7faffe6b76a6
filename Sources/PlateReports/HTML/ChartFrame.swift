/// One entry of a chart's legend: a label and the symbol that shows what it names.
struct LegendItem {
    enum Symbol {
        /// A stretch of line in the series' dash, with its marker.
        case line(SeriesStyle)
        /// A bar swatch in the series' fill.
        case bar(SeriesStyle)
        /// A lone marker (events drawn as symbols).
        case marker(Marker, colour: String)
        /// A vertical rule with its marker (events drawn across the plot).
        case rule(colour: String, dash: String?, marker: Marker)
    }

    let label: String
    let symbol: Symbol
}

/// What every chart shares: a visible title, a legend that wraps, and a plot area with room for the
/// tick labels and the axis labels around it. Charts are 900 units wide and scale to the page.
struct ChartFrame {
    static let width = 900.0
    static let titleSize = 17.0, labelSize = 13.0, tickSize = 12.0, legendSize = 12.5
    private static let legendTop = 48.0, legendRowHeight = 21.0, symbolWidth = 30.0

    let title: String
    let plotLeft: Double
    let plotTop: Double
    let plotRight: Double
    let plotBottom: Double
    let height: Double
    private let legendRows: [[(item: LegendItem, x: Double)]]

    var plotWidth: Double { plotRight - plotLeft }
    var plotHeight: Double { plotBottom - plotTop }

    /// `leftLabels` are the widest labels beside the plot (the y ticks or categories), to size the left margin.
    init(
        title: String, legend: [LegendItem], plotHeight: Double, leftLabels: [String], bottomMargin: Double = 64,
        rightMargin: Double = 24
    ) {
        self.title = title
        var rows: [[(item: LegendItem, x: Double)]] = []
        var x = 16.0
        for item in legend {
            let itemWidth = Self.symbolWidth + 6 + SVGCanvas.textWidth(item.label, size: Self.legendSize) + 22
            if rows.isEmpty || (x + itemWidth > Self.width - 16 && x > 16) {
                rows.append([])
                x = 16
            }
            rows[rows.count - 1].append((item, x))
            x += itemWidth
        }
        legendRows = rows
        let widest = leftLabels.map { SVGCanvas.textWidth($0, size: Self.tickSize) }.max() ?? 0
        plotLeft = 40 + widest
        plotRight = Self.width - rightMargin
        plotTop = Self.legendTop + Double(rows.count) * Self.legendRowHeight + 6
        plotBottom = plotTop + plotHeight
        height = plotBottom + bottomMargin
    }

    /// A canvas with the title and the legend drawn.
    func canvas(id: String) -> SVGCanvas {
        var canvas = SVGCanvas(id: id, width: Self.width, height: height)
        canvas.rect(0, 0, Self.width, height, fill: "#FFFFFF")
        canvas.text(title, 16, 26, size: Self.titleSize, bold: true, className: "chart-title")
        for (row, items) in legendRows.enumerated() {
            let y = Self.legendTop + Double(row) * Self.legendRowHeight
            for (item, x) in items {
                Self.drawSymbol(item.symbol, x: x, y: y, on: &canvas)
                canvas.text(item.label, x + Self.symbolWidth + 6, y + 4.5, size: Self.legendSize, className: "legend")
            }
        }
        return canvas
    }

    private static func drawSymbol(_ symbol: LegendItem.Symbol, x: Double, y: Double, on canvas: inout SVGCanvas) {
        let middle = x + symbolWidth / 2
        switch symbol {
        case .line(let style):
            canvas.line(x, y, x + symbolWidth, y, stroke: style.colour, width: 2.5, dash: style.dash)
            canvas.marker(style.marker, middle, y, size: 8, colour: style.colour)
        case .bar(let style):
            let paint = canvas.paint(style)
            canvas.rect(x + 4, y - 7, symbolWidth - 8, 14, fill: paint, stroke: style.colour)
        case .marker(let marker, let colour):
            canvas.marker(marker, middle, y, size: 10, colour: colour)
        case .rule(let colour, let dash, let marker):
            canvas.line(middle, y - 9, middle, y + 9, stroke: colour, width: 2, dash: dash)
            canvas.marker(marker, middle, y - 5, size: 8, colour: colour)
        }
    }

    /// Horizontal grid lines, tick labels and the rotated label of a vertical count axis.
    func drawCountAxis(_ scale: CountScale, label: String, on canvas: inout SVGCanvas) {
        for tick in scale.ticks {
            let y = scale(tick)
            canvas.line(
                plotLeft, y, plotRight, y, stroke: tick == 0 ? Palette.axis : Palette.grid, width: tick == 0 ? 1.2 : 1)
            canvas.line(plotLeft - 5, y, plotLeft, y, stroke: Palette.axis)
            canvas.text(String(tick), plotLeft - 8, y + 4, size: Self.tickSize, anchor: "end", className: "tick")
        }
        canvas.line(plotLeft, plotTop, plotLeft, plotBottom, stroke: Palette.axis, width: 1.2)
        drawYLabel(label, on: &canvas)
    }

    /// Vertical grid lines, tick labels and the label of a horizontal count axis (under the plot).
    func drawHorizontalCountAxis(_ scale: CountScale, label: String, on canvas: inout SVGCanvas) {
        for tick in scale.ticks {
            let x = scale(tick)
            canvas.line(
                x, plotTop, x, plotBottom, stroke: tick == 0 ? Palette.axis : Palette.grid, width: tick == 0 ? 1.2 : 1)
            canvas.line(x, plotBottom, x, plotBottom + 5, stroke: Palette.axis)
            canvas.text(String(tick), x, plotBottom + 19, size: Self.tickSize, anchor: "middle", className: "tick")
        }
        canvas.line(plotLeft, plotBottom, plotRight, plotBottom, stroke: Palette.axis, width: 1.2)
        drawXLabel(label, on: &canvas)
    }

    func drawXLabel(_ label: String, on canvas: inout SVGCanvas) {
        canvas.text(
            label, (plotLeft + plotRight) / 2, plotBottom + 48, size: Self.labelSize, anchor: "middle", bold: true,
            className: "axis-label")
    }

    func drawYLabel(_ label: String, on canvas: inout SVGCanvas) {
        canvas.text(
            label, 22, (plotTop + plotBottom) / 2, size: Self.labelSize, anchor: "middle", bold: true, rotate: -90,
            className: "axis-label")
    }
}
