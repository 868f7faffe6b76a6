import PlateStudies

/// A value axis from zero to a round maximum for values that need not be whole (shares, hours), with ticks at
/// 1, 2 or 5 times a power of ten and labels with as many decimals as the step needs.
struct ValueScale {
    let maximum: Double
    let step: Double
    /// Decimals of the tick labels: none for steps of 1 or more.
    let decimals: Int
    /// Pixel positions of zero and of `maximum` (for a vertical axis the first is the larger).
    let from: Double
    let to: Double
    /// The step and the steps to the maximum as whole numbers over a power of ten, so `0.3` is `3 / 10` exactly, not `3
    /// × 0.1`.
    private let stepUnits: Int, denominator: Int, count: Int

    /// A scale that holds `largest` in about `ticks` steps; `wholeNumbers` keeps steps at 1 or more (counts).
    init(largest: Double, ticks: Int = 5, wholeNumbers: Bool = false, from: Double, to: Double) {
        let largest = largest.isFinite && largest > 0 ? largest : 1
        // Exponents searched upwards from a fixed start, so the same data always gives the same ticks.
        var exponent = wholeNumbers ? 0 : -3
        var units = 1
        var denominator = 1
        search: while true {
            denominator = Self.power(max(0, -exponent))
            for factor in [1, 2, 5] {
                units = factor * Self.power(max(0, exponent))
                if Double(units * max(1, ticks)) / Double(denominator) >= largest { break search }
            }
            exponent += 1
        }
        stepUnits = units
        self.denominator = denominator
        step = Double(units) / Double(denominator)
        decimals = max(0, -exponent)
        // A hair under the ratio: 0.3 / 0.1 must not round up to four steps.
        count = max(1, Int((largest / step - 1e-9).rounded(.up)))
        maximum = Double(count * units) / Double(denominator)
        self.from = from
        self.to = to
    }

    var ticks: [Double] { (0...count).map { Double($0 * stepUnits) / Double(denominator) } }

    func label(_ tick: Double) -> String { FixedDecimals.text(tick, decimals: decimals) }

    func callAsFunction(_ value: Double) -> Double { from + (to - from) * value / maximum }

    /// 10 to the `exponent` (not negative).
    private static func power(_ exponent: Int) -> Int {
        var value = 1
        for _ in 0..<exponent { value *= 10 }
        return value
    }
}

extension ChartFrame {
    /// Horizontal grid lines, tick labels and the rotated label of a vertical value axis (as tall as the scale, which
    /// may stop below the plot's top).
    func drawValueAxis(_ scale: ValueScale, label: String, on canvas: inout SVGCanvas) {
        for tick in scale.ticks {
            let y = scale(tick)
            canvas.line(
                plotLeft, y, plotRight, y, stroke: tick == 0 ? Palette.axis : Palette.grid, width: tick == 0 ? 1.2 : 1)
            canvas.line(plotLeft - 5, y, plotLeft, y, stroke: Palette.axis)
            canvas.text(scale.label(tick), plotLeft - 8, y + 4, size: Self.tickSize, anchor: "end", className: "tick")
        }
        canvas.line(plotLeft, scale.to, plotLeft, scale.from, stroke: Palette.axis, width: 1.2)
        drawYLabel(label, on: &canvas)
    }

    /// Vertical grid lines, tick labels and the label of a horizontal value axis (under the plot).
    func drawHorizontalValueAxis(_ scale: ValueScale, label: String, on canvas: inout SVGCanvas) {
        for tick in scale.ticks {
            let x = scale(tick)
            canvas.line(
                x, plotTop, x, plotBottom, stroke: tick == 0 ? Palette.axis : Palette.grid, width: tick == 0 ? 1.2 : 1)
            canvas.line(x, plotBottom, x, plotBottom + 5, stroke: Palette.axis)
            canvas.text(scale.label(tick), x, plotBottom + 19, size: Self.tickSize, anchor: "middle", className: "tick")
        }
        canvas.line(plotLeft, plotBottom, plotRight, plotBottom, stroke: Palette.axis, width: 1.2)
        drawXLabel(label, on: &canvas)
    }

    /// Tick labels of `scale` as they will be drawn: to size the left margin.
    static func tickLabels(_ scale: ValueScale) -> [String] { scale.ticks.map(scale.label) }
}
