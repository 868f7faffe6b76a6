/// Numbers as text with a fixed count of decimals, independent of locale and of `Double`'s shortest form.
public enum FixedDecimals {
    /// `value` rounded half away from zero to `decimals` places: `12.5` → `"12.5"`, `3` → `"3.0"` with 1 decimal.
    public static func text(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(scaled) }
        return sign + String(scaled / scale) + "." + zeroPaddedFraction(scaled % scale, width: decimals)
    }

    private static func zeroPaddedFraction(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
